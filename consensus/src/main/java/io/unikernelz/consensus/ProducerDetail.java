package io.unikernelz.consensus;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One pillar's line in a consensus point (go-zenon {@code storage.ProducerDetail}).
 *
 * @param expectedNum slots the pillar was elected for (unsigned 32-bit)
 * @param factualNum  momentums it actually produced (unsigned 32-bit)
 * @param weight      its delegation weight (summed, or averaged in an epoch point)
 */
public record ProducerDetail(long expectedNum, long factualNum, BigInteger weight) {
    private static final long UINT32_MAX = 0xFFFF_FFFFL;
    public static final ProducerDetail ZERO = new ProducerDetail(0, 0, BigInteger.ZERO);

    public ProducerDetail {
        checkCount("expected", expectedNum);
        checkCount("factual", factualNum);
        Objects.requireNonNull(weight, "weight");
        if (weight.signum() < 0) throw new IllegalArgumentException("producer weight must not be negative, got " + weight);
    }

    private static void checkCount(String what, long value) {
        // go-zenon keeps these as uint32; an epoch holds at most a few thousand slots, so overflow means a bug.
        if (value < 0 || value > UINT32_MAX) throw new IllegalArgumentException(what + " momentum count out of uint32 range: " + value);
    }

    /** Adds counts and weight (go-zenon {@code Merge}). */
    public ProducerDetail merge(ProducerDetail other) {
        return new ProducerDetail(expectedNum + other.expectedNum, factualNum + other.factualNum, weight.add(other.weight));
    }

    /** Adds to the counts only (go-zenon {@code AddNum}). */
    public ProducerDetail addNum(long expected, long factual) {
        return new ProducerDetail(expectedNum + expected, factualNum + factual, weight);
    }

    public ProducerDetail addWeight(BigInteger extra) {
        return new ProducerDetail(expectedNum, factualNum, weight.add(extra));
    }

    public ProducerDetail withWeight(BigInteger newWeight) {
        return new ProducerDetail(expectedNum, factualNum, newWeight);
    }
}
