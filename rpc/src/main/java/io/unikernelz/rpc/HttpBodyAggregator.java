package io.unikernelz.rpc;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

/**
 * Collects request bodies up to the configured limit; a larger one is answered 413 with a
 * JSON-RPC error (go-zenon: "content length too large (N>5242880)"). The connection stays open
 * when the client can be kept in sync (keep-alive, body not yet sent); the rest of that body is
 * then read and thrown away, never buffered.
 */
final class HttpBodyAggregator extends HttpObjectAggregator {
    private final RpcDispatcher dispatcher;

    HttpBodyAggregator(int maxContentLength, RpcDispatcher dispatcher) {
        super(maxContentLength);
        this.dispatcher = dispatcher;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) throws Exception {
        long declared = HttpUtil.getContentLength(oversized, -1L);
        String message = declared >= 0
                ? "content length too large (" + declared + ">" + maxContentLength() + ")"
                : "content length too large (more than " + maxContentLength() + " bytes)";
        byte[] body = dispatcher.errorResponse(RpcException.invalidRequest(message));
        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Unpooled.wrappedBuffer(body));
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
        HttpUtil.setContentLength(res, body.length);
        boolean close = oversized instanceof FullHttpMessage
                || (!HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized));
        if (close) {
            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        }
    }
}
