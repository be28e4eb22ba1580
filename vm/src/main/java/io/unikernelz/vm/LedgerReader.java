package io.unikernelz.vm;

import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.MomentumStore;
import java.util.Optional;

/**
 * What the VM, the verifier and the producer read from the chain (implemented by the chain module). Every view is
 * read-only and consistent; the VM stacks its own layers on top.
 */
public interface LedgerReader {
    long chainIdentifier();

    Momentum genesisMomentum();

    /** The momentum store as of the given momentum (go-zenon GetMomentumStore), empty if that momentum is unknown. */
    Optional<MomentumStore> momentumStore(HashHeight momentum);

    /** The momentum store at the current frontier momentum. */
    MomentumStore frontierMomentumStore();

    /**
     * The account's database as of the account-chain entry {@code identifier} (committed or still in the account
     * pool); {@link HashHeight#ZERO} is the empty account. Empty if that entry is unknown.
     */
    Optional<StateReader> accountState(Address address, HashHeight identifier);

    /** The account's database at its frontier, pool blocks included. */
    StateReader frontierAccountState(Address address);
}
