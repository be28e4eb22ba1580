package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.StateEntry;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.embedded.definition.StakeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stake contract storage access (go-zenon definition/stake.go). */
public final class StakeState {
    private StakeState() {}

    public static Optional<StakeInfo> stakeInfo(StateReader storage, Hash id, Address owner) {
        byte[] key = StakeInfo.key(id, owner);
        byte[] value = storage.get(key);
        return CommonState.present(value) ? Optional.of(StakeInfo.decode(key, value)) : Optional.empty();
    }

    /** Every stake entry (revoked ones too, until an update removes them) in key order: owner, then id. */
    public static List<StakeInfo> all(StateReader storage) {
        List<StakeInfo> out = new ArrayList<>();
        for (StateEntry e : storage.entries(StakeInfo.prefix())) {
            if (e.value().length > 0) out.add(StakeInfo.decode(e.key(), e.value()));
        }
        return out;
    }
}
