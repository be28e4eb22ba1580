package io.unikernelz.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP transport behaviour beyond the golden cases: limits, methods, headers, origins, hosts. */
class HttpTransportTest {
    private static TestServer server;
    private static TestServer corsServer;

    @BeforeAll
    static void start() {
        server = new TestServer(RpcConfig.defaults().withLimits(64 * 1024, 100, 100, 64));
        corsServer = new TestServer(RpcConfig.defaults().withAllowedOrigins(List.of("https://wallet.example", "explorer.example")));
    }

    @AfterAll
    static void stop() {
        server.close();
        corsServer.close();
    }

    private static JsonNode json(HttpResponse<String> res) throws Exception {
        return TestServer.JSON.readTree(res.body());
    }

    @Test
    void voidResultIsWrittenOutExactlyAsGoZenonDoes() throws Exception {
        HttpResponse<String> res = server.post("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"test.void\",\"params\":[]}");
        assertThat(res.statusCode()).isEqualTo(200);
        // member order as go-zenon's jsonrpcMessage: jsonrpc, id, result
        assertThat(res.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":null}");
    }

    @Test
    void oversizeBodyIs413WithJsonRpcErrorAndServerKeepsServing() throws Exception {
        String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.echo\",\"params\":[\"" + "a".repeat(64 * 1024) + "\"]}";
        HttpResponse<String> res = server.post(big);
        assertThat(res.statusCode()).isEqualTo(413);
        assertThat(res.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode err = json(res);
        assertThat(err.get("id").isNull()).isTrue();
        assertThat(err.get("error").get("code").asInt()).isEqualTo(-32600);
        assertThat(err.get("error").get("message").asText())
                .isEqualTo("content length too large (" + big.length() + ">" + 64 * 1024 + ")");

        assertThat(server.call("test.add", "[1,2]").get("result").asInt()).isEqualTo(3);
    }

    @Test
    void bodyJustUnderTheLimitIsServed() throws Exception {
        String prefix = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.echo\",\"params\":[\"";
        String suffix = "\"]}";
        String body = prefix + "b".repeat(64 * 1024 - prefix.length() - suffix.length()) + suffix;
        assertThat(body).hasSize(64 * 1024);
        HttpResponse<String> res = server.post(body);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(json(res).get("result").get(0).asText()).hasSize(64 * 1024 - prefix.length() - suffix.length());
    }

    @Test
    void batchLimitIsEnforcedAndAFullBatchIsAnsweredInOrder() throws Exception {
        String full = IntStream.range(0, 100)
                .mapToObj(i -> "{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"test.add\",\"params\":[" + i + ",1]}")
                .collect(Collectors.joining(",", "[", "]"));
        JsonNode answers = json(server.post(full));
        assertThat(answers.size()).isEqualTo(100);
        for (int i = 0; i < 100; i++) {
            assertThat(answers.get(i).get("id").asInt()).isEqualTo(i);
            assertThat(answers.get(i).get("result").asInt()).isEqualTo(i + 1);
        }
        String tooMany = IntStream.range(0, 101)
                .mapToObj(i -> "{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"test.void\"}")
                .collect(Collectors.joining(",", "[", "]"));
        HttpResponse<String> res = server.post(tooMany);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(json(res)).isEqualTo(TestServer.JSON.readTree(
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"batch too large: 101 calls, at most 100 allowed\"}}"));
    }

    @Test
    void nonPostMethodsGetJsonRpcErrors() throws Exception {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> res = server.send(HttpRequest.newBuilder(server.httpUri())
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(res.statusCode()).as(method).isEqualTo(405);
            assertThat(res.headers().firstValue("allow")).hasValue("POST, GET, OPTIONS");
            assertThat(json(res).get("error").get("code").asInt()).isEqualTo(-32600);
            assertThat(json(res).get("error").get("message").asText()).isEqualTo("method not allowed: " + method + ", use POST");
        }
    }

    @Test
    void emptyGetIsAHealthCheck() throws Exception {
        HttpResponse<String> res = server.send(HttpRequest.newBuilder(server.httpUri()).GET());
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).isEmpty();
    }

