package io.unikernelz.rpc.subscribe;

/** Receives chain events. Implementations return quickly: they are called on the chain's writer thread. */
@FunctionalInterface
public interface LedgerEventListener {
    void momentumInserted(MomentumEvent event);
}
