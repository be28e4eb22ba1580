package io.unikernelz.chain;

import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.DetailedMomentum;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.store.Patch;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.StateView;
import io.unikernelz.store.VersionedStore;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.store.ledger.MomentumTransaction;
import io.unikernelz.vm.AccountPatches;
import io.unikernelz.vm.LedgerReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The node's ledger: committed momentums and their state in a {@link VersionedStore} (one atomic, synced write per
 * momentum) plus the {@link AccountPool} of unconfirmed account blocks. One writer: every mutating method is
 * synchronized; readers use {@link #read(Function)} on a consistent snapshot that never blocks the writer.
 */
public final class Chain implements LedgerReader, AccountPatches, AutoCloseable {
    /** Historical views kept open for the VM (acknowledged momentums are recent); older ones are rebuilt on demand. */
    private static final int VIEW_CACHE = 64;

    private final VersionedStore store;
    private final Genesis genesis;
    private final AccountPool pool;
    private final List<ChainListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, StateView> views = new LinkedHashMap<>(16, 0.75f, true);

    private Chain(VersionedStore store, Genesis genesis) {
        this.store = store;
        this.genesis = genesis;
        this.pool = new AccountPool(address -> frontierMomentumStore().account(address).reader());
    }

    /**
     * Opens the ledger in {@code dir}, writing the genesis momentum into an empty store. A store that holds another
     * chain is refused with a message naming both genesis hashes.
     */
    public static Chain open(Path dir, Genesis genesis) {
        Objects.requireNonNull(genesis, "genesis");
        VersionedStore store = VersionedStore.open(dir);
        try {
            if (store.height() == 0) {
                store.commit(1, new MomentumTransaction(genesis.momentum(), genesis.momentumChanges()).storedPatch());
            } else {
                try (StateView v = store.viewAt(store.height())) {
                    Momentum first = MomentumStore.readOnly(v).momentumByHeight(1)
                            .orElseThrow(() -> new ChainException("data directory " + dir + " has no genesis momentum"));
                    if (!first.hash().equals(genesis.momentum().hash())) {
                        throw new ChainException("data directory " + dir + " holds the chain with genesis " + first.hash()
                                + ", not " + genesis.momentum().hash() + " (chain id " + genesis.chainIdentifier() + "); use another --data directory");
                    }
                }
            }
            return new Chain(store, genesis);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public void addListener(ChainListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public Genesis genesis() {
        return genesis;
    }

    public Path location() {
        return store.location();
    }

    // ---------------------------------------------------------------- LedgerReader (writer thread)

    @Override
    public long chainIdentifier() {
        return genesis.chainIdentifier();
    }

    @Override
    public Momentum genesisMomentum() {
        return genesis.momentum();
    }

    /** The height of the frontier momentum. */
    public long height() {
        return store.height();
    }

    private synchronized StateView viewAt(long height) {
        StateView v = views.get(height);
        if (v == null) {
            v = store.viewAt(height);
            views.put(height, v);
            if (views.size() > VIEW_CACHE) {
                var eldest = views.entrySet().iterator().next();
                eldest.getValue().close();
                views.remove(eldest.getKey());
            }
        }
        return v;
    }

    @Override
    public synchronized Optional<MomentumStore> momentumStore(HashHeight momentum) {
        if (momentum.height() < 1 || momentum.height() > store.height()) return Optional.empty();
        MomentumStore ms = MomentumStore.readOnly(viewAt(momentum.height()));
        return ms.identifier().equals(momentum) ? Optional.of(ms) : Optional.empty();
    }

    @Override
    public synchronized MomentumStore frontierMomentumStore() {
        return MomentumStore.readOnly(viewAt(store.height()));
    }

    public synchronized Momentum frontierMomentum() {
        return frontierMomentumStore().frontierMomentum().orElseThrow(() -> new ChainException("the store has no frontier momentum"));
    }

    @Override
    public synchronized Optional<StateReader> accountState(Address address, HashHeight identifier) {
        return pool.accountState(address, identifier);
    }

    @Override
    public synchronized StateReader frontierAccountState(Address address) {
        return pool.frontierState(address);
    }

    /** The account patch the momentum replays for a content header (empty for a descendant block). */
    @Override
    public synchronized Optional<Patch> accountPatch(Address address, HashHeight identifier) {
        return pool.patch(address, identifier);
    }

    /** An unconfirmed block (or descendant) from the pool. */
    public synchronized Optional<AccountBlock> unconfirmedBlock(AccountHeader header) {
        return pool.block(header.address(), header.hashHeight());
    }

    public synchronized List<AccountBlock> unconfirmedBlocks(Address address) {
        return pool.blocks(address);
    }

    public synchronized List<AccountBlock> allUnconfirmedBlocks() {
        return pool.allBlocks();
    }

    /** go-zenon MaxAccountBlocksInMomentum: descendant blocks count. */
    public static final int MAX_ACCOUNT_BLOCKS_IN_MOMENTUM = 100;

    /** The account blocks the next momentum should confirm. */
    public synchronized List<AccountBlock> newMomentumContent() {
        return pool.newMomentumContent(MAX_ACCOUNT_BLOCKS_IN_MOMENTUM);
    }

    /** As {@link #newMomentumContent()} with a lower limit (go-zenon's tests lower MaxAccountBlocksInMomentum). */
    public synchronized List<AccountBlock> newMomentumContent(int maxBlocks) {
        if (maxBlocks < 1 || maxBlocks > MAX_ACCOUNT_BLOCKS_IN_MOMENTUM) {
            throw new IllegalArgumentException("max account blocks in a momentum must be 1.." + MAX_ACCOUNT_BLOCKS_IN_MOMENTUM + ", got " + maxBlocks);
        }
        return pool.newMomentumContent(maxBlocks);
    }

    // ---------------------------------------------------------------- writes

    /** Puts an executed account block into the pool; listeners hear of it. */
    public void insertAccountBlock(AccountBlockTransaction transaction) {
        boolean added;
        synchronized (this) {
            added = pool.add(transaction);
        }
        if (added) listeners.forEach(l -> l.accountBlockInserted(transaction.block()));
    }

    /**
     * Commits an applied momentum atomically (its state patch and frontier records in one synced write), then drops
     * the confirmed blocks from the pool. The account blocks must be those named by the momentum's content.
     */
    public void insertMomentum(MomentumTransaction transaction) {
        DetailedMomentum detailed;
        synchronized (this) {
            Momentum m = transaction.momentum();
            if (m.height() != store.height() + 1) {
                throw new ChainException("momentum " + m.identifier() + " does not follow the frontier at height " + store.height());
            }
            List<AccountBlock> blocks = new ArrayList<>();
            for (AccountHeader h : m.content().headers()) {
                blocks.add(pool.block(h.address(), h.hashHeight())
                        .orElseThrow(() -> new ChainException("momentum " + m.identifier() + " names unknown account block " + h.hash())));
            }
            store.commit(m.height(), transaction.storedPatch());
            pool.rebuild();
            detailed = new DetailedMomentum(m, blocks);
        }
        listeners.forEach(l -> l.momentumInserted(detailed));
    }

    // ---------------------------------------------------------------- readers (any thread)

    /** Runs a query on a consistent snapshot of the frontier state; never blocks the writer. */
    public <T> T read(Function<MomentumStore, T> query) {
        try (StateView v = store.view()) {
            return query.apply(MomentumStore.readOnly(v));
        }
    }

    /** Runs a query on a consistent snapshot as of an earlier height (1 … frontier). */
    public <T> T readAt(long height, Function<MomentumStore, T> query) {
        try (StateView v = store.viewAt(height)) {
            return query.apply(MomentumStore.readOnly(v));
        }
    }

    /** The latest momentum timestamp strictly before {@code unixSeconds} (go-zenon GetMomentumBeforeTime), by bisection. */
    public Optional<Momentum> momentumBeforeTime(long unixSeconds) {
        return read(ms -> {
            long lo = 1;
            long hi = ms.identifier().height();
            Optional<Momentum> best = Optional.empty();
            while (lo <= hi) {
                long mid = (lo + hi) >>> 1;
                Momentum m = ms.momentumByHeight(mid).orElseThrow();
                if (m.timestamp() < unixSeconds) {
                    best = Optional.of(m);
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return best;
        });
    }

    @Override
    public synchronized void close() {
        views.values().forEach(StateView::close);
        views.clear();
        store.close();
    }
}
