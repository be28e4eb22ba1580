package io.unikernelz.chain;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.store.Frontier;
import io.unikernelz.store.Patch;
import io.unikernelz.store.StateLayer;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.vm.NomError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Unconfirmed account blocks per account, each with the account state after it (go-zenon chain/account_pool.go with
 * its per-account memdb managers). An account's database changes only through its own blocks, so after a momentum
 * commits, the remaining blocks are re-layered over the new committed state without re-execution.
 * Not thread-safe: the {@link Chain} serialises access.
 */
final class AccountPool {
    static final NomError ERR_FAILED_TO_ADD = new NomError("ErrFailedToAddAccountBlockTransaction", "failed to insert account-block-transaction");
    static final NomError ERR_PLASMA_RATIO_IS_WORSE = new NomError("ErrPlasmaRatioIsWorse", "plasma ratio is smaller for current block");
    static final NomError ERR_HASH_TIE_BREAK = new NomError("ErrHashTieBreak", "hash tie-break is worse for current block");

    private record Entry(AccountBlockTransaction transaction, StateLayer stateAfter) {
        AccountBlock block() {
            return transaction.block();
        }
    }

    /** The committed account database at the frontier momentum. */
    private final Function<Address, StateReader> committed;
    private final Map<Address, List<Entry>> pending = new LinkedHashMap<>();

    AccountPool(Function<Address, StateReader> committed) {
        this.committed = committed;
    }

    /** The account database as of {@code id}: the committed frontier or a pool entry (its descendants included). */
    Optional<StateReader> accountState(Address address, HashHeight id) {
        StateReader base = committed.apply(address);
        if (Frontier.identifier(base).equals(id)) return Optional.of(base);
        for (Entry e : pending.getOrDefault(address, List.of())) {
            if (covers(e.block(), id)) return Optional.of(e.stateAfter());
        }
        return Optional.empty();
    }

    StateReader frontierState(Address address) {
        List<Entry> list = pending.get(address);
        return list == null || list.isEmpty() ? committed.apply(address) : list.getLast().stateAfter();
    }

    HashHeight frontierIdentifier(Address address) {
        return Frontier.identifier(frontierState(address));
    }

    /** The account patch to replay for a content header: the whole patch on the block, empty on its descendants. */
    Optional<Patch> patch(Address address, HashHeight id) {
        for (Entry e : pending.getOrDefault(address, List.of())) {
            if (e.block().identifier().equals(id)) return Optional.of(e.transaction().accountPatch());
            if (covers(e.block(), id)) return Optional.of(Patch.EMPTY);
        }
        return Optional.empty();
    }

    Optional<AccountBlock> block(Address address, HashHeight id) {
        for (Entry e : pending.getOrDefault(address, List.of())) {
            if (e.block().identifier().equals(id)) return Optional.of(e.block());
            for (AccountBlock d : e.block().descendantBlocks()) if (d.identifier().equals(id)) return Optional.of(d);
        }
        return Optional.empty();
    }

    private static boolean covers(AccountBlock b, HashHeight id) {
        if (b.identifier().equals(id)) return true;
        for (AccountBlock d : b.descendantBlocks()) if (d.identifier().equals(id)) return true;
        return false;
    }

    /** Unconfirmed blocks of one account in height order. */
    List<AccountBlock> blocks(Address address) {
        return pending.getOrDefault(address, List.of()).stream().map(Entry::block).toList();
    }

    /** Every unconfirmed block, account by account in insertion order of the accounts. */
    List<AccountBlock> allBlocks() {
        List<AccountBlock> out = new ArrayList<>();
        pending.values().forEach(l -> l.forEach(e -> out.add(e.block())));
        return out;
    }

