package io.unikernelz.chain.verifier;

import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.vm.LedgerReader;
import java.util.Optional;

/** Delegates everything; tests override one method to simulate an inconsistent or failing ledger. */
class ForwardingLedger implements LedgerReader {
    private final LedgerReader delegate;

    ForwardingLedger(LedgerReader delegate) {
        this.delegate = delegate;
    }

    @Override
    public long chainIdentifier() {
        return delegate.chainIdentifier();
    }

    @Override
    public Momentum genesisMomentum() {
        return delegate.genesisMomentum();
    }

    @Override
    public Optional<MomentumStore> momentumStore(HashHeight momentum) {
        return delegate.momentumStore(momentum);
    }

    @Override
    public MomentumStore frontierMomentumStore() {
        return delegate.frontierMomentumStore();
    }

    @Override
    public Optional<StateReader> accountState(Address address, HashHeight identifier) {
        return delegate.accountState(address, identifier);
    }

    @Override
    public StateReader frontierAccountState(Address address) {
        return delegate.frontierAccountState(address);
    }
}
