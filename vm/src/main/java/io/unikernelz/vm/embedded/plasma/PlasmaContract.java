package io.unikernelz.vm.embedded.plasma;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.embedded.GoFormat;
import io.unikernelz.vm.embedded.definition.FusedAmount;
import io.unikernelz.vm.embedded.definition.FusionInfo;
import java.math.BigInteger;
import java.util.Optional;

/** Plasma contract state access and constants shared by its methods (go-zenon definition/plasma.go, constants). */
public final class PlasmaContract {
    /** Smallest fusion: 10 QSR (FuseMinAmount). */
    public static final BigInteger FUSE_MIN_AMOUNT = BigInteger.valueOf(10 * 100_000_000L);
    /** Fusions must be whole QSR (CostPerFusionUnit). */
    public static final BigInteger FUSION_UNIT = BigInteger.valueOf(100_000_000L);

    private PlasmaContract() {}

    /** The fusion entry, if stored (go-zenon GetFusionInfo; empty data counts as absent). */
    public static Optional<FusionInfo> fusionInfo(StateReader storage, Address owner, Hash id) {
        byte[] key = FusionInfo.key(owner, id);
        byte[] value = storage.get(key);
        if (value == null || value.length == 0) return Optional.empty();
        return Optional.of(FusionInfo.decode(key, value));
    }

    /** QSR fused for {@code beneficiary}; zero when nothing is stored (go-zenon GetFusedAmount). */
    public static FusedAmount fusedAmount(StateReader storage, Address beneficiary) {
        byte[] key = FusedAmount.key(beneficiary);
        byte[] value = storage.get(key);
        if (value == null || value.length == 0) return FusedAmount.empty(beneficiary);
        return FusedAmount.decode(key, value);
    }

    /** Rejects with {@code ErrInvalidTokenOrAmount}. */
    static RuntimeException invalidTokenOrAmount() {
        return VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
    }

    /** FusionInfo as go-zenon's {@code %+v} prints it. */
    static String format(FusionInfo f) {
        return GoFormat.struct("Owner", f.owner(), "Id", f.id(), "Amount", GoFormat.signed(f.amount()),
                "ExpirationHeight", Long.toUnsignedString(f.expirationHeight()), "Beneficiary", f.beneficiary());
    }

    /** FusedAmount as go-zenon's {@code %+v} prints it. */
    static String format(FusedAmount f) {
        return GoFormat.struct("Beneficiary", f.beneficiary(), "Amount", GoFormat.signed(f.amount()));
    }
}
