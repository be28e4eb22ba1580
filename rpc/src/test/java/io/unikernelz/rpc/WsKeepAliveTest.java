package io.unikernelz.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A WebSocket client that only listens to a busy subscription (an SDK wallet waiting while it computes PoW) must stay
 * connected: the server pings on a fixed timer even while it writes notifications, and the client's automatic pongs
 * keep it from looking idle. (Pinging only when the server had not written dropped such clients.)
 */
class WsKeepAliveTest {
    private static final String VOID = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.void\"}";
    private static final String SUBSCRIBE = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ledger.subscribe\",\"params\":[\"momentums\"]}";

    @Test
    void aListeningClientIsNotDroppedWhileNotificationsFlow() throws Exception {
        // idle timeout 600 ms: pings every 300 ms; a peer that answers nothing is closed after 1.2 s of silence
        RpcConfig config = RpcConfig.defaults().withTimeouts(Duration.ofMillis(600), Duration.ofSeconds(1));
        try (TestServer server = new TestServer(config);
             WsClient ws = WsClient.connect(server.http, server.wsUri())) {
            JsonNode subscribed = ws.call(SUBSCRIBE);
            assertThat(subscribed.path("result").isTextual()).as(subscribed.toString()).isTrue();
            long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
            long height = 2;
            while (System.nanoTime() < until) {
                server.events.publish(Events.empty(height++)); // the server writes constantly; the client only reads
                assertThat(ws.next()).contains("ledger.subscription");
                assertThat(ws.closed).as("connection closed while the client only listened").isNotDone();
                Thread.sleep(100);
            }
            assertThat(ws.call(VOID).has("result")).isTrue();
        }
    }
}
