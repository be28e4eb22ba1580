package io.unikernelz.rpc;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One WebSocket connection as the dispatcher sees it: where notifications go and which
 * subscriptions it owns. HTTP calls have no session, so they can't subscribe (as in go-zenon).
 */
final class Session {
    private final String name;
    private final Consumer<String> sink;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param name for log lines (remote address)
     * @param sink sends one notification text; must not block
     */
    Session(String name, Consumer<String> sink) {
        this.name = name;
        this.sink = sink;
    }

    String name() {
        return name;
    }

    void send(String json) {
        sink.accept(json);
    }

    boolean isClosed() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }

    Map<String, Subscription> subscriptionMap() {
        return subscriptions;
    }

    Collection<Subscription> subscriptions() {
        return List.copyOf(subscriptions.values());
    }

    @Override
    public String toString() {
        return "Session(" + name + ", " + subscriptions.size() + " subscriptions)";
    }
}
