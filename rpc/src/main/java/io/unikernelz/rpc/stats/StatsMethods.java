package io.unikernelz.rpc.stats;

import io.unikernelz.rpc.RpcMethod;

import java.util.List;

/** The {@code stats} methods that need no chain or network: osInfo and processInfo. */
public final class StatsMethods {
    private StatsMethods() {}

    public static List<RpcMethod> standalone(SystemProbe probe, BuildInfo build) {
        return List.of(new OsInfoMethod(probe), new ProcessInfoMethod(build));
    }

    /** For this machine and this build. */
    public static List<RpcMethod> standalone() {
        return standalone(SystemProbe.live(), BuildInfo.fromClasspath());
    }
}
