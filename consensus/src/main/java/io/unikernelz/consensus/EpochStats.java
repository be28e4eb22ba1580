package io.unikernelz.consensus;

import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Production statistics of one epoch as the pillar reward formula reads them (go-zenon {@code api.EpochStats}).
 *
 * @param epoch       epoch number
 * @param pillars     pillar name → its statistics
 * @param totalWeight the epoch point's total (averaged) weight
 * @param totalBlocks momentums produced in the epoch by all pillars
 */
public record EpochStats(long epoch, Map<String, PillarStats> pillars, BigInteger totalWeight, long totalBlocks) {
    /** One pillar's line: produced and expected momentums and averaged weight. */
    public record PillarStats(String name, long blockNum, long expectedBlockNum, BigInteger weight) {
        public PillarStats {
            Objects.requireNonNull(name, "pillar name");
            Objects.requireNonNull(weight, "weight of " + name);
        }
    }

    public EpochStats {
        Objects.requireNonNull(totalWeight, "total weight");
        pillars = Collections.unmodifiableSortedMap(new TreeMap<>(pillars));
    }

    /** Reads the statistics out of an epoch point (go-zenon {@code API.EpochStats}). */
    public static EpochStats of(long epoch, ConsensusPoint point) {
        TreeMap<String, PillarStats> stats = new TreeMap<>();
        long total = 0;
        for (Map.Entry<String, ProducerDetail> e : point.pillars().entrySet()) {
            ProducerDetail d = e.getValue();
            stats.put(e.getKey(), new PillarStats(e.getKey(), d.factualNum(), d.expectedNum(), d.weight()));
            total += d.factualNum();
        }
        return new EpochStats(epoch, stats, point.totalWeight(), total);
    }
}
