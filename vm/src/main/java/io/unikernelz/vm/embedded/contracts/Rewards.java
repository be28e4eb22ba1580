package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.vm.PillarReader;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The network's emission schedule and the reward formulas of the pillar, sentinel and stake contracts (go-zenon
 * vm/constants/embedded.go and implementation/{pillars,sentinel,stake}.go). Pure functions; every division truncates,
 * in the same order as go-zenon, because the results are stored on chain.
 */
public final class Rewards {
    /** go-zenon MomentumsPerEpoch: 24 hours of 10-second momentums, the divisor of the per-momentum pillar rewards. */
    public static final long MOMENTUMS_PER_EPOCH = 8640;
    /** Rewards change every 30 epochs (RewardTickDurationInEpochs). */
    public static final long REWARD_TICK_DURATION_IN_EPOCHS = 30;
    /**
     * ZNN emitted per epoch by tick: {@code k × 8640 / 6 × 10^8}. go-zenon evaluates these once at start-up with
     * 8640 momentums per epoch.
     */
    private static final long[] ZNN_PER_EPOCH = perEpoch(new long[] {10, 6, 5, 7, 5, 4, 7, 4, 3, 7, 3}, 8640, 6);
    private static final long[] QSR_PER_EPOCH = perEpoch(new long[] {20000, 20000, 20000, 20000, 15000, 15000, 15000, 5000}, 1, 1);

    public static final long DELEGATION_ZNN_PERCENTAGE = 24;
    public static final long MOMENTUM_PRODUCING_ZNN_PERCENTAGE = 50;
    public static final long SENTINEL_ZNN_PERCENTAGE = 13;
    public static final long LIQUIDITY_ZNN_PERCENTAGE = 13;
    public static final long STAKING_QSR_PERCENTAGE = 50;
    public static final long SENTINEL_QSR_PERCENTAGE = 25;
    public static final long LIQUIDITY_QSR_PERCENTAGE = 25;

    private Rewards() {}

    private static long[] perEpoch(long[] factors, long multiplier, long divisor) {
        long[] out = new long[factors.length];
        for (int i = 0; i < factors.length; i++) out[i] = factors[i] * multiplier / divisor * Amounts.DECIMALS;
        return out;
    }

    private static long byTick(long[] table, long epoch) {
        long tick = Long.divideUnsigned(epoch, REWARD_TICK_DURATION_IN_EPOCHS);
        return Long.compareUnsigned(tick, table.length) >= 0 ? table[table.length - 1] : table[(int) tick];
    }

    /** ZNN emitted in {@code epoch} (NetworkZnnRewardPerEpoch); epochs are unsigned. */
    public static long znnPerEpoch(long epoch) {
        return byTick(ZNN_PER_EPOCH, epoch);
    }

    /** QSR emitted in {@code epoch} (NetworkQsrRewardPerEpoch). */
    public static long qsrPerEpoch(long epoch) {
        return byTick(QSR_PER_EPOCH, epoch);
    }

    /** Per-momentum pillar rewards (PillarRewardPerMomentum). */
    public record PerMomentum(BigInteger delegation, BigInteger producing) {}

    public static PerMomentum pillarRewardPerMomentum(long epoch, long momentumsPerEpoch) {
        long znn = znnPerEpoch(epoch);
        return new PerMomentum(BigInteger.valueOf(znn * DELEGATION_ZNN_PERCENTAGE / 100 / momentumsPerEpoch),
                BigInteger.valueOf(znn * MOMENTUM_PRODUCING_ZNN_PERCENTAGE / 100 / momentumsPerEpoch));
    }

    /** A ZNN/QSR pair of amounts. */
    public record ZnnQsr(BigInteger znn, BigInteger qsr) {}

    /** Sentinel share of an epoch (SentinelRewardForEpoch). */
    public static ZnnQsr sentinelRewardForEpoch(long epoch) {
        return new ZnnQsr(BigInteger.valueOf(znnPerEpoch(epoch) * SENTINEL_ZNN_PERCENTAGE / 100),
                BigInteger.valueOf(qsrPerEpoch(epoch) * SENTINEL_QSR_PERCENTAGE / 100));
    }

    /** Liquidity share of an epoch (LiquidityRewardForEpoch). */
    public static ZnnQsr liquidityRewardForEpoch(long epoch) {
        return new ZnnQsr(BigInteger.valueOf(znnPerEpoch(epoch) * LIQUIDITY_ZNN_PERCENTAGE / 100),
                BigInteger.valueOf(qsrPerEpoch(epoch) * LIQUIDITY_QSR_PERCENTAGE / 100));
    }

    /** Staking share of an epoch's QSR (StakeQsrRewardPerEpoch). */
    public static BigInteger stakeQsrRewardPerEpoch(long epoch) {
        return BigInteger.valueOf(qsrPerEpoch(epoch) * STAKING_QSR_PERCENTAGE / 100);
    }

    // ---- pillars

