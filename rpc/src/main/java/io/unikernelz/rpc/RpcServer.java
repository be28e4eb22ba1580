package io.unikernelz.rpc;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketServerCompressionHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.unikernelz.rpc.subscribe.SubscriptionSource;

import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The node's JSON-RPC 2.0 endpoints: HTTP POST (default 127.0.0.1:35997) and WebSocket on path
 * {@code /} (default 127.0.0.1:35998, permessage-deflate accepted, subscriptions), on Netty, with
 * the calls themselves on virtual threads.
 *
 * <pre>{@code
 * RpcServer rpc = RpcServer.start(RpcConfig.defaults(), registry, eventBus);
 * ...
 * rpc.close();
 * }</pre>
 */
public final class RpcServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RpcServer.class.getName());
    /** go-zenon pings idle WebSockets every 60 s. */
    static final Duration WS_PING_INTERVAL = Duration.ofSeconds(60);

    /** go-zenon pings every 60 s; a shorter idle timeout (tests) pings at half of it. */
    static Duration wsPingInterval(RpcConfig config) {
        Duration half = config.idleTimeout().dividedBy(2);
        return half.compareTo(WS_PING_INTERVAL) < 0 ? half : WS_PING_INTERVAL;
    }
    private static final int MAX_HANDSHAKE_BYTES = 16 * 1024;

    private final RpcConfig config;
    private final SubscriptionSource source;
    private final ServerContext context;
    private final EventLoopGroup acceptGroup;
    private final EventLoopGroup ioGroup;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private Channel httpChannel;
    private Channel wsChannel;

    private RpcServer(RpcConfig config, MethodRegistry registry, SubscriptionSource source) {
        this.config = config;
        this.source = source;
        var mapper = RpcJson.newMapper();
        var subscriptions = new SubscriptionManager(mapper, config.maxSubscriptionsPerConnection(), new SubscriptionIds());
        var dispatcher = new RpcDispatcher(registry, mapper, config.maxBatchSize(), subscriptions);
        ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("rpc-call-", 0).factory());
        ChannelGroup http = new DefaultChannelGroup("rpc-http", GlobalEventExecutor.INSTANCE);
        ChannelGroup ws = new DefaultChannelGroup("rpc-ws", GlobalEventExecutor.INSTANCE);
        this.context = new ServerContext(config, dispatcher, subscriptions, new OriginPolicy(config.allowedOrigins()),
                executor, new CallTracker(), http, ws, new AtomicInteger());
        this.acceptGroup = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("rpc-accept"), NioIoHandler.newFactory());
        this.ioGroup = new MultiThreadIoEventLoopGroup(config.ioThreads(), new DefaultThreadFactory("rpc-io"), NioIoHandler.newFactory());
    }

    /**
     * Binds the enabled endpoints and starts serving.
     *
     * @throws RpcStartException if a port can't be bound, e.g. "RPC port 35997 on 127.0.0.1 is already in use"
     */
    public static RpcServer start(RpcConfig config, MethodRegistry registry, SubscriptionSource source) {
        if (config == null) throw new IllegalArgumentException("RPC config is null");
        if (registry == null) throw new IllegalArgumentException("method registry is null");
        if (source == null) throw new IllegalArgumentException("subscription source is null, use SubscriptionSource.none()");
        RpcServer server = new RpcServer(config, registry, source);
        try {
            server.bind();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void bind() {
        context.subscriptions().start();
        source.attach(context.subscriptions());
        if (config.httpEnabled()) {
            httpChannel = bind(config.httpPort(), new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    context.httpChannels().add(ch);
                    ChannelPipeline p = ch.pipeline();
                    p.addLast(new IdleStateHandler(0, 0, config.idleTimeout().toMillis(), TimeUnit.MILLISECONDS));
                    p.addLast(new HttpServerCodec());
                    // gzip when asked, like go-zenon's gzip handler
                    p.addLast(new HttpContentCompressor());
                    p.addLast(new HttpBodyAggregator(config.maxRequestBytes(), context.dispatcher()));
                    p.addLast(new HttpRpcHandler(context));
                }
            });
            LOG.log(Level.INFO, "RPC HTTP server listening on {0}", httpChannel.localAddress());
        }
        if (config.wsEnabled()) {
            WebSocketServerProtocolConfig wsConfig = WebSocketServerProtocolConfig.newBuilder()
                    .websocketPath("/")
                    .checkStartsWith(true)
                    .allowExtensions(true)
                    .handleCloseFrames(true)
                    .decoderConfig(WebSocketDecoderConfig.newBuilder()
                            .maxFramePayloadLength(config.maxRequestBytes())
                            .allowExtensions(true)
                            .closeOnProtocolViolation(false)
                            .build())
                    .build();
            long readerIdle = wsPingInterval(config).toMillis() * 2 + config.idleTimeout().toMillis();
            wsChannel = bind(config.wsPort(), new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ChannelPipeline p = ch.pipeline();
                    // pings go out on a fixed timer (WsRpcHandler); a peer that answers nothing at all is closed
                    p.addLast(new IdleStateHandler(readerIdle, 0, 0, TimeUnit.MILLISECONDS));
                    p.addLast(new HttpServerCodec());
                    p.addLast(new HttpObjectAggregator(MAX_HANDSHAKE_BYTES));
                    p.addLast(new WsHandshakeGuard(context));
                    p.addLast(new WebSocketServerCompressionHandler(config.maxRequestBytes()));
                    p.addLast(new WebSocketServerProtocolHandler(wsConfig));
                    p.addLast(new WebSocketFrameAggregator(config.maxRequestBytes()));
                    p.addLast(new WsRpcHandler(context));
                }
            });
            LOG.log(Level.INFO, "RPC WebSocket server listening on {0}", wsChannel.localAddress());
        }
    }

    private Channel bind(int port, ChannelInitializer<SocketChannel> initializer) {
        ServerBootstrap b = new ServerBootstrap()
                .group(acceptGroup, ioGroup)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 256)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(1 << 20, 8 << 20))
                .childHandler(initializer);
        ChannelFuture f = b.bind(new InetSocketAddress(config.bindAddress(), port)).awaitUninterruptibly();
        if (f.isSuccess()) return f.channel();
        Throwable cause = f.cause();
        if (cause instanceof BindException && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("in use")) {
            throw new RpcStartException("RPC port " + port + " on " + config.bindAddress() + " is already in use", cause);
        }
        throw new RpcStartException("cannot open RPC port " + port + " on " + config.bindAddress() + ": " + cause.getMessage(), cause);
    }

    /** The bound HTTP port (useful with port 0), or -1 if HTTP is disabled. */
    public int httpPort() {
        return httpChannel == null ? -1 : ((InetSocketAddress) httpChannel.localAddress()).getPort();
    }

    /** The bound WebSocket port (useful with port 0), or -1 if WebSocket is disabled. */
    public int wsPort() {
        return wsChannel == null ? -1 : ((InetSocketAddress) wsChannel.localAddress()).getPort();
    }

    public RpcConfig config() {
        return config;
    }

    /** Open WebSocket connections that passed the handshake checks. */
    public int webSocketConnections() {
        return context.wsConnections().get();
    }

    /** Live subscriptions over all connections. */
    public int subscriptionCount() {
        return context.subscriptions().count();
    }

    /**
     * Stops accepting connections, lets running calls finish (up to the configured grace),
     * closes WebSockets with 1001 "going away", and releases all threads. Idempotent.
     */
    @Override
    public void close() {
        if (!stopped.compareAndSet(false, true)) return;
        source.detach(context.subscriptions());
        if (httpChannel != null) httpChannel.close().awaitUninterruptibly();
        if (wsChannel != null) wsChannel.close().awaitUninterruptibly();
        if (!context.calls().closeAndAwait(config.shutdownGrace())) {
            LOG.log(Level.WARNING, "RPC shutdown: {0} calls still running after {1}, closing their connections",
                    context.calls().active(), config.shutdownGrace());
        }
        for (Channel ch : context.wsChannels()) {
            ch.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE, "server shutting down"))
                    .addListener(ChannelFutureListener.CLOSE);
        }
        context.wsChannels().newCloseFuture().awaitUninterruptibly(1, TimeUnit.SECONDS);
        context.wsChannels().close().awaitUninterruptibly();
        context.httpChannels().close().awaitUninterruptibly();
        context.subscriptions().close();
        context.executor().shutdownNow();
        ioGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        acceptGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        LOG.log(Level.INFO, "RPC server stopped");
    }

    /** Same as {@link #close()}. */
    public void stop() {
        close();
    }

    @Override
    public String toString() {
        return "RpcServer(http=" + config.bindAddress() + ":" + httpPort() + ", ws=" + config.bindAddress() + ":" + wsPort() + ")";
    }
}
