package io.unikernelz.rpc;

import io.unikernelz.core.types.Address;
import io.unikernelz.rpc.subscribe.SubscriptionKind;

import java.util.ArrayList;
import java.util.List;

/**
 * One live {@code ledger.subscribe}. Notifications produced before the subscribe response has
 * been written are held back (a few at most) and sent on {@link #activate()}, so a client never
 * sees a notification for an id it hasn't been told yet.
 */
final class Subscription {
    /** Notifications held before activation; a client that is that far behind loses the rest. */
    private static final int MAX_PENDING = 64;

    private final String id;
    private final SubscriptionKind kind;
    private final Address address;
    private final Session session;

    private boolean active;
    private boolean closed;
    private List<String> pending = new ArrayList<>();

    Subscription(String id, SubscriptionKind kind, Address address, Session session) {
        if (kind.takesAddress() != (address != null)) {
            throw new IllegalArgumentException("subscription " + kind.wireName() + (address == null ? " needs" : " takes no") + " address");
        }
        this.id = id;
        this.kind = kind;
        this.address = address;
        this.session = session;
    }

    String id() {
        return id;
    }

    SubscriptionKind kind() {
        return kind;
    }

    Address address() {
        return address;
    }

    Session session() {
        return session;
    }

    /** Sends {@code {"jsonrpc":"2.0","method":"ledger.subscription","params":{"subscription":id,"result":…}}}. */
    synchronized void deliver(String resultJson) {
        if (closed) return;
        String text = "{\"jsonrpc\":\"2.0\",\"method\":\"ledger.subscription\",\"params\":{\"subscription\":\""
                + id + "\",\"result\":" + resultJson + "}}";
        if (active) {
            session.send(text);
        } else if (pending.size() < MAX_PENDING) {
            pending.add(text);
        }
    }

    synchronized void activate() {
        if (closed || active) return;
        active = true;
        for (String text : pending) session.send(text);
        pending = List.of();
    }

    synchronized void close() {
        closed = true;
        pending = List.of();
    }

    synchronized boolean isClosed() {
        return closed;
    }
}
