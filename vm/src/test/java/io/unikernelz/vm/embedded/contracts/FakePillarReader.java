package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.vm.PillarReader;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/** Consensus data given by the test: epochs of fixed length from genesis, statistics and delegations per epoch. */
final class FakePillarReader implements PillarReader {
    private final long genesis;
    private final long epochSeconds;
    final Map<Long, EpochStats> stats = new HashMap<>();
    final Map<Long, Map<String, PillarDelegationDetail>> delegations = new HashMap<>();

    FakePillarReader(long genesis, long epochSeconds) {
        this.genesis = genesis;
        this.epochSeconds = epochSeconds;
    }

    @Override
    public Map<String, BigInteger> pillarWeights() {
        return Map.of();
    }

    @Override
    public EpochTicker epochTicker() {
        return new EpochTicker() {
            @Override
            public long startTime(long tick) {
                return genesis + tick * epochSeconds;
            }

            @Override
            public long endTime(long tick) {
                return startTime(tick) + epochSeconds;
            }

            @Override
            public long toTick(long unixSeconds) {
                return (unixSeconds - genesis) / epochSeconds;
            }
        };
    }

    @Override
    public EpochStats epochStats(long epoch) {
        EpochStats s = stats.get(epoch);
        if (s == null) throw new IllegalStateException("test gave no statistics for epoch " + epoch);
        return s;
    }

    @Override
    public Map<String, PillarDelegationDetail> pillarDelegationsByEpoch(long epoch) {
        return delegations.getOrDefault(epoch, Map.of());
    }
}
