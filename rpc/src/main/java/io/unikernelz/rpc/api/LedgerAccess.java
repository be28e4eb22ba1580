package io.unikernelz.rpc.api;

import io.unikernelz.chain.Chain;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.MomentumStore;

import java.util.List;
import java.util.Objects;

/**
 * What the chain-backed RPC methods read, as go-zenon's API reads it: the momentum store at the frontier momentum
 * (committed state) and each account's database at its frontier, unconfirmed blocks of the account pool included
 * ({@code GetFrontierAccountStore}). {@link #of(Chain)} serves a node's chain; tests can serve any state.
 */
public interface LedgerAccess {
    long chainIdentifier();

    Momentum genesisMomentum();

    /** The momentum store at the frontier momentum; read-only. */
    MomentumStore frontierMomentumStore();

    /** The account's database at its frontier, pool blocks included (contract storage lives under key 0x04). */
    StateReader frontierAccountState(Address address);

    /** The account's unconfirmed blocks, in height order. */
    List<AccountBlock> unconfirmedBlocks(Address address);

    /** The node's chain. */
    static LedgerAccess of(Chain chain) {
        Objects.requireNonNull(chain, "chain");
        return new LedgerAccess() {
            @Override
            public long chainIdentifier() {
                return chain.chainIdentifier();
            }

            @Override
            public Momentum genesisMomentum() {
                return chain.genesisMomentum();
            }

            @Override
            public MomentumStore frontierMomentumStore() {
                return chain.frontierMomentumStore();
            }

            @Override
            public StateReader frontierAccountState(Address address) {
                return chain.frontierAccountState(address);
            }

            @Override
            public List<AccountBlock> unconfirmedBlocks(Address address) {
                return chain.unconfirmedBlocks(address);
            }
        };
    }
}
