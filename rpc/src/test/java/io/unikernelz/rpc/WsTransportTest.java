package io.unikernelz.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WebSocket transport: upgrade rules, compression, limits, malformed messages. */
class WsTransportTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(RpcConfig.defaults().withLimits(64 * 1024, 100, 3, 2)
                .withAllowedOrigins(List.of("https://wallet.example")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static final String VOID = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.void\"}";

    @Test
    void callsWorkWithoutOriginHeader() {
        try (WsClient ws = server.ws()) {
            assertThat(ws.call(VOID).toString()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":null}");
        }
    }

    @Test
    void allowedOriginIsAcceptedOthersRefused() {
        try (WsClient ws = WsClient.connect(server.http.newWebSocketBuilder().header("Origin", "https://wallet.example"), server.wsUri())) {
            assertThat(ws.call(VOID).get("result").isNull()).isTrue();
        }
        assertThatThrownBy(() -> WsClient.connect(server.http.newWebSocketBuilder().header("Origin", "http://evil.example"), server.wsUri()))
                .isInstanceOf(WsClient.WsConnectException.class)
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> assertThat(e.getResponse().statusCode()).isEqualTo(403));
    }

    @Test
    void malformedMessagesGetErrorsAndTheConnectionStaysUsable() {
        try (WsClient ws = server.ws()) {
            assertThat(ws.call("{oops").get("error").get("code").asInt()).isEqualTo(-32700);
            assertThat(ws.call("[]").get("error").get("message").asText()).isEqualTo("empty batch");
            assertThat(ws.call(VOID).get("result").isNull()).isTrue();
        }
    }

    @Test
    void binaryMessagesAreReadToo() throws Exception {
        try (WsClient ws = server.ws()) {
            ws.socket.sendBinary(ByteBuffer.wrap(VOID.getBytes(StandardCharsets.UTF_8)), true).get(WsClient.WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(ws.nextJson().get("id").asInt()).isEqualTo(1);
        }
    }

    @Test
    void oversizeMessageGetsAnErrorThenClose1009() {
        try (WsClient ws = server.ws()) {
            ws.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test.echo\",\"params\":[\"" + "a".repeat(64 * 1024) + "\"]}");
            JsonNode err = ws.nextJson();
            assertThat(err.get("error").get("code").asInt()).isEqualTo(-32600);
            assertThat(err.get("error").get("message").asText()).isEqualTo("message too large (at most 65536 bytes)");
            assertThat(ws.awaitClose().status()).isEqualTo(1009);
        }
        try (WsClient ws = server.ws()) {
            assertThat(ws.call(VOID).get("result").isNull()).isTrue();
        }
    }

    @Test
    void connectionLimitRefusesTheNextUpgradeWith503() {
        // its own server, so connections other tests are still closing don't count
        try (TestServer limited = new TestServer(RpcConfig.defaults().withLimits(64 * 1024, 100, 3, 2))) {
            List<WsClient> open = new ArrayList<>();
            try {
                while (open.size() < 3) open.add(limited.ws());
                for (WsClient ws : open) assertThat(ws.call(VOID).get("id").asInt()).isEqualTo(1);
                assertThat(limited.server.webSocketConnections()).isEqualTo(3);
                assertThatThrownBy(limited::ws)
                        .isInstanceOf(WsClient.WsConnectException.class)
                        .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class, e -> {
                            assertThat(e.getResponse().statusCode()).isEqualTo(503);
                            assertThat(String.valueOf(e.getResponse().body())).contains("too many WebSocket connections (at most 3)");
                        });
            } finally {
                open.forEach(WsClient::close);
            }
        }
    }

    @Test
    void wrongPathAndPlainHttpAreRefusedWithJsonErrors() throws Exception {
        int port = server.server.wsPort();
        try (RawHttp raw = new RawHttp(port)) {
            raw.write(upgrade("/ws", ""));
            RawHttp.Response res = raw.readResponse();
            assertThat(res.status()).isEqualTo(404);
            assertThat(TestServer.JSON.readTree(res.body()).get("error").get("message").asText()).isEqualTo("the WebSocket endpoint is /");
        }
        try (RawHttp raw = new RawHttp(port)) {
            raw.write(RawHttp.post(port, "127.0.0.1", "", VOID));
            RawHttp.Response res = raw.readResponse();
            assertThat(res.status()).isEqualTo(400);
            assertThat(TestServer.JSON.readTree(res.body()).get("error").get("code").asInt()).isEqualTo(-32600);
        }
    }

    private static String upgrade(String path, String extraHeaders) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" + extraHeaders + "\r\n";
    }

    /** What the SDK does (ws package): offers permessage-deflate, sends compressed frames. */
    @Test
    void permessageDeflateIsNegotiatedAndWorksBothWays() throws Exception {
        try (RawHttp raw = new RawHttp(server.server.wsPort())) {
            raw.write(upgrade("/", "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"));
            RawHttp.Response res = raw.readResponse();
            assertThat(res.status()).isEqualTo(101);
            assertThat(res.headers().get("sec-websocket-accept")).isEqualTo("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
            assertThat(res.headers().get("sec-websocket-extensions")).startsWith("permessage-deflate");

            raw.write(maskedFrame(0x80 | 0x40 | 0x1, deflate(VOID.getBytes(StandardCharsets.UTF_8))));
            int first = raw.in.read();
            assertThat(first & 0x0f).as("text frame").isEqualTo(1);
            assertThat(first & 0x40).as("RSV1: the answer is compressed too").isNotZero();
            int len = raw.in.read() & 0x7f;
            if (len == 126) len = (raw.in.read() << 8) | raw.in.read();
            byte[] payload = raw.in.readNBytes(len);
            byte[] text = inflate(payload);
            assertThat(new String(text, StandardCharsets.UTF_8)).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":null}");
        }
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1024];
        int n;
        while ((n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH)) > 0) out.write(buf, 0, n);
        d.end();
        byte[] all = out.toByteArray();
        // RFC 7692: drop the trailing 00 00 ff ff of the sync flush
        return java.util.Arrays.copyOf(all, all.length - 4);
    }

    private static byte[] inflate(byte[] data) throws DataFormatException {
        Inflater inf = new Inflater(true);
        byte[] withTail = java.util.Arrays.copyOf(data, data.length + 4);
        withTail[data.length + 2] = (byte) 0xff;
        withTail[data.length + 3] = (byte) 0xff;
        inf.setInput(withTail);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1024];
        int n;
        while ((n = inf.inflate(buf)) > 0) out.write(buf, 0, n);
        inf.end();
        return out.toByteArray();
    }

    private static byte[] maskedFrame(int firstByte, byte[] payload) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(firstByte);
        if (payload.length < 126) {
            out.write(0x80 | payload.length);
        } else {
            out.write(0x80 | 126);
            out.write(payload.length >> 8);
            out.write(payload.length & 0xff);
        }
        byte[] mask = {0x12, 0x34, 0x56, 0x78};
        out.write(mask);
        for (int i = 0; i < payload.length; i++) out.write(payload[i] ^ mask[i % 4]);
        return out.toByteArray();
    }

    @Test
    void closeFromClientIsHandled() {
        WsClient ws = server.ws();
        ws.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        assertThat(ws.awaitClose().status()).isEqualTo(WebSocket.NORMAL_CLOSURE);
        ws.close();
    }
}
