package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.types.Address;
import io.unikernelz.store.StateEntry;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.embedded.definition.SentinelInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sentinel contract storage access and the revoke window (go-zenon definition/sentinel.go, implementation/sentinel.go). */
public final class SentinelState {
    private SentinelState() {}

    /** The owner's sentinel, active or revoked (a revoked one stays stored and blocks a new registration). */
    public static Optional<SentinelInfo> byOwner(StateReader storage, Address owner) {
        byte[] value = storage.get(SentinelInfo.key(owner));
        return CommonState.present(value) ? Optional.of(SentinelInfo.decodeValue(value)) : Optional.empty();
    }

    /** Every sentinel in key (owner) order. */
    public static List<SentinelInfo> all(StateReader storage) {
        List<SentinelInfo> out = new ArrayList<>();
        for (StateEntry e : storage.entries(new byte[] {(byte) SentinelInfo.PREFIX})) {
            if (e.value().length > 0) out.add(SentinelInfo.decodeValue(e.value()));
        }
        return out;
    }

    /**
     * go-zenon GetSentinelRevokeStatus: whether {@code now} is in the revoke window of the sentinel's current cycle,
     * with the seconds left in that window or until it opens.
     */
    public record RevokeStatus(boolean canRevoke, long seconds) {}

    public static RevokeStatus revokeStatus(long registrationTimestamp, long now, ContractParameters params) {
        long cycle = params.sentinelLockTimeWindow() + params.sentinelRevokeTimeWindow();
        long epochTime = (now - registrationTimestamp) % cycle;
        if (epochTime < params.sentinelLockTimeWindow()) return new RevokeStatus(false, params.sentinelLockTimeWindow() - epochTime);
        return new RevokeStatus(true, cycle - epochTime);
    }
}
