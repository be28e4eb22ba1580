package io.unikernelz.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the golden request/response files in {@code src/test/resources/golden} through a real
 * server, over HTTP (java.net.http) and WebSocket, each file's cases in order on one connection.
 */
class GoldenTest {
    private static final List<String> FILES = List.of("basics", "malformed", "batch", "subscribe-http", "subscribe-ws");
    private static final String MARKER = "{\"jsonrpc\":\"2.0\",\"id\":\"marker\",\"method\":\"test.void\"}";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    List<DynamicNode> golden() throws IOException {
        List<DynamicNode> files = new ArrayList<>();
        for (String name : FILES) {
            JsonNode file = load(name);
            List<DynamicNode> transports = new ArrayList<>();
            for (JsonNode t : file.get("transports")) {
                String transport = t.textValue();
                transports.add(DynamicTest.dynamicTest(transport, () -> {
                    if (transport.equals("http")) runHttp(file.get("cases"));
                    else runWs(file.get("cases"));
                }));
            }
            files.add(DynamicContainer.dynamicContainer(name, transports));
        }
        return files;
    }

    private static JsonNode load(String name) throws IOException {
        try (InputStream in = GoldenTest.class.getResourceAsStream("/golden/" + name + ".json")) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return TestServer.JSON.readTree(in);
        }
    }

    private static String requestText(JsonNode c) {
        return c.has("requestText") ? c.get("requestText").textValue() : c.get("request").toString();
    }

    private static void runHttp(JsonNode cases) throws Exception {
        for (JsonNode c : cases) {
            String name = c.get("name").textValue();
            HttpResponse<String> res = server.post(requestText(c));
            assertThat(res.statusCode()).as(name).isEqualTo(c.path("status").asInt(200));
            assertThat(res.headers().firstValue("content-type")).as(name).hasValue("application/json");
            if (c.path("noResponse").asBoolean(false)) {
                assertThat(res.body()).as(name).isEmpty();
            } else {
                check(name, c, TestServer.JSON.readTree(res.body()));
            }
        }
    }

    private static void runWs(JsonNode cases) {
        try (WsClient ws = server.ws()) {
            for (JsonNode c : cases) {
                String name = c.get("name").textValue();
                ws.send(requestText(c));
                if (c.path("noResponse").asBoolean(false)) {
                    // calls of one connection may finish in any order, but a notification has
                    // nothing to send: the next message must be the marker's answer
                    JsonNode marker = ws.call(MARKER);
                    assertThat(marker.get("id").textValue()).as(name).isEqualTo("marker");
                } else {
                    check(name, c, ws.nextJson());
                }
            }
        }
    }

    private static void check(String name, JsonNode c, JsonNode actual) {
        if (c.has("responseErrorCode")) {
            assertThat(actual.path("error").path("code").asInt()).as(name).isEqualTo(c.get("responseErrorCode").asInt());
            assertThat(actual.has("result")).as(name).isFalse();
            return;
        }
        assertThat(actual).as(name).isEqualTo(c.get("response"));
    }
}
