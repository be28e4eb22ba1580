package io.unikernelz.rpc.subscribe;

import java.util.concurrent.CopyOnWriteArrayList;

/** A ready-made {@link SubscriptionSource}: whoever inserts momentums calls {@link #publish}. */
public final class LedgerEventBus implements SubscriptionSource {
    private final CopyOnWriteArrayList<LedgerEventListener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void attach(LedgerEventListener listener) {
        if (listener == null) throw new IllegalArgumentException("listener is null");
        listeners.addIfAbsent(listener);
    }

    @Override
    public void detach(LedgerEventListener listener) {
        listeners.remove(listener);
    }

    public void publish(MomentumEvent event) {
        if (event == null) throw new IllegalArgumentException("event is null");
        for (LedgerEventListener l : listeners) l.momentumInserted(event);
    }

    public int listenerCount() {
        return listeners.size();
    }
}
