package io.unikernelz.rpc.subscribe;

/**
 * Where the RPC server gets chain events for {@code ledger.subscribe}. The chain (or a test)
 * implements it, or publishes through a {@link LedgerEventBus}; the server attaches one listener
 * when it starts and detaches it when it stops.
 */
public interface SubscriptionSource {
    void attach(LedgerEventListener listener);

    void detach(LedgerEventListener listener);

    /** A source that never publishes: subscriptions are accepted and stay silent. */
    static SubscriptionSource none() {
        return NoEvents.INSTANCE;
    }

    enum NoEvents implements SubscriptionSource {
        INSTANCE;

        @Override
        public void attach(LedgerEventListener listener) {
            // nothing will ever be published
        }

        @Override
        public void detach(LedgerEventListener listener) {
            // nothing was attached
        }
    }
}
