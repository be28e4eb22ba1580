package io.unikernelz.rpc.api;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.StateEntry;
import io.unikernelz.store.StateLayer;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.vm.embedded.definition.StorageEntry;

import java.math.BigInteger;
import java.util.List;

/**
 * A ledger whose frontier is a real chain's frontier with test writes layered on top: contract storage entries
 * (written with the definition records, byte-identical to go-zenon's) and balances. Lets a test serve contract
 * state that no contract implementation has produced yet.
 */
final class OverlayLedger implements LedgerAccess {
    private final LedgerAccess base;
    private final StateLayer layer;

    OverlayLedger(LedgerAccess base) {
        this.base = base;
        this.layer = StateLayer.over(base.frontierMomentumStore().reader());
    }

    @Override
    public long chainIdentifier() {
        return base.chainIdentifier();
    }

    @Override
    public Momentum genesisMomentum() {
        return base.genesisMomentum();
    }

    @Override
    public MomentumStore frontierMomentumStore() {
        return MomentumStore.readOnly(layer);
    }

    @Override
    public StateReader frontierAccountState(Address address) {
        return MomentumStore.readOnly(layer).account(address).reader();
    }

    @Override
    public List<AccountBlock> unconfirmedBlocks(Address address) {
        return base.unconfirmedBlocks(address);
    }

    OverlayLedger put(Address contract, StorageEntry entry) {
        MomentumStore.writable(layer).account(contract).storage().put(entry.storageKey(), entry.encodeValue());
        return this;
    }

    /** Deletes every storage entry of {@code contract} under {@code prefix} (all of them for an empty prefix). */
    OverlayLedger clear(Address contract, byte[] prefix) {
        var storage = MomentumStore.writable(layer).account(contract).storage();
        for (StateEntry e : storage.entries(prefix)) storage.delete(e.key());
        return this;
    }

    OverlayLedger balance(Address address, TokenStandard zts, BigInteger amount) {
        MomentumStore.writable(layer).account(address).setBalance(zts, amount);
        return this;
    }

    Momentum frontier() {
        return frontierMomentumStore().frontierMomentum().orElseThrow();
    }
}
