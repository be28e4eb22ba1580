package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.State;
import io.unikernelz.store.StateEntry;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.embedded.definition.LiquidityInfo;
import io.unikernelz.vm.embedded.definition.LiquidityStakeEntry;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Liquidity contract storage access (go-zenon definition/liquidity.go). */
public final class LiquidityState {
    /** go-zenon LiquidityZnnTotalPercentages and LiquidityQsrTotalPercentages: token tuple shares are in 1/10 000. */
    static final long TOTAL_PERCENTAGES = 10_000;

    private LiquidityState() {}

    /** go-zenon GetLiquidityInfo: the initial administrator, not halted, no rewards and no tuples until stored. */
    public static LiquidityInfo liquidityInfo(StateReader storage, ContractParameters params) {
        byte[] value = storage.get(LiquidityInfo.key());
        if (CommonState.present(value)) return LiquidityInfo.decode(LiquidityInfo.key(), value);
        return new LiquidityInfo(params.initialBridgeAdministrator(), false, BigInteger.ZERO, BigInteger.ZERO, List.of());
    }

    static LiquidityInfo liquidityInfo(AccountVmContext context) {
        return liquidityInfo(context.storage(), context.parameters());
    }

    static void save(State storage, LiquidityInfo info) {
        storage.put(info.storageKey(), info.encodeValue());
    }

    /** The administrator methods' permission check. */
    static void requireAdministrator(LiquidityInfo info, Address sender) {
        if (!sender.equals(info.administrator())) throw VmErrors.PERMISSION_DENIED.exception();
    }

    public static Optional<LiquidityStakeEntry> stakeEntry(StateReader storage, Hash id, Address owner) {
        byte[] key = LiquidityStakeEntry.key(id, owner);
        byte[] value = storage.get(key);
        return CommonState.present(value) ? Optional.of(LiquidityStakeEntry.decode(key, value)) : Optional.empty();
    }

    /**
     * go-zenon GetAllLiquidityStakeEntries: every entry in key order (owner, then id), revoked ones included until an
     * update deletes them; values that do not decode (ABI or key errors) are skipped, as there.
     */
    public static List<LiquidityStakeEntry> allStakeEntries(StateReader storage) {
        List<LiquidityStakeEntry> out = new ArrayList<>();
        for (StateEntry e : storage.entries(LiquidityStakeEntry.prefix())) {
            if (e.value().length == 0) continue;
            try {
                out.add(LiquidityStakeEntry.decode(e.key(), e.value()));
            } catch (IllegalArgumentException unreadable) {
                // go-zenon skips entries it cannot parse
            }
        }
        return out;
    }

    static void save(State storage, LiquidityStakeEntry entry) {
        storage.put(entry.storageKey(), entry.encodeValue());
    }
}
