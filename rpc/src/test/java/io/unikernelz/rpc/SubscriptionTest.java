package io.unikernelz.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.rpc.subscribe.MomentumEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ledger.subscribe end to end: real WebSocket clients, events published through a LedgerEventBus. */
class SubscriptionTest {
    private static final String ID_FORMAT = "0x[1-9a-f][0-9a-f]{0,31}";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String subscribe(WsClient ws, String paramsJson) {
        JsonNode res = ws.call("{\"jsonrpc\":\"2.0\",\"id\":\"s\",\"method\":\"ledger.subscribe\",\"params\":" + paramsJson + "}");
        assertThat(res.has("error")).as("subscribe %s: %s", paramsJson, res).isFalse();
        assertThat(res.get("result").isTextual()).isTrue();
        String id = res.get("result").textValue();
        assertThat(id).matches(ID_FORMAT);
        return id;
    }

    @Test
    void eachKindGetsGoZenonShapedNotifications() {
        JsonNode golden = Events.golden();
        try (WsClient ws = server.ws()) {
            Map<String, JsonNode> expected = new HashMap<>();
            for (JsonNode sub : golden.get("subscriptions")) {
                String id = subscribe(ws, sub.get("params").toString());
                ObjectNode notification = sub.get("notification").deepCopy();
                ((ObjectNode) notification.get("params")).put("subscription", id);
                expected.put(id, notification);
            }
            server.events.publish(Events.momentum(golden.get("event")));
            for (int i = 0; i < golden.get("subscriptions").size(); i++) {
                JsonNode n = ws.nextJson();
                assertThat(n.has("id")).as("a notification carries no id: %s", n).isFalse();
                String id = n.path("params").path("subscription").asText();
                assertThat(expected).as("unexpected or repeated notification %s", n).containsKey(id);
                assertThat(n).isEqualTo(expected.remove(id));
            }
            assertThat(expected).isEmpty();
        }
    }

    @Test
    void unsubscribeStopsNotificationsOfThatSubscriptionOnly() {
        try (WsClient ws = server.ws()) {
            String momentums = subscribe(ws, "[\"momentums\"]");
            String blocks = subscribe(ws, "[\"allAccountBlocks\"]");
            JsonNode res = ws.call("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ledger.unsubscribe\",\"params\":[\"" + blocks + "\"]}");
            assertThat(res.toString()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":true}");
            JsonNode again = ws.call("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ledger.unsubscribe\",\"params\":[\"" + blocks + "\"]}");
            assertThat(again.get("error").get("message").asText()).isEqualTo("subscription not found");

            MomentumEvent withBlocks = Events.momentum(Events.golden().get("event"));
            server.events.publish(withBlocks);
            server.events.publish(Events.empty(43));
            // events fan out in order on one thread: a stray block notification would come first
            JsonNode first = ws.nextJson();
            JsonNode second = ws.nextJson();
            assertThat(first.get("params").get("subscription").asText()).isEqualTo(momentums);
            assertThat(first.get("params").get("result").get(0).get("height").asLong()).isEqualTo(42);
            assertThat(second.get("params").get("subscription").asText()).isEqualTo(momentums);
            assertThat(second.get("params").get("result").get(0).get("height").asLong()).isEqualTo(43);
        }
    }

    @Test
    void anotherConnectionCannotCancelASubscription() {
        try (WsClient owner = server.ws(); WsClient other = server.ws()) {
            String id = subscribe(owner, "[\"momentums\"]");
            JsonNode res = other.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ledger.unsubscribe\",\"params\":[\"" + id + "\"]}");
            assertThat(res.get("error").get("code").asInt()).isEqualTo(-32000);
            assertThat(res.get("error").get("message").asText()).isEqualTo("subscription not found");
        }
    }

    @Test
    void subscribeInsideABatch() {
        try (WsClient ws = server.ws()) {
            JsonNode res = ws.call("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ledger.subscribe\",\"params\":[\"momentums\"]},"
                    + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"test.void\"}]");
            assertThat(res.isArray()).isTrue();
            String id = res.get(0).get("result").asText();
            assertThat(id).matches(ID_FORMAT);
            assertThat(res.get(1).get("result").isNull()).isTrue();
            server.events.publish(Events.empty(7));
            JsonNode n = ws.nextJson();
            assertThat(n.get("method").asText()).isEqualTo("ledger.subscription");
            assertThat(n.get("params").get("subscription").asText()).isEqualTo(id);
        }
    }

    @Test
    void subscriptionsPerConnectionAreLimited() {
        try (TestServer limited = new TestServer(RpcConfig.defaults().withLimits(1 << 20, 100, 10, 2));
             WsClient ws = limited.ws()) {
            subscribe(ws, "[\"momentums\"]");
            String second = subscribe(ws, "[\"accountBlocksByAddress\",\"z1qxemdeddedxplasmaxxxxxxxxxxxxxxxxsctrp\"]");
            JsonNode refused = ws.call("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ledger.subscribe\",\"params\":[\"allAccountBlocks\"]}");
            assertThat(refused.get("error").get("code").asInt()).isEqualTo(-32000);
            assertThat(refused.get("error").get("message").asText()).isEqualTo("too many subscriptions on this connection (at most 2)");
            assertThat(limited.server.subscriptionCount()).isEqualTo(2);

            ws.call("{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"ledger.unsubscribe\",\"params\":[\"" + second + "\"]}");
            subscribe(ws, "[\"allAccountBlocks\"]");
        }
    }
}
