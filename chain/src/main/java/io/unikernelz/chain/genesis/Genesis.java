package io.unikernelz.chain.genesis;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.nom.MomentumContent;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.Patch;
import io.unikernelz.store.StateLayer;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.store.ledger.MomentumStore;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The genesis momentum and its account blocks, generated from a {@link GenesisConfig} exactly as go-zenon does
 * (chain/genesis): one genesis-receive block per account, each built on an empty database; the momentum's state
 * patch and hashes follow from applying them at height 1.
 */
public final class Genesis {
    /** Account blocks built between two progress reports. */
    private static final int PROGRESS_STEP = 1000;

    private final GenesisConfig config;
    private final List<AccountBlockTransaction> transactions;
    private final Momentum momentum;
    private final Patch momentumChanges;

    private Genesis(GenesisConfig config, List<AccountBlockTransaction> transactions, Momentum momentum, Patch momentumChanges) {
        this.config = config;
        this.transactions = List.copyOf(transactions);
        this.momentum = momentum;
        this.momentumChanges = momentumChanges;
    }

    /** Builds the genesis of a config; {@code progress} receives the count of account blocks built so far. */
    public static Genesis build(GenesisConfig config, Consumer<Integer> progress) {
        Objects.requireNonNull(config, "config");
        Consumer<Integer> report = progress == null ? n -> {} : progress;
        Map<Address, Map<TokenStandard, BigInteger>> balances = balancesByAddress(config);

        // go-zenon's order: Pillar, Token, Plasma, Swap, Spork (only with a SporkConfig), then every other account.
        Map<Address, Consumer<AccountStore>> contracts = new LinkedHashMap<>();
        contracts.put(Address.PILLAR, s -> GenesisContractStorage.pillar(config, s.storage()));
        contracts.put(Address.TOKEN, s -> GenesisContractStorage.token(config, s.storage()));
        contracts.put(Address.PLASMA, s -> GenesisContractStorage.plasma(config, s.storage()));
        contracts.put(Address.SWAP, s -> GenesisContractStorage.swap(config, s.storage()));
        if (config.sporkConfig() != null) contracts.put(Address.SPORK, s -> GenesisContractStorage.spork(config, s.storage()));

        List<AccountBlockTransaction> txs = new ArrayList<>();
        for (var e : contracts.entrySet()) {
            txs.add(genesisBlock(config, e.getKey(), balances, e.getValue()));
        }
        Set<Address> rest = new LinkedHashSet<>(balances.keySet());
        rest.removeAll(contracts.keySet());
        // Every other account's block stands alone (its own empty state), so they are built on all cores, a slice at a
        // time: the list keeps go-zenon's order and progress is reported from this thread only.
        List<Address> accounts = List.copyOf(rest);
        for (int from = 0; from < accounts.size(); from += PROGRESS_STEP) {
            List<Address> slice = accounts.subList(from, Math.min(accounts.size(), from + PROGRESS_STEP));
            txs.addAll(slice.parallelStream().map(a -> genesisBlock(config, a, balances, s -> {})).toList());
            report.accept(txs.size());
        }
        if (accounts.isEmpty()) report.accept(txs.size());

        // The momentum applies every transaction on an empty momentum store (so confirmation height = 1). A genesis
        // block only touches keys of its own account (no sends, no mailboxes), so each is applied to a small layer of
        // its own, on all cores, and the momentum's patch is the key-sorted union of those layers: what one shared
        // layer would hold, without 100k inserts into one big skip list.
        MomentumContent content = MomentumContent.sorted(txs.stream().map(t -> t.block().header()).toList());
        Map<AccountHeader, AccountBlockTransaction> byHeader = new LinkedHashMap<>();
        for (AccountBlockTransaction t : txs) byHeader.put(t.block().header(), t);
        List<Patch> perAccount = content.headers().parallelStream().map(h -> {
            StateLayer layer = StateLayer.empty();
            MomentumStore.writable(layer).addAccountBlockTransaction(h, byHeader.get(h).accountPatch());
            return layer.changes();
        }).toList();
        Patch changes = sortedUnion(perAccount);
        Momentum momentum = Momentum.builder()
                .version(1)
                .chainIdentifier(config.chainIdentifier())
                .previousHash(Hash.ZERO)
                .height(1)
                .timestamp(config.genesisTimestampSec())
                .data(config.extraData().getBytes(StandardCharsets.UTF_8))
                .content(content)
                .changesHash(changes.hash())
                .build()
                .withComputedHash();
        return new Genesis(config, txs, momentum, changes);
    }

    public static Genesis build(GenesisConfig config) {
        return build(config, null);
    }

    /** go-zenon's wrap(): balances from every GenesisBlocks entry of the address, storage, then ChangesHash and Hash. */
    private static AccountBlockTransaction genesisBlock(
            GenesisConfig config, Address address, Map<Address, Map<TokenStandard, BigInteger>> balances, Consumer<AccountStore> storage) {
        StateLayer layer = StateLayer.empty();
        AccountStore account = AccountStore.writable(address, layer);
        storage.accept(account);
        balances.getOrDefault(address, Map.of()).forEach(account::setBalance);
        Patch changes = layer.changes();
        AccountBlock block = AccountBlock.builder()
                .version(1)
                .chainIdentifier(config.chainIdentifier())
                .blockType(BlockType.GENESIS_RECEIVE)
                .height(1)
                .address(address)
                .changesHash(changes.hash())
                .build()
                .withComputedHash();
        return new AccountBlockTransaction(block, changes);
    }

    /**
     * The records of disjoint patches in ascending key order (one layer's {@code changes()} over all of them). A key
     * written by two patches has no single right value here, so it is refused rather than guessed.
     */
    private static Patch sortedUnion(List<Patch> patches) {
        record Keyed(byte[] key, Patch.Record record) {}
        List<Keyed> all = new ArrayList<>();
        for (Patch p : patches) {
            for (Patch.Record r : p.records()) all.add(new Keyed(r.key(), r));
        }
        all.sort((a, b) -> Arrays.compareUnsigned(a.key(), b.key()));
        Patch.Builder out = Patch.builder();
        byte[] previous = null;
        for (Keyed k : all) {
            if (previous != null && Arrays.equals(previous, k.key())) {
                throw new IllegalStateException("two genesis accounts write the same state key " + Hex.encode(k.key()));
            }
            out.add(k.record());
            previous = k.key();
        }
        return out.build();
    }

    /** Balances per address in file order; a later entry for the same token overwrites an earlier one, as in Go. */
    private static Map<Address, Map<TokenStandard, BigInteger>> balancesByAddress(GenesisConfig config) {
        Map<Address, Map<TokenStandard, BigInteger>> out = new LinkedHashMap<>();
        if (config.genesisBlocks() == null) return out;
        for (var b : config.genesisBlocks().blocks()) {
            out.computeIfAbsent(b.address(), a -> new LinkedHashMap<>()).putAll(b.balanceList());
        }
        return out;
    }

    public GenesisConfig config() {
        return config;
    }

    public long chainIdentifier() {
        return config.chainIdentifier();
    }

    public Momentum momentum() {
        return momentum;
    }

    public HashHeight identifier() {
        return momentum.identifier();
    }

    /** The genesis account blocks with their account patches, in go-zenon's generation order. */
    public List<AccountBlockTransaction> transactions() {
        return transactions;
    }

    /** The momentum's state patch (what its ChangesHash covers); the momentum's own frontier records come on top. */
    public Patch momentumChanges() {
        return momentumChanges;
    }
}