    /**
     * The blocks of the next momentum (go-zenon GetNewMomentumContent / filterBlocksToCommit): every unconfirmed block
     * in account-height order, a contract receive's descendants right before it, cut at {@code max} blocks without
     * ever separating descendants from their receive.
     */
    List<AccountBlock> newMomentumContent(int max) {
        List<AccountBlock> toCommit = new ArrayList<>();
        outer:
        for (List<Entry> list : pending.values()) {
            for (Entry e : list) {
                int size = e.block().descendantBlocks().size() + 1;
                if (toCommit.size() + size > max) break outer;
                toCommit.addAll(e.block().descendantBlocks());
                toCommit.add(e.block());
            }
        }
        return toCommit;
    }

    /**
     * Adds a block on top of the account frontier, or replaces a competing uncommitted block at the same height when
     * the new one has priority (go-zenon higherPriority: better TotalPlasma/BasePlasma ratio, then lower hash).
     * Returns false when the very same block is already there.
     */
    boolean add(AccountBlockTransaction tx) {
        AccountBlock block = tx.block();
        Address address = block.address();
        List<Entry> list = pending.computeIfAbsent(address, a -> new ArrayList<>());
        HashHeight frontier = frontierIdentifier(address);
        if (block.previous().equals(frontier)) {
            list.add(new Entry(tx, layered(frontierState(address), tx)));
            return true;
        }
        int index = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).block().height() == block.height()) index = i;
        }
        if (index >= 0 && list.get(index).block().identifier().equals(block.identifier())) return false;
        HashHeight committedId = Frontier.identifier(committed.apply(address));
        if (committedId.height() >= block.height()) {
            throw ERR_FAILED_TO_ADD.exceptionFollowedBy("reason:older than stable identifier; stable-identifier:" + committedId + "; identifier:" + block.identifier());
        }
        HashHeight truePrevious = index > 0 ? list.get(index - 1).block().identifier() : committedId;
        if (index < 0 || !truePrevious.equals(block.previous())) {
            throw ERR_FAILED_TO_ADD.exceptionFollowedBy("reason:missing previous; frontier-identifier:" + frontier + "; identifier:" + block.identifier());
        }
        AccountBlock current = list.get(index).block();
        long lhs = block.totalPlasma() * current.basePlasma();
        long rhs = current.totalPlasma() * block.basePlasma();
        if (lhs < rhs) throw ERR_PLASMA_RATIO_IS_WORSE.exception();
        if (lhs == rhs && Arrays.compareUnsigned(block.hash().rawBytes(), current.hash().rawBytes()) > -1) throw ERR_HASH_TIE_BREAK.exception();
        list.subList(index, list.size()).clear();
        StateReader base = index == 0 ? committed.apply(address) : list.get(index - 1).stateAfter();
        list.add(new Entry(tx, layered(base, tx)));
        return true;
    }

    private static StateLayer layered(StateReader base, AccountBlockTransaction tx) {
        StateLayer layer = StateLayer.over(base);
        layer.apply(tx.accountPatch());
        return layer;
    }

    /** After a commit: drops confirmed blocks and re-layers the rest over the new committed state. */
    void rebuild() {
        for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            Address address = e.getKey();
            StateReader base = committed.apply(address);
            long committedHeight = Frontier.identifier(base).height();
            List<Entry> rebuilt = new ArrayList<>();
            StateReader prev = base;
            HashHeight prevId = Frontier.identifier(base);
            for (Entry entry : e.getValue()) {
                if (entry.block().height() <= committedHeight) continue;
                // a block whose previous was replaced by what got committed can never be confirmed: drop the rest
                if (!entry.block().previous().equals(prevId)) break;
                StateLayer layer = layered(prev, entry.transaction());
                rebuilt.add(new Entry(entry.transaction(), layer));
                prev = layer;
                prevId = entry.block().identifier();
            }
            if (rebuilt.isEmpty()) it.remove(); else e.setValue(rebuilt);
        }
    }

    /** Forgets every unconfirmed block (after a momentum rollback). */
    void clear() {
        pending.clear();
    }
}
