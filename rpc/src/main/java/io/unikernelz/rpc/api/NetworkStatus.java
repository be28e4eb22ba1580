package io.unikernelz.rpc.api;

import java.util.List;
import java.util.Objects;

/**
 * What {@code stats.networkInfo} reports (go-zenon {@code NetworkInfoResponse}): the connected peers and this node.
 *
 * @param peers connected peers
 * @param self  this node; go-zenon names it {@code *self*} at 127.0.0.1
 */
public record NetworkStatus(List<Peer> peers, Peer self) {
    /** One peer: its node id (public key, hex), IP address without port, and client name. */
    public record Peer(String publicKey, String ip, String name) {
        public Peer {
            Objects.requireNonNull(publicKey, "peer public key (use \"\" when unknown)");
            Objects.requireNonNull(ip, "peer ip");
            Objects.requireNonNull(name, "peer name");
        }
    }

    public NetworkStatus {
        peers = List.copyOf(Objects.requireNonNull(peers, "peers"));
        Objects.requireNonNull(self, "self");
    }

    /** A node without networking: no peers; {@code nodeId} is the p2p public key in hex, or "" when it has none. */
    public static NetworkStatus offline(String nodeId) {
        return new NetworkStatus(List.of(), new Peer(nodeId, "127.0.0.1", "*self*"));
    }
}
