package io.unikernelz.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.rpc.subscribe.AccountBlockEvent;
import io.unikernelz.rpc.subscribe.MomentumEvent;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Test events: read from the golden file, or made up quickly. */
final class Events {
    private Events() {}

    static JsonNode golden() {
        try (InputStream in = Events.class.getResourceAsStream("/golden/notifications.json")) {
            return TestServer.JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static MomentumEvent momentum(JsonNode n) {
        List<AccountBlockEvent> blocks = new ArrayList<>();
        for (JsonNode b : n.get("accountBlocks")) blocks.add(block(b));
        return new MomentumEvent(Hash.parse(n.get("hash").asText()), n.get("height").asLong(), blocks);
    }

    static AccountBlockEvent block(JsonNode n) {
        List<AccountBlockEvent> descendants = new ArrayList<>();
        for (JsonNode d : n.path("descendantBlocks")) descendants.add(block(d));
        return new AccountBlockEvent(n.get("blockType").asLong(), Hash.parse(n.get("hash").asText()), n.get("height").asLong(),
                Address.parse(n.get("address").asText()), Address.parse(n.get("toAddress").asText()),
                Hash.parse(n.get("fromHash").asText()), descendants);
    }

    static MomentumEvent empty(long height) {
        byte[] h = new byte[32];
        h[31] = (byte) height;
        h[30] = (byte) (height >> 8);
        return new MomentumEvent(Hash.wrap(h), height, List.of());
    }
}
