package io.unikernelz.chain.verifier;

import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.chain.genesis.MockGenesis;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.nom.MomentumContent;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.store.Patch;
import io.unikernelz.store.StateLayer;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.store.ledger.MomentumTransaction;
import io.unikernelz.vm.LedgerReader;
import io.unikernelz.wallet.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A small committed ledger over go-zenon's test genesis: one state layer per momentum, each stacked on the previous
 * one and never written again, so every past momentum store stays readable. Blocks are committed as given (no VM):
 * the test supplies the account writes a real execution would make that the verifier reads (received marks,
 * sequencer pops). There is no account pool: an account is readable only at its committed frontier.
 */
final class MockLedger implements LedgerReader {
    final MockGenesis mock = new MockGenesis();
    final Genesis genesis = Genesis.build(mock.config());
    private final List<StateLayer> layers = new ArrayList<>();

    MockLedger() {
        StateLayer state = StateLayer.empty();
        state.apply(genesis.momentumChanges());
        MomentumStore.writable(state).setFrontierMomentum(genesis.momentum());
        layers.add(state);
    }

    /** The account writes a block's execution leaves, made on top of the committed account. */
    Patch accountChanges(Address address, Consumer<AccountStore> writes) {
        StateLayer layer = StateLayer.over(frontierMomentumStore().account(address).reader());
        writes.accept(AccountStore.writable(address, layer));
        return layer.changes();
    }

    /**
     * The momentum the producer would make from these transactions on top of the frontier, with its changes hash,
     * signed by {@code producer}; not committed.
     */
    MomentumTransaction nextMomentum(KeyPair producer, List<AccountBlockTransaction> transactions) {
        Momentum previous = frontierMomentumStore().frontierMomentum().orElseThrow();
        StateLayer layer = StateLayer.over(layers.getLast());
        MomentumStore store = MomentumStore.writable(layer);
        List<AccountBlock> blocks = new ArrayList<>();
        for (AccountBlockTransaction t : transactions) {
            store.addAccountBlockTransaction(t.block().header(), t.accountPatch());
            blocks.addAll(t.block().descendantBlocks());
            blocks.add(t.block());
        }
        Patch changes = layer.changes();
        Momentum m = Momentum.builder()
                .version(1)
                .chainIdentifier(chainIdentifier())
                .previousHash(previous.hash())
                .height(previous.height() + 1)
                .timestamp(previous.timestamp() + 10)
                .content(MomentumContent.ofBlocks(blocks))
                .changesHash(changes.hash())
                .build()
                .sign(producer.privateKey());
        return new MomentumTransaction(m, changes);
    }

    /** Applies the transactions and makes their momentum the frontier. */
    Momentum commit(KeyPair producer, List<AccountBlockTransaction> transactions) {
        MomentumTransaction next = nextMomentum(producer, transactions);
        StateLayer layer = StateLayer.over(layers.getLast());
        layer.apply(next.storedPatch());
        layers.add(layer);
        return next.momentum();
    }

    @Override
    public long chainIdentifier() {
        return genesis.chainIdentifier();
    }

    @Override
    public Momentum genesisMomentum() {
        return genesis.momentum();
    }

    @Override
    public Optional<MomentumStore> momentumStore(HashHeight momentum) {
        for (StateLayer layer : layers) {
            MomentumStore store = MomentumStore.readOnly(layer);
            if (store.identifier().equals(momentum)) return Optional.of(store);
        }
        return Optional.empty();
    }

    @Override
    public MomentumStore frontierMomentumStore() {
        return MomentumStore.readOnly(layers.getLast());
    }

    @Override
    public Optional<StateReader> accountState(Address address, HashHeight identifier) {
        AccountStore committed = frontierMomentumStore().account(address);
        return committed.identifier().equals(identifier) ? Optional.of(committed.reader()) : Optional.empty();
    }

    @Override
    public StateReader frontierAccountState(Address address) {
        return frontierMomentumStore().account(address).reader();
    }
}
