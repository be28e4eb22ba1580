package io.unikernelz.rpc.stats;

import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcMethod;

/** {@code stats.processInfo() → ProcessInfoResponse}: version and commit of this build. */
public final class ProcessInfoMethod implements RpcMethod {
    private final ProcessInfo info;

    public ProcessInfoMethod(BuildInfo build) {
        if (build == null) throw new IllegalArgumentException("build info is null");
        this.info = new ProcessInfo(build.version(), build.commit());
    }

    @Override
    public String name() {
        return "stats.processInfo";
    }

    @Override
    public Object response(Params params) {
        params.atMost(0);
        return info;
    }
}
