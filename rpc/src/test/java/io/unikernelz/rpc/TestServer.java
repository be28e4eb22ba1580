package io.unikernelz.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.rpc.subscribe.LedgerEventBus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** An RpcServer on ephemeral loopback ports with the test methods and an event bus, plus clients. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = RpcJson.newMapper();

    final TestMethods methods = new TestMethods();
    final LedgerEventBus events = new LedgerEventBus();
    final RpcServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    TestServer() {
        this(RpcConfig.defaults());
    }

    TestServer(RpcConfig config) {
        server = RpcServer.start(config.withPorts(0, 0), methods.registry(), events);
    }

    URI httpUri() {
        return URI.create("http://127.0.0.1:" + server.httpPort() + "/");
    }

    URI wsUri() {
        return URI.create("ws://127.0.0.1:" + server.wsPort() + "/");
    }

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(httpUri()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode call(String method, String paramsJson) throws IOException, InterruptedException {
        HttpResponse<String> res = post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + paramsJson + "}");
        return JSON.readTree(res.body());
    }

    WsClient ws() {
        return WsClient.connect(http, wsUri());
    }

    @Override
    public void close() {
        server.close();
        http.close();
    }
}