    /**
     * One pillar's raw reward for one epoch (go-zenon pillarEpochReward). The counters are int32 in go-zenon
     * (converted from uint64 with wrap-around), and they are stored that way in the pillar's epoch history.
     */
    public record PillarEpochReward(BigInteger delegationReward, BigInteger blockReward, BigInteger totalReward,
                                    int producedBlockNum, int expectedBlockNum, BigInteger weight) {
        public PillarEpochReward {
            Objects.requireNonNull(delegationReward, "delegationReward");
            Objects.requireNonNull(blockReward, "blockReward");
            Objects.requireNonNull(totalReward, "totalReward");
            Objects.requireNonNull(weight, "weight");
        }
    }

    /**
     * go-zenon computePillarRewardForEpoch: {@code delegation = perMomentumDelegation × produced × weight ×
     * totalExpected / expected / totalWeight} (0 when the total weight is 0), {@code block = perMomentumProducing ×
     * produced}. A pillar expected to produce nothing gets nothing, with zero counters.
     *
     * @throws IllegalArgumentException if {@code name} has no statistics in {@code stats}
     */
    public static PillarEpochReward pillarRewardForEpoch(PillarReader.EpochStats stats, String name, long momentumsPerEpoch) {
        PillarReader.EpochPillarStats self = stats.pillars().get(name);
        if (self == null) throw new IllegalArgumentException("epoch " + stats.epoch() + " has no statistics for pillar " + name);
        if (self.expectedBlockNum() == 0) {
            return new PillarEpochReward(BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, 0, 0, self.weight());
        }
        BigInteger totalExpected = BigInteger.ZERO;
        for (PillarReader.EpochPillarStats s : stats.pillars().values()) totalExpected = totalExpected.add(unsigned(s.expectedBlockNum()));
        // go-zenon sums into a uint64
        totalExpected = totalExpected.mod(BigInteger.ONE.shiftLeft(64));

        PerMomentum perMomentum = pillarRewardPerMomentum(stats.epoch(), momentumsPerEpoch);
        BigInteger produced = unsigned(self.blockNum());
        BigInteger delegation = BigInteger.ZERO;
        if (stats.totalWeight().signum() != 0) {
            delegation = perMomentum.delegation().multiply(produced).multiply(self.weight()).multiply(totalExpected)
                    .divide(unsigned(self.expectedBlockNum())).divide(stats.totalWeight());
        }
        BigInteger block = perMomentum.producing().multiply(produced);
        return new PillarEpochReward(delegation, block, block.add(delegation), (int) self.blockNum(), (int) self.expectedBlockNum(),
                self.weight());
    }

    /**
     * What a pillar hands to its delegators out of its epoch reward: {@code (giveBlock% × block + giveDelegate% ×
     * delegation) / 100}; the pillar keeps the rest.
     */
    public static BigInteger pillarShareToDelegators(PillarEpochReward reward, int giveBlockRewardPercentage,
                                                     int giveDelegateRewardPercentage) {
        return BigInteger.valueOf(giveBlockRewardPercentage).multiply(reward.blockReward())
                .add(BigInteger.valueOf(giveDelegateRewardPercentage).multiply(reward.delegationReward()))
                .divide(BigInteger.valueOf(100));
    }

    /** {@code total × part / whole}, truncated: a delegator's (or sentinel's, staker's) pro-rata share. */
    public static BigInteger proRata(BigInteger total, BigInteger part, BigInteger whole) {
        return total.multiply(part).divide(whole);
    }

    // ---- sentinels and stakes

    /**
     * 1 if the sentinel was registered (and not revoked) for more than 90 % of the epoch {@code [start, end)}, else
     * 0 (go-zenon getWeightedSentinel).
     */
    public static BigInteger sentinelWeight(long registrationTimestamp, long revokeTimestamp, long epochStart, long epochEnd) {
        long duration = epochEnd - epochStart;
        long start = Math.max(epochStart, registrationTimestamp);
        long end = revokeTimestamp != 0 ? Math.min(epochEnd, revokeTimestamp) : epochEnd;
        if (start >= end) return BigInteger.ZERO;
        return duration * 90 < (end - start) * 100 ? BigInteger.ONE : BigInteger.ZERO;
    }

    /** Weighted amount × seconds the stake was active within {@code [epochStart, epochEnd)} (go-zenon getWeightedStake). */
    public static BigInteger stakeWeight(BigInteger weightedAmount, long startTime, long revokeTime, long epochStart, long epochEnd) {
        long start = Math.max(epochStart, startTime);
        long end = revokeTime != 0 ? Math.min(epochEnd, revokeTime) : epochEnd;
        if (start >= end) return BigInteger.ZERO;
        return BigInteger.valueOf(end - start).multiply(weightedAmount);
    }

    /** {@code amount × (9 + seconds / unit) / 10}: 1 unit counts 100 %, 12 units 210 % (go-zenon getWeightedStakeAmount). */
    public static BigInteger weightedStakeAmount(BigInteger amount, long stakingSeconds, long stakeTimeUnitSec) {
        return BigInteger.valueOf(9 + stakingSeconds / stakeTimeUnitSec).multiply(amount).divide(BigInteger.TEN);
    }

    static BigInteger unsigned(long v) {
        return v >= 0 ? BigInteger.valueOf(v) : BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64));
    }
}
