package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.StateEntry;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.embedded.definition.DelegationInfo;
import io.unikernelz.vm.embedded.definition.LegacyPillarEntry;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import io.unikernelz.vm.embedded.definition.ProducingPillar;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pillar contract storage access and derived rules (go-zenon definition/pillars.go, implementation/pillars.go). */
public final class PillarState {
    private PillarState() {}

    public static Optional<PillarInfo> pillarInfo(StateReader storage, String name) {
        byte[] value = storage.get(PillarInfo.key(name));
        return CommonState.present(value) ? Optional.of(PillarInfo.decodeValue(value)) : Optional.empty();
    }

    /** The pillar that uses or used {@code producer} as its producing address. */
    public static Optional<ProducingPillar> producingPillar(StateReader storage, Address producer) {
        byte[] key = ProducingPillar.key(producer);
        byte[] value = storage.get(key);
        return CommonState.present(value) ? Optional.of(ProducingPillar.decode(key, value)) : Optional.empty();
    }

    public static Optional<DelegationInfo> delegation(StateReader storage, Address backer) {
        byte[] key = DelegationInfo.key(backer);
        byte[] value = storage.get(key);
        return CommonState.present(value) ? Optional.of(DelegationInfo.decode(key, value)) : Optional.empty();
    }

    public static Optional<LegacyPillarEntry> legacyEntry(StateReader storage, Hash keyIdHash) {
        byte[] key = LegacyPillarEntry.key(keyIdHash);
        byte[] value = storage.get(key);
        return CommonState.present(value) ? Optional.of(LegacyPillarEntry.decode(key, value)) : Optional.empty();
    }

    /**
     * go-zenon GetPillarsList: pillars in key order (sha3 of the name), optionally only active ones, of one type or
     * of any ({@link PillarInfo#ANY_PILLAR_TYPE}).
     */
    public static List<PillarInfo> pillars(StateReader storage, boolean onlyActive, int pillarType) {
        List<PillarInfo> out = new ArrayList<>();
        for (StateEntry e : storage.entries(new byte[] {(byte) PillarInfo.PREFIX})) {
            if (e.value().length == 0) continue;
            PillarInfo p = PillarInfo.decodeValue(e.value());
            if ((!onlyActive || p.isActive()) && (pillarType == PillarInfo.ANY_PILLAR_TYPE || pillarType == p.pillarType())) out.add(p);
        }
        return out;
    }

    /** go-zenon GetQsrCostForNextPillar: 150 000 QSR + 10 000 QSR per active normal pillar. */
    public static BigInteger qsrCostForNextPillar(StateReader storage) {
        int normal = pillars(storage, true, PillarInfo.NORMAL_PILLAR_TYPE).size();
        return Amounts.PILLAR_QSR_STAKE_INCREASE_AMOUNT.multiply(BigInteger.valueOf(normal)).add(Amounts.PILLAR_QSR_STAKE_BASE_AMOUNT);
    }

    /**
     * go-zenon PillarGetRevokeStatus: whether the pillar is in the revoke window of its current cycle, with the
     * seconds left in that window (when it can be revoked) or until the window opens (when it cannot).
     */
    public record RevokeStatus(boolean canRevoke, long seconds) {}

    public static RevokeStatus revokeStatus(PillarInfo pillar, long now, ContractParameters params) {
        long cycle = params.pillarEpochLockTime() + params.pillarEpochRevokeTime();
        long epochTime = (now - pillar.registrationTime()) % cycle;
        if (epochTime < params.pillarEpochLockTime()) return new RevokeStatus(false, params.pillarEpochLockTime() - epochTime);
        return new RevokeStatus(true, cycle - epochTime);
    }
}
