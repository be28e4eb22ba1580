package io.unikernelz.vm;

import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.StateEntry;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sporks this node implements (go-zenon common/types/spork.go) and the activity rule of
 * chain/momentum/embedded.go IsSporkActive: a stored spork with that id, activated, whose enforcement height is at
 * most the height of the store's frontier momentum — never while that frontier is the genesis momentum.
 */
public final class Sporks {
    public static final Hash ACCELERATOR = Hash.parse("6d2b1e6cb4025f2f45533f0fe22e9b7ce2014d91cc960471045fa64eee5a6ba3");
    public static final Hash HTLC = Hash.parse("ceb7e3808ef17ea910adda2f3ab547be4cdfb54de8400ce3683258d06be1354b");
    public static final Hash BRIDGE_AND_LIQUIDITY = Hash.parse("ddd43466769461c5b5d109c639da0f50a7eeb96ad6e7274b1928a35c431d7b1b");

    /** Ids a node must know before it may follow a chain that activated them (ImplementedSporksMap). */
    public static final Set<Hash> IMPLEMENTED = Set.of(ACCELERATOR, HTLC, BRIDGE_AND_LIQUIDITY);

    /** Spork contract storage prefix of sporkInfo entries. */
    private static final byte[] SPORK_INFO_PREFIX = {0x01};
    private static final Variable SPORK_INFO = Abis.SPORK.variable("sporkInfo");

    private Sporks() {}

    /** One stored spork as the activity rule needs it. */
    public record StoredSpork(Hash id, boolean activated, long enforcementHeight) {}

    /** Every spork in the spork contract's storage, in key order (go-zenon GetAllSporks). */
    public static List<StoredSpork> all(MomentumStore store) {
        StateReader storage = store.account(Address.SPORK).storageReader();
        return storage.entries(SPORK_INFO_PREFIX).stream().map(Sporks::decode).toList();
    }

    private static StoredSpork decode(StateEntry e) {
        Values v = SPORK_INFO.decode(e.value());
        return new StoredSpork(v.hash("id"), v.bool("activated"), v.longValue("enforcementHeight"));
    }

    public static boolean isActive(MomentumStore store, Hash sporkId) {
        return active(store).contains(sporkId);
    }

    /** Ids of every spork active in the store (known to this node or not). */
    public static Set<Hash> active(MomentumStore store) {
        Momentum frontier = store.frontierMomentum()
                .orElseThrow(() -> new IllegalStateException("momentum store has no frontier momentum"));
        if (frontier.height() == 1) return Set.of();
        Set<Hash> out = new HashSet<>();
        for (StoredSpork s : all(store)) {
            if (s.activated() && Long.compareUnsigned(s.enforcementHeight(), frontier.height()) <= 0) out.add(s.id());
        }
        return Set.copyOf(out);
    }
}
