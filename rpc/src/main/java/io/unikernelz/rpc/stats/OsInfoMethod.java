package io.unikernelz.rpc.stats;

import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcMethod;

/** {@code stats.osInfo() → OsInfoResponse}. */
public final class OsInfoMethod implements RpcMethod {
    private final SystemProbe probe;

    public OsInfoMethod(SystemProbe probe) {
        if (probe == null) throw new IllegalArgumentException("system probe is null");
        this.probe = probe;
    }

    @Override
    public String name() {
        return "stats.osInfo";
    }

    @Override
    public Object response(Params params) {
        params.atMost(0);
        return probe.osInfo();
    }
}
