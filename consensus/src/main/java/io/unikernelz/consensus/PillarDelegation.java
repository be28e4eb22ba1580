package io.unikernelz.consensus;

import io.unikernelz.core.types.Address;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * An active pillar as the election sees it (go-zenon {@code types.PillarDelegation}): its name, the address
 * that signs its momentums, and its weight = sum of the ZNN balances of the addresses delegating to it.
 */
public record PillarDelegation(String name, Address producing, BigInteger weight) {
    /**
     * Heaviest first, equal weights by name in ascending byte order of the UTF-8 encoding, as Go compares
     * strings (go-zenon {@code SortPDByWeight}). Java's {@code String.compareTo} agrees only for names without
     * supplementary characters, hence the explicit byte comparison.
     */
    public static final Comparator<PillarDelegation> BY_WEIGHT =
            Comparator.comparing(PillarDelegation::weight).reversed().thenComparing(PillarDelegation::name, PillarDelegation::compareGoStrings);

    public PillarDelegation {
        Objects.requireNonNull(name, "pillar name");
        Objects.requireNonNull(producing, "producing address of pillar " + name);
        Objects.requireNonNull(weight, "weight of pillar " + name);
        if (weight.signum() < 0) throw new IllegalArgumentException("weight of pillar " + name + " is negative: " + weight);
    }

    /** Go's string order: unsigned comparison of the UTF-8 bytes. */
    public static int compareGoStrings(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
