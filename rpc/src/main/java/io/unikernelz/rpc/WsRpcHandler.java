package io.unikernelz.rpc;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * JSON-RPC over one WebSocket connection. Messages (text or binary, as gorilla reads either)
 * run concurrently on virtual threads like go-zenon's per-call goroutines; the connection stops
 * reading while too many are running or while the client isn't draining its responses. A
 * client that falls so far behind that notifications can't be buffered is disconnected.
 */
final class WsRpcHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
    private static final System.Logger LOG = System.getLogger(WsRpcHandler.class.getName());

    private final ServerContext server;
    private Session session;
    private ScheduledFuture<?> pinger;
    private int running;

    WsRpcHandler(ServerContext server) {
        this.server = server;
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            Channel ch = ctx.channel();
            session = new Session(String.valueOf(ch.remoteAddress()), text -> notify(ch, text));
            server.wsChannels().add(ch);
            // Ping every interval whatever else is written: a client that only listens to subscriptions answers
            // pings automatically, which keeps it from looking idle (go-zenon never drops a quiet client).
            long ms = RpcServer.wsPingInterval(server.config()).toMillis();
            pinger = ch.eventLoop().scheduleAtFixedRate(() -> {
                if (ch.isActive()) ch.writeAndFlush(new PingWebSocketFrame());
            }, ms, ms, TimeUnit.MILLISECONDS);
        } else if (evt instanceof IdleStateEvent idle) {
            if (idle.state() == IdleState.READER_IDLE) {
                ctx.close();
            }
        } else {
            super.userEventTriggered(ctx, evt);
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (!(frame instanceof TextWebSocketFrame) && !(frame instanceof BinaryWebSocketFrame)) return;
        if (session == null) return;
        byte[] message = ByteBufUtil.getBytes(frame.content());
        Channel ch = ctx.channel();
        if (!server.calls().enter()) {
            ch.writeAndFlush(new TextWebSocketFrame(Unpooled.wrappedBuffer(
                    server.dispatcher().errorResponse(RpcException.serverError("the RPC server is shutting down")))));
            return;
        }
        changeRunning(ch, +1);
        Session s = session;
        try {
            server.executor().execute(() -> serve(ch, s, message));
        } catch (RejectedExecutionException e) {
            changeRunning(ch, -1);
            server.calls().exit();
        }
    }

    private void serve(Channel ch, Session s, byte[] message) {
        try {
            RpcDispatcher.Outcome outcome = server.dispatcher().handle(message, s);
            if (outcome.response() != null) {
                ch.writeAndFlush(new TextWebSocketFrame(Unpooled.wrappedBuffer(outcome.response())));
            }
            // after the subscribe answer is queued, so no notification can overtake it
            outcome.activateSubscriptions();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "RPC WebSocket message failed", e);
        } finally {
            changeRunning(ch, -1);
            server.calls().exit();
        }
    }

    private void notify(Channel ch, String text) {
        if (!ch.isActive()) return;
        if (!ch.isWritable()) {
            LOG.log(Level.WARNING, "RPC WebSocket client {0} does not read its notifications, disconnecting", ch.remoteAddress());
            ch.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.POLICY_VIOLATION, "client too slow"))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ch.writeAndFlush(new TextWebSocketFrame(Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.UTF_8))));
    }

    private synchronized void changeRunning(Channel ch, int delta) {
        running += delta;
        updateAutoRead(ch);
    }

    private synchronized void updateAutoRead(Channel ch) {
        boolean read = running < server.config().maxInFlightPerConnection() && ch.isWritable();
        if (ch.config().isAutoRead() != read) ch.config().setAutoRead(read);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        updateAutoRead(ctx.channel());
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (pinger != null) pinger.cancel(false);
        if (session != null) server.subscriptions().sessionClosed(session);
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // the frame decoder is in a broken state after these, so the connection has to end;
        // the client still gets a JSON-RPC error first
        WebSocketCloseStatus status = null;
        String message = null;
        if (cause instanceof TooLongFrameException
                || cause instanceof CorruptedWebSocketFrameException c && WebSocketCloseStatus.MESSAGE_TOO_BIG.equals(c.closeStatus())) {
            status = WebSocketCloseStatus.MESSAGE_TOO_BIG;
            message = "message too large (at most " + server.config().maxRequestBytes() + " bytes)";
        } else if (cause instanceof CorruptedWebSocketFrameException c) {
            status = c.closeStatus() == null ? WebSocketCloseStatus.PROTOCOL_ERROR : c.closeStatus();
            message = "malformed WebSocket frame: " + c.getMessage();
        }
        if (status != null && ctx.channel().isActive()) {
            ctx.write(new TextWebSocketFrame(Unpooled.wrappedBuffer(
                    server.dispatcher().errorResponse(RpcException.invalidRequest(message)))));
            ctx.writeAndFlush(new CloseWebSocketFrame(status, status.reasonText()))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        LOG.log(Level.DEBUG, "RPC WebSocket connection " + ctx.channel().remoteAddress() + " failed: " + cause);
        ctx.close();
    }
}
