package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.embedded.definition.LegacyPillarEntry;
import io.unikernelz.vm.embedded.definition.SwapAssets;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The {@code embedded.swap} namespace (go-zenon {@code rpc/api/embedded/swap.go}). */
final class SwapApi {
    /** go-zenon SwapAssetDecayEpochsOffset, SwapAssetDecayTickEpochs, SwapAssetDecayTickValuePercentage. */
    static final long DECAY_OFFSET_EPOCHS = 90;
    static final long DECAY_TICK_EPOCHS = 30;
    static final long DECAY_TICK_PERCENT = 10;

    private final LedgerAccess ledger;
    private final NodeServices services;

    SwapApi(NodeServices services) {
        this.services = services;
        this.ledger = services.ledger();
    }

    List<RpcMethod> methods() {
        return List.of(
                new ApiMethod("embedded.swap.getAssetsByKeyIdHash", 1, p -> assetsByKeyIdHash(p.hash(0))),
                new ApiMethod("embedded.swap.getAssets", 0, p -> assets()),
                new ApiMethod("embedded.swap.getLegacyPillars", 0, p -> legacyPillars()));
    }

    /** The share of swap assets still claimable in {@code epoch} (go-zenon ApplyDecay): 10 % less every 30 epochs after 90. */
    static long percentageToGive(long epoch) {
        if (epoch < DECAY_OFFSET_EPOCHS) return 100;
        long decay = DECAY_TICK_PERCENT * ((epoch - DECAY_OFFSET_EPOCHS + 1) / DECAY_TICK_EPOCHS);
        return decay > 100 ? 0 : 100 - decay;
    }

    private static BigInteger decayed(BigInteger amount, long percentage) {
        return amount.multiply(BigInteger.valueOf(percentage)).divide(BigInteger.valueOf(100));
    }

    private long currentEpoch(Frontier f) {
        return services.election().params().epochTicker().toTick(f.momentum.timestamp());
    }

    private Object assetsByKeyIdHash(Hash keyIdHash) {
        Frontier f = Frontier.of(ledger);
        byte[] key = SwapAssets.key(keyIdHash);
        ObjectNode o = Shapes.object();
        o.put("keyIdHash", keyIdHash.toString());
        var stored = Storage.get(f.storage(Address.SWAP), key).map(v -> SwapAssets.decode(key, v));
        if (stored.isEmpty()) {
            o.put("znn", "0");
            o.put("qsr", "0");
            return o;
        }
        long percentage = percentageToGive(currentEpoch(f));
        o.put("znn", Shapes.big(decayed(stored.get().znn(), percentage)));
        o.put("qsr", Shapes.big(decayed(stored.get().qsr(), percentage)));
        return o;
    }

    /** Every swap entry (the whole swap storage: its keys have no prefix), by key id hash as Go prints map keys. */
    private Object assets() {
        Frontier f = Frontier.of(ledger);
        StateReader storage = f.storage(Address.SWAP);
        long percentage = percentageToGive(currentEpoch(f));
        Map<String, ObjectNode> sorted = new TreeMap<>();
        for (var e : Storage.entries(storage, new byte[0])) {
            SwapAssets a = SwapAssets.decode(e.key(), e.value());
            ObjectNode entry = Shapes.object();
            entry.put("znn", Shapes.big(decayed(a.znn(), percentage)));
            entry.put("qsr", Shapes.big(decayed(a.qsr(), percentage)));
            sorted.put(a.keyIdHash().toString(), entry);
        }
        ObjectNode o = Shapes.object();
        sorted.forEach(o::set);
        return o;
    }

    private Object legacyPillars() {
        ArrayNode out = Shapes.NODES.arrayNode();
        for (var e : Storage.entries(Frontier.of(ledger).storage(Address.PILLAR), new byte[] {LegacyPillarEntry.PREFIX})) {
            LegacyPillarEntry entry = LegacyPillarEntry.decode(e.key(), e.value());
            ObjectNode o = out.addObject();
            o.put("keyIdHash", entry.keyIdHash().toString());
            o.put("numPillars", entry.pillarCount());
        }
        return out;
    }
}
