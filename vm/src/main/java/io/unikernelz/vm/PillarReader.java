package io.unikernelz.vm;

import io.unikernelz.core.types.Address;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;

/**
 * Consensus data a contract may read, fixed at the block's acknowledged momentum (go-zenon consensus/api.PillarReader,
 * obtained through {@code FixedPillarReader}). Implemented by the consensus module; the pillar, sentinel, stake,
 * liquidity and swap contracts use it for epoch boundaries and reward statistics.
 */
public interface PillarReader {
    /** Delegation weight per active pillar name. */
    Map<String, BigInteger> pillarWeights();

    /** The 24-hour epoch ticker starting at genesis. */
    EpochTicker epochTicker();

    /** Production statistics of a finished epoch. */
    EpochStats epochStats(long epoch);

    /** Per pillar name, the epoch-average delegations (weight and backers). */
    Map<String, PillarDelegationDetail> pillarDelegationsByEpoch(long epoch);

    /** Converts between Unix seconds and tick numbers (go-zenon common.Ticker); a tick is [start, end). */
    interface EpochTicker {
        long startTime(long tick);

        long endTime(long tick);

        /** The tick holding {@code unixSeconds} (not before genesis). */
        long toTick(long unixSeconds);
    }

    /** go-zenon api.EpochPillarStats. */
    record EpochPillarStats(long epoch, long blockNum, long expectedBlockNum, BigInteger weight, String name) {
        public EpochPillarStats {
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(name, "name");
        }
    }

    /** go-zenon api.EpochStats. */
    record EpochStats(long epoch, Map<String, EpochPillarStats> pillars, BigInteger totalWeight, long totalBlocks) {
        public EpochStats {
            pillars = Map.copyOf(pillars);
            Objects.requireNonNull(totalWeight, "totalWeight");
        }
    }

    /** go-zenon types.PillarDelegationDetail. */
    record PillarDelegationDetail(String name, Address producing, BigInteger weight, Map<Address, BigInteger> backers) {
        public PillarDelegationDetail {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(producing, "producing");
            Objects.requireNonNull(weight, "weight");
            backers = Map.copyOf(backers);
        }
    }
}
