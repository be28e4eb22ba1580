package io.unikernelz.rpc;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Operator settings of the RPC server, validated at construction. {@link #defaults()} is safe
 * for a node on a desktop: loopback only, bounded bodies, batches, connections and
 * subscriptions, and no browser origins.
 *
 * <p>Origins: native clients (syrius, znn-cli, the SDKs under node/dart) send no {@code Origin}
 * header and are always served. A browser page always sends one, so with the default empty list
 * a web page can't drive the node (no cross-site requests, no DNS-rebinding tricks against
 * 127.0.0.1). Browser wallets or explorers need their origin listed, e.g.
 * {@code https://wallet.example}, a bare host name (any scheme/port), or {@code *} for
 * go-zenon's own default of allowing every origin.
 *
 * @param bindAddress                  interface both servers bind to; go-zenon uses 0.0.0.0, we default to loopback
 * @param httpEnabled                  serve JSON-RPC over HTTP POST
 * @param httpPort                     HTTP port, 0 for an ephemeral port
 * @param wsEnabled                    serve JSON-RPC over WebSocket (path /), with subscriptions
 * @param wsPort                       WebSocket port, 0 for an ephemeral port
 * @param maxRequestBytes              largest HTTP body / WebSocket message (go-zenon: 5 MiB over HTTP)
 * @param maxBatchSize                 most calls in one batch
 * @param maxWsConnections             most simultaneous WebSocket connections
 * @param maxSubscriptionsPerConnection most live subscriptions on one WebSocket
 * @param maxInFlightPerConnection     calls of one connection processed at once before reading pauses
 * @param allowedOrigins               browser origins allowed (CORS and WebSocket); empty = none
 * @param idleTimeout                  idle HTTP keep-alive connections are closed after this; WebSockets are pinged
 * @param shutdownGrace                how long stop() waits for running calls
 * @param ioThreads                    Netty event-loop threads (calls themselves run on virtual threads)
 */
public record RpcConfig(
        String bindAddress,
        boolean httpEnabled,
        int httpPort,
        boolean wsEnabled,
        int wsPort,
        int maxRequestBytes,
        int maxBatchSize,
        int maxWsConnections,
        int maxSubscriptionsPerConnection,
        int maxInFlightPerConnection,
        List<String> allowedOrigins,
        Duration idleTimeout,
        Duration shutdownGrace,
        int ioThreads) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_HTTP_PORT = 35997;
    public static final int DEFAULT_WS_PORT = 35998;
    /** go-zenon's maxRequestContentLength. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024;

    public RpcConfig {
        if (bindAddress == null || bindAddress.isBlank()) throw new IllegalArgumentException("RPC bind address is empty");
        bindAddress = bindAddress.strip();
        checkPort("HTTP", httpPort);
        checkPort("WebSocket", wsPort);
        if (httpEnabled && wsEnabled && httpPort != 0 && httpPort == wsPort) {
            throw new IllegalArgumentException("RPC HTTP and WebSocket ports must differ, both are " + httpPort);
        }
        checkPositive("maxRequestBytes", maxRequestBytes);
        checkPositive("maxBatchSize", maxBatchSize);
        checkPositive("maxWsConnections", maxWsConnections);
        checkPositive("maxSubscriptionsPerConnection", maxSubscriptionsPerConnection);
        checkPositive("maxInFlightPerConnection", maxInFlightPerConnection);
        checkPositive("ioThreads", ioThreads);
        if (allowedOrigins == null) throw new IllegalArgumentException("allowedOrigins is null, use an empty list");
        allowedOrigins = allowedOrigins.stream().map(RpcConfig::normaliseOrigin).toList();
        checkDuration("idleTimeout", idleTimeout);
        if (shutdownGrace == null || shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must be zero or positive, got " + shutdownGrace);
        }
    }

    public static RpcConfig defaults() {
        return new RpcConfig(DEFAULT_BIND_ADDRESS, true, DEFAULT_HTTP_PORT, true, DEFAULT_WS_PORT,
                DEFAULT_MAX_REQUEST_BYTES, 100, 100, 64, 32, List.of(),
                Duration.ofSeconds(120), Duration.ofSeconds(5), 2);
    }

    public RpcConfig withBindAddress(String address) {
        return new RpcConfig(address, httpEnabled, httpPort, wsEnabled, wsPort, maxRequestBytes, maxBatchSize,
                maxWsConnections, maxSubscriptionsPerConnection, maxInFlightPerConnection, allowedOrigins,
                idleTimeout, shutdownGrace, ioThreads);
    }

    public RpcConfig withHttp(boolean enabled, int port) {
        return new RpcConfig(bindAddress, enabled, port, wsEnabled, wsPort, maxRequestBytes, maxBatchSize,
                maxWsConnections, maxSubscriptionsPerConnection, maxInFlightPerConnection, allowedOrigins,
                idleTimeout, shutdownGrace, ioThreads);
    }

    public RpcConfig withWs(boolean enabled, int port) {
        return new RpcConfig(bindAddress, httpEnabled, httpPort, enabled, port, maxRequestBytes, maxBatchSize,
                maxWsConnections, maxSubscriptionsPerConnection, maxInFlightPerConnection, allowedOrigins,
                idleTimeout, shutdownGrace, ioThreads);
    }

    /** Both servers on the given ports (0 = ephemeral). */
    public RpcConfig withPorts(int http, int ws) {
        return withHttp(httpEnabled, http).withWs(wsEnabled, ws);
    }

    public RpcConfig withLimits(int maxRequestBytes, int maxBatchSize, int maxWsConnections,
                                int maxSubscriptionsPerConnection) {
        return new RpcConfig(bindAddress, httpEnabled, httpPort, wsEnabled, wsPort, maxRequestBytes, maxBatchSize,
                maxWsConnections, maxSubscriptionsPerConnection, maxInFlightPerConnection, allowedOrigins,
                idleTimeout, shutdownGrace, ioThreads);
    }

    public RpcConfig withAllowedOrigins(List<String> origins) {
        return new RpcConfig(bindAddress, httpEnabled, httpPort, wsEnabled, wsPort, maxRequestBytes, maxBatchSize,
                maxWsConnections, maxSubscriptionsPerConnection, maxInFlightPerConnection, origins,
                idleTimeout, shutdownGrace, ioThreads);
    }

    public RpcConfig withTimeouts(Duration idleTimeout, Duration shutdownGrace) {
        return new RpcConfig(bindAddress, httpEnabled, httpPort, wsEnabled, wsPort, maxRequestBytes, maxBatchSize,
                maxWsConnections, maxSubscriptionsPerConnection, maxInFlightPerConnection, allowedOrigins,
                idleTimeout, shutdownGrace, ioThreads);
    }

    private static void checkPort(String what, int port) {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("RPC " + what + " port must be 0..65535, got " + port);
    }

    private static void checkPositive(String what, int value) {
        if (value <= 0) throw new IllegalArgumentException("RPC " + what + " must be positive, got " + value);
    }

    private static void checkDuration(String what, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException("RPC " + what + " must be positive, got " + d);
    }

    private static String normaliseOrigin(String origin) {
        if (origin == null || origin.isBlank()) throw new IllegalArgumentException("an allowed origin is empty");
        String o = origin.strip().toLowerCase(Locale.ROOT);
        while (o.endsWith("/")) o = o.substring(0, o.length() - 1);
        if (o.isEmpty()) throw new IllegalArgumentException("allowed origin '" + origin + "' is empty after normalising");
        return o;
    }
}
