package io.unikernelz.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A java.net.http WebSocket that queues whole text messages for the test to take. */
final class WsClient implements AutoCloseable {
    /** A generous bound so a broken server fails the test instead of hanging it. */
    static final long WAIT_SECONDS = 20;

    record Closed(int status, String reason) {}

    final WebSocket socket;
    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    final CompletableFuture<Closed> closed = new CompletableFuture<>();

    private WsClient(WebSocket.Builder builder, URI uri) {
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    messages.add(partial.toString());
                    partial.setLength(0);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                closed.complete(new Closed(statusCode, reason));
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                closed.completeExceptionally(error);
            }
        };
        try {
            this.socket = builder.buildAsync(uri, listener).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new WsConnectException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("WebSocket connect to " + uri + " did not finish", e);
        }
    }

    static final class WsConnectException extends RuntimeException {
        WsConnectException(Throwable cause) {
            super(cause);
        }
    }

    static WsClient connect(HttpClient http, URI uri) {
        return new WsClient(http.newWebSocketBuilder(), uri);
    }

    static WsClient connect(WebSocket.Builder builder, URI uri) {
        return new WsClient(builder, uri);
    }

    void send(String text) {
        try {
            socket.sendText(text, true).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("WebSocket send failed", e);
        }
    }

    String next() {
        try {
            String m = messages.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (m == null) throw new AssertionError("no WebSocket message within " + WAIT_SECONDS + " s");
            return m;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode nextJson() {
        try {
            return TestServer.JSON.readTree(next());
        } catch (JsonProcessingException e) {
            throw new AssertionError("server sent invalid JSON", e);
        }
    }

    JsonNode call(String request) {
        send(request);
        return nextJson();
    }

    Closed awaitClose() {
        try {
            return closed.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("WebSocket was not closed by the server", e);
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        socket.abort();
    }
}
