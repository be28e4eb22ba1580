package io.unikernelz.rpc;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.timeout.IdleStateEvent;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * JSON-RPC over HTTP POST, one instance per connection. Calls of one connection run one after
 * the other on virtual threads, so pipelined requests are answered in order. HTTP-level
 * failures (method, content type, origin, host, size) are answered with a JSON-RPC error body
 * and the matching status, as go-zenon's {@code validateRequest} does with plain text.
 */
final class HttpRpcHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final System.Logger LOG = System.getLogger(HttpRpcHandler.class.getName());
    /** go-zenon's acceptedContentTypes. */
    private static final Set<String> CONTENT_TYPES = Set.of("application/json", "application/json-rpc", "application/jsonrequest");

    private final ServerContext server;
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    HttpRpcHandler(ServerContext server) {
        this.server = server;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        String origin = req.headers().get(HttpHeaderNames.ORIGIN);
        if (!req.decoderResult().isSuccess()) {
            fail(ctx, HttpResponseStatus.BAD_REQUEST, RpcException.invalidRequest("malformed HTTP request"), null, false);
            return;
        }
        if (!server.origins().allows(origin)) {
            fail(ctx, HttpResponseStatus.FORBIDDEN, RpcException.invalidRequest("origin not allowed: " + origin), null, keepAlive);
            return;
        }
        if (!server.origins().allowsHost(req.headers().get(HttpHeaderNames.HOST))) {
            fail(ctx, HttpResponseStatus.FORBIDDEN, RpcException.invalidRequest("invalid host specified"), origin, keepAlive);
            return;
        }
        HttpMethod method = req.method();
        if (HttpMethod.OPTIONS.equals(method)) {
            FullHttpResponse res = response(HttpResponseStatus.NO_CONTENT, null, origin);
            res.headers().set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "POST, GET");
            String requested = req.headers().get(HttpHeaderNames.ACCESS_CONTROL_REQUEST_HEADERS);
            res.headers().set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, requested == null ? "Content-Type" : requested);
            res.headers().set(HttpHeaderNames.ACCESS_CONTROL_MAX_AGE, "600");
            write(ctx, res, keepAlive);
            return;
        }
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && req.content().readableBytes() == 0 && !req.uri().contains("?")) {
            // go-zenon answers empty GETs with 200 for load-balancer health checks
            write(ctx, response(HttpResponseStatus.OK, null, origin), keepAlive);
            return;
        }
        if (!HttpMethod.POST.equals(method)) {
            FullHttpResponse res = errorResponse(HttpResponseStatus.METHOD_NOT_ALLOWED,
                    RpcException.invalidRequest("method not allowed: " + method.name() + ", use POST"), origin);
            res.headers().set(HttpHeaderNames.ALLOW, "POST, GET, OPTIONS");
            write(ctx, res, keepAlive);
            return;
        }
        if (!acceptedContentType(req.headers().get(HttpHeaderNames.CONTENT_TYPE))) {
            fail(ctx, HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE,
                    RpcException.invalidRequest("invalid content type, only application/json is supported"), origin, keepAlive);
            return;
        }
        byte[] body = ByteBufUtil.getBytes(req.content());
        try {
            tail = tail.exceptionally(e -> null).thenRunAsync(() -> serve(ctx, body, origin, keepAlive), server.executor());
        } catch (RejectedExecutionException e) {
            fail(ctx, HttpResponseStatus.SERVICE_UNAVAILABLE, RpcException.serverError("the RPC server is shutting down"), origin, false);
        }
    }

    private void serve(ChannelHandlerContext ctx, byte[] body, String origin, boolean keepAlive) {
        if (!server.calls().enter()) {
            fail(ctx, HttpResponseStatus.SERVICE_UNAVAILABLE, RpcException.serverError("the RPC server is shutting down"), origin, false);
            return;
        }
        try {
            RpcDispatcher.Outcome outcome = server.dispatcher().handle(body, null);
            byte[] json = outcome.response();
            FullHttpResponse res = response(HttpResponseStatus.OK, json == null ? new byte[0] : json, origin);
            res.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
            write(ctx, res, keepAlive);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "RPC HTTP request failed", e);
            fail(ctx, HttpResponseStatus.INTERNAL_SERVER_ERROR, RpcException.serverError("internal error"), origin, false);
        } finally {
            server.calls().exit();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            ctx.close();
        } else {
            super.userEventTriggered(ctx, evt);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(Level.DEBUG, "RPC HTTP connection " + ctx.channel().remoteAddress() + " failed: " + cause);
        ctx.close();
    }

    static boolean acceptedContentType(String header) {
        if (header == null) return false;
        int semi = header.indexOf(';');
        String type = (semi < 0 ? header : header.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.contains(type);
    }

    private void fail(ChannelHandlerContext ctx, HttpResponseStatus status, RpcException error, String origin, boolean keepAlive) {
        write(ctx, errorResponse(status, error, origin), keepAlive);
    }

    private FullHttpResponse errorResponse(HttpResponseStatus status, RpcException error, String origin) {
        FullHttpResponse res = response(status, server.dispatcher().errorResponse(error), origin);
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
        return res;
    }

    private FullHttpResponse response(HttpResponseStatus status, byte[] body, String origin) {
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                body == null ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(body));
        HttpUtil.setContentLength(res, body == null ? 0 : body.length);
        if (origin != null && server.origins().allows(origin)) {
            res.headers().set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, server.origins().allowsAny() ? "*" : origin);
            res.headers().set(HttpHeaderNames.VARY, HttpHeaderNames.ORIGIN);
        }
        return res;
    }

    private static void write(ChannelHandlerContext ctx, FullHttpResponse res, boolean keepAlive) {
        if (keepAlive) {
            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(res);
        } else {
            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
