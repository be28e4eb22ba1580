package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.rpc.RpcMethod;

import java.util.List;

/** The {@code stats} methods that report node state: networkInfo and syncInfo (go-zenon {@code rpc/api/stats.go}). */
final class NodeStatsApi {
    private final NodeServices services;

    NodeStatsApi(NodeServices services) {
        this.services = services;
    }

    List<RpcMethod> methods() {
        return List.of(
                new ApiMethod("stats.networkInfo", 0, p -> networkInfo(services.network().get())),
                new ApiMethod("stats.syncInfo", 0, p -> syncInfo(services.sync().get())));
    }

    /** go-zenon {@code NetworkInfoResponse}: {numPeers, peers, self}. */
    static ObjectNode networkInfo(NetworkStatus status) {
        ObjectNode o = Shapes.object();
        o.put("numPeers", status.peers().size());
        o.set("peers", Shapes.array(status.peers(), NodeStatsApi::peer));
        o.set("self", peer(status.self()));
        return o;
    }

    private static ObjectNode peer(NetworkStatus.Peer p) {
        ObjectNode o = Shapes.object();
        o.put("publicKey", p.publicKey());
        o.put("ip", p.ip());
        o.put("name", p.name());
        return o;
    }

    /** go-zenon {@code protocol.SyncInfo}: {state, currentHeight, targetHeight}. */
    static ObjectNode syncInfo(SyncInfo info) {
        ObjectNode o = Shapes.object();
        o.put("state", info.state());
        o.put("currentHeight", info.currentHeight());
        o.put("targetHeight", info.targetHeight());
        return o;
    }
}