    @Test
    void getWithQueryIsRefused() throws Exception {
        HttpResponse<String> res = server.send(HttpRequest.newBuilder(server.httpUri().resolve("/?method=x")).GET());
        assertThat(res.statusCode()).isEqualTo(405);
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        HttpResponse<String> res = server.send(HttpRequest.newBuilder(server.httpUri())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.void\"}")));
        assertThat(res.statusCode()).isEqualTo(415);
        assertThat(json(res).get("error").get("message").asText()).isEqualTo("invalid content type, only application/json is supported");
    }

    @Test
    void contentTypeParametersAndAlternativeTypesAreAccepted() throws Exception {
        for (String type : List.of("application/json; charset=utf-8", "application/json-rpc", "application/jsonrequest", "Application/JSON")) {
            HttpResponse<String> res = server.send(HttpRequest.newBuilder(server.httpUri())
                    .header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.void\"}")));
            assertThat(res.statusCode()).as(type).isEqualTo(200);
        }
    }

    @Test
    void browserOriginsAreRefusedByDefault() throws Exception {
        HttpResponse<String> res = server.send(HttpRequest.newBuilder(server.httpUri())
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.void\"}")));
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(json(res).get("error").get("message").asText()).isEqualTo("origin not allowed: http://evil.example");
        assertThat(res.headers().firstValue("access-control-allow-origin")).isEmpty();
    }

    @Test
    void allowedOriginGetsCorsHeadersAndPreflight() throws Exception {
        HttpResponse<String> res = corsServer.send(HttpRequest.newBuilder(corsServer.httpUri())
                .header("Content-Type", "application/json").header("Origin", "https://wallet.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.void\"}")));
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("access-control-allow-origin")).hasValue("https://wallet.example");

        HttpResponse<String> pre = corsServer.send(HttpRequest.newBuilder(corsServer.httpUri())
                .header("Origin", "https://explorer.example:8443")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(pre.statusCode()).isEqualTo(204);
        assertThat(pre.headers().firstValue("access-control-allow-origin")).hasValue("https://explorer.example:8443");
        assertThat(pre.headers().firstValue("access-control-allow-methods")).hasValue("POST, GET");
        assertThat(pre.headers().firstValue("access-control-allow-headers")).hasValue("content-type");
        assertThat(pre.headers().firstValue("access-control-max-age")).hasValue("600");

        HttpResponse<String> other = corsServer.send(HttpRequest.newBuilder(corsServer.httpUri())
                .header("Origin", "https://wallet.example.evil")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(other.statusCode()).isEqualTo(403);
    }

    @Test
    void hostNamesOtherThanLocalhostAreRefusedAgainstDnsRebinding() throws Exception {
        int port = server.server.httpPort();
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.void\"}";
        try (RawHttp raw = new RawHttp(port)) {
            raw.write(RawHttp.post(port, "attacker.example:" + port, "", body));
            RawHttp.Response res = raw.readResponse();
            assertThat(res.status()).isEqualTo(403);
            assertThat(TestServer.JSON.readTree(res.body()).get("error").get("message").asText()).isEqualTo("invalid host specified");
            for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "127.0.0.1")) {
                raw.write(RawHttp.post(port, host, "", body));
                assertThat(raw.readResponse().status()).as(host).isEqualTo(200);
            }
        }
        try (RawHttp raw = new RawHttp(corsServer.server.httpPort())) {
            raw.write(RawHttp.post(port, "explorer.example", "", body));
            assertThat(raw.readResponse().status()).isEqualTo(200);
        }
    }

    @Test
    void malformedHttpIsAnswered400() throws Exception {
        try (RawHttp raw = new RawHttp(server.server.httpPort())) {
            raw.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: nope\r\n\r\n");
            RawHttp.Response res = raw.readResponse();
            assertThat(res.status()).isEqualTo(400);
            assertThat(TestServer.JSON.readTree(res.body()).get("error").get("code").asInt()).isEqualTo(-32600);
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        int port = server.server.httpPort();
        try (RawHttp raw = new RawHttp(port)) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                all.append(RawHttp.post(port, "127.0.0.1", "", "{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"test.add\",\"params\":[" + i + ",0]}"));
            }
            raw.write(all.toString());
            for (int i = 0; i < 20; i++) {
                assertThat(TestServer.JSON.readTree(raw.readResponse().body()).get("id").asInt()).isEqualTo(i);
            }
        }
    }

    @Test
    void gzipWhenAsked() throws Exception {
        int port = server.server.httpPort();
        try (RawHttp raw = new RawHttp(port)) {
            raw.write(RawHttp.post(port, "127.0.0.1", "Accept-Encoding: gzip\r\n",
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.echo\",\"params\":[\"" + "z".repeat(4000) + "\"]}"));
            RawHttp.Response res = raw.readResponse();
            assertThat(res.status()).isEqualTo(200);
            assertThat(res.headers().get("content-encoding")).isEqualTo("gzip");
        }
    }

    @Test
    void concurrentClientsAreServed() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> all = IntStream.range(0, 50)
                .mapToObj(i -> server.http.sendAsync(HttpRequest.newBuilder(server.httpUri())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"test.add\",\"params\":[" + i + "," + i + "]}"))
                        .build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
        for (int i = 0; i < all.size(); i++) {
            JsonNode res = TestServer.JSON.readTree(all.get(i).get(WsClient.WAIT_SECONDS, TimeUnit.SECONDS).body());
            assertThat(res.get("id").asInt()).isEqualTo(i);
            assertThat(res.get("result").asInt()).isEqualTo(2 * i);
        }
    }
}
