package io.unikernelz.rpc;

import io.netty.channel.group.ChannelGroup;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/** What the per-connection handlers share. */
record ServerContext(
        RpcConfig config,
        RpcDispatcher dispatcher,
        SubscriptionManager subscriptions,
        OriginPolicy origins,
        ExecutorService executor,
        CallTracker calls,
        ChannelGroup httpChannels,
        ChannelGroup wsChannels,
        AtomicInteger wsConnections) {
}
