package io.unikernelz.node;

import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.rpc.api.NodeServices;
import io.unikernelz.rpc.api.RpcApi;
import io.unikernelz.rpc.subscribe.ChainEventPublisher;
import java.util.List;

/** The chain-backed JSON-RPC methods a running node serves (ledger, embedded contracts, node stats) and its events. */
public final class RpcWiring {
    private RpcWiring() {}

    /** Every chain-backed method over the node's chain, supervisor and election; also feeds RPC subscriptions. */
    public static List<RpcMethod> methods(NodeRuntime node) {
        node.chain().addListener(new ChainEventPublisher(node.events()));
        return RpcApi.chainMethods(NodeServices.forChain(node.chain(), node.supervisor(), node.election()));
    }
}
