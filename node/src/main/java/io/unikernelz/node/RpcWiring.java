package io.unikernelz.node;

import io.unikernelz.rpc.RpcMethod;
import java.util.List;

/** The chain-backed JSON-RPC methods a running node serves (ledger, embedded contracts, node stats). */
public final class RpcWiring {
    private RpcWiring() {}

    public static List<RpcMethod> methods(NodeRuntime node) {
        return List.of();
    }
}
