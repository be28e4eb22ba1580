package io.unikernelz.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.rpc.subscribe.LedgerEventBus;
import io.unikernelz.rpc.subscribe.SubscriptionSource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up failures and graceful shutdown. */
class LifecycleTest {
    @Test
    void busyHttpPortIsReportedClearly() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> RpcServer.start(RpcConfig.defaults().withPorts(port, 0), MethodRegistry.of(), SubscriptionSource.none()))
                    .isInstanceOf(RpcStartException.class)
                    .hasMessage("RPC port " + port + " on 127.0.0.1 is already in use");
        }
    }

    @Test
    void busyWsPortIsReportedAndTheHttpPortReleased() throws Exception {
        LedgerEventBus bus = new LedgerEventBus();
        int httpPort;
        try (ServerSocket free = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            httpPort = free.getLocalPort();
        }
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int wsPort = taken.getLocalPort();
            assertThatThrownBy(() -> RpcServer.start(RpcConfig.defaults().withPorts(httpPort, wsPort), MethodRegistry.of(), bus))
                    .isInstanceOf(RpcStartException.class)
                    .hasMessage("RPC port " + wsPort + " on 127.0.0.1 is already in use");
            assertThat(bus.listenerCount()).as("a failed start detaches from the event source").isZero();
            // the HTTP port it had bound is free again
            try (ServerSocket again = new ServerSocket(httpPort, 50, InetAddress.getByName("127.0.0.1"))) {
                assertThat(again.getLocalPort()).isEqualTo(httpPort);
            }
        }
    }

    @Test
    void disabledEndpointsAreNotBound() {
        try (RpcServer s = RpcServer.start(RpcConfig.defaults().withHttp(false, 0).withWs(true, 0), MethodRegistry.of(), SubscriptionSource.none())) {
            assertThat(s.httpPort()).isEqualTo(-1);
            assertThat(s.wsPort()).isPositive();
        }
    }

    @Test
    void shutdownLetsARunningCallFinishAndClosesWebSockets() throws Exception {
        TestServer t = new TestServer();
        WsClient ws = t.ws();
        CompletableFuture<HttpResponse<String>> slow = t.http.sendAsync(HttpRequest.newBuilder(t.httpUri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.slow\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(t.methods.slowEntered.await(WsClient.WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(t.server::close);
        t.methods.slowRelease.countDown();
        HttpResponse<String> res = slow.get(WsClient.WAIT_SECONDS, TimeUnit.SECONDS);
        JsonNode body = TestServer.JSON.readTree(res.body());
        assertThat(body.get("result").asText()).isEqualTo("done");
        closing.get(WsClient.WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(ws.awaitClose().status()).isEqualTo(1001);
        assertThat(t.events.listenerCount()).isZero();
        ws.close();
        t.close();
    }
}
