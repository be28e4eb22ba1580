package io.unikernelz.rpc;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;

/**
 * Vets the upgrade request before Netty's WebSocket handshake: path {@code /}, a browser
 * Origin only if allowed (no Origin = native client = fine, as in go-zenon), and the connection
 * limit. Refusals are HTTP errors with a JSON-RPC error body. It stays in the pipeline to give
 * the connection slot back when the socket closes.
 */
final class WsHandshakeGuard extends ChannelInboundHandlerAdapter {
    private final ServerContext server;
    private boolean counted;

    WsHandshakeGuard(ServerContext server) {
        this.server = server;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest req)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            String origin = req.headers().get(HttpHeaderNames.ORIGIN);
            if (!req.decoderResult().isSuccess()) {
                refuse(ctx, HttpResponseStatus.BAD_REQUEST, RpcException.invalidRequest("malformed HTTP request"));
            } else if (!new QueryStringDecoder(req.uri()).path().equals("/")) {
                refuse(ctx, HttpResponseStatus.NOT_FOUND, RpcException.invalidRequest("the WebSocket endpoint is /"));
            } else if (!req.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
                refuse(ctx, HttpResponseStatus.BAD_REQUEST,
                        RpcException.invalidRequest("this port serves JSON-RPC over WebSocket only; send a WebSocket upgrade"));
            } else if (!server.origins().allows(origin)) {
                refuse(ctx, HttpResponseStatus.FORBIDDEN, RpcException.invalidRequest("origin not allowed: " + origin));
            } else if (!reserveSlot()) {
                refuse(ctx, HttpResponseStatus.SERVICE_UNAVAILABLE, RpcException.serverError(
                        "too many WebSocket connections (at most " + server.config().maxWsConnections() + ")"));
            } else {
                counted = true;
                ctx.fireChannelRead(req.retain());
            }
        } finally {
            req.release();
        }
    }

    private boolean reserveSlot() {
        int max = server.config().maxWsConnections();
        while (true) {
            int n = server.wsConnections().get();
            if (n >= max) return false;
            if (server.wsConnections().compareAndSet(n, n + 1)) return true;
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (counted) {
            counted = false;
            server.wsConnections().decrementAndGet();
        }
        super.channelInactive(ctx);
    }

    private void refuse(ChannelHandlerContext ctx, HttpResponseStatus status, RpcException error) {
        byte[] body = server.dispatcher().errorResponse(error);
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
        res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        HttpUtil.setContentLength(res, body.length);
        ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
    }
}
