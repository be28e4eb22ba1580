package io.unikernelz.consensus;

import io.unikernelz.chain.Chain;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.vm.PillarReader;
import io.unikernelz.vm.PillarReaders;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The consensus data contracts read, fixed at a momentum (go-zenon {@code Consensus.FixedPillarReader} and
 * {@code consensus/api.go}). go-zenon fixes only the weights at the momentum and reads points at the live frontier;
 * here every answer is as of the momentum. The two agree on everything the contracts ask (epochs whose end lies
 * before the momentum), and a block executed again later sees exactly what it saw the first time.
 */
public final class ConsensusPillarReaders implements PillarReaders {
    private final ConsensusPoints points;
    private final ChainMomentumView view;

    public ConsensusPillarReaders(ConsensusPoints points) {
        this.points = Objects.requireNonNull(points, "consensus points");
        this.view = new ChainMomentumView(points.chain());
    }

    /** Over {@code chain} and {@code election}, keeping finished points in memory only (tests, tools). */
    public ConsensusPillarReaders(Chain chain, Election election) {
        this(new ConsensusPoints(chain, election, PointStore.inMemory(PointStore.DEFAULT_CAPACITY)));
    }

    /**
     * The reader fixed at {@code momentum}; it is looked up now and must be on the chain.
     *
     * @throws IllegalStateException if the chain has no such momentum
     */
    @Override
    public PillarReader at(HashHeight momentum) {
        Objects.requireNonNull(momentum, "momentum");
        Chain chain = points.chain();
        Momentum m = chain.height() < momentum.height() ? null
                : chain.read(ms -> ms.momentumByHeight(momentum.height())).filter(x -> x.hash().equals(momentum.hash())).orElse(null);
        if (m == null) throw new IllegalStateException("momentum " + momentum + " is not part of the chain");
        return new Fixed(m);
    }

    /** Answers as of one momentum. */
    private final class Fixed implements PillarReader {
        private final Momentum asOf;

        Fixed(Momentum asOf) {
            this.asOf = asOf;
        }

        /**
         * go-zenon {@code GetPillarWeights}: the weights in the point of the last finished election tick (tick 0 while
         * it runs), i.e. the delegations at that tick's proof momentum, for every name in the point.
         */
        @Override
        public Map<String, BigInteger> pillarWeights() {
            long tick = points.election().ticker().toTick(asOf.timestamp());
            long consensusTick = tick == 0 ? 0 : tick - 1;
            ConsensusPoint point = points.periodPoint(consensusTick, asOf)
                    .orElseThrow(() -> new IllegalStateException("election tick " + consensusTick + " has not started at momentum " + asOf.identifier()));
            Map<String, BigInteger> weights = new TreeMap<>(PillarDelegation::compareGoStrings);
            point.pillars().forEach((name, detail) -> weights.put(name, detail.weight()));
            return weights;
        }

        @Override
        public EpochTicker epochTicker() {
            Ticker epochs = points.election().params().epochTicker();
            return new EpochTicker() {
                @Override
                public long startTime(long tick) {
                    return epochs.tickStart(tick);
                }

                @Override
                public long endTime(long tick) {
                    return epochs.tickEnd(tick);
                }

                @Override
                public long toTick(long unixSeconds) {
                    return epochs.toTick(unixSeconds);
                }
            };
        }

        /**
         * go-zenon {@code EpochStats}: produced and expected momentums and averaged weights from the epoch point.
         *
         * @throws IllegalStateException if the epoch has not started at the momentum (go-zenon answers nil, which its
         *     callers cannot use either)
         */
        @Override
        public EpochStats epochStats(long epoch) {
            if (epoch < 0) throw new IllegalArgumentException("epoch must not be negative, got " + epoch);
            ConsensusPoint point = points.epochPoint(epoch, asOf)
                    .orElseThrow(() -> new IllegalStateException("epoch " + epoch + " has not started at momentum " + asOf.identifier()));
            io.unikernelz.consensus.EpochStats stats = io.unikernelz.consensus.EpochStats.of(epoch, point);
            Map<String, EpochPillarStats> pillars = new LinkedHashMap<>();
            stats.pillars().forEach((name, s) -> pillars.put(name, new EpochPillarStats(epoch, s.blockNum(), s.expectedBlockNum(), s.weight(), name)));
            return new EpochStats(epoch, pillars, stats.totalWeight(), stats.totalBlocks());
        }

        /**
         * go-zenon {@code GetPillarDelegationsByEpoch}: per election tick of the epoch, the pillars with their weights and
         * backers at the tick's proof momentum, summed by name and divided, truncating, by the ticks per epoch (not by
         * the ticks a pillar was present in).
         */
        @Override
        public Map<String, PillarDelegationDetail> pillarDelegationsByEpoch(long epoch) {
            if (epoch < 0) throw new IllegalArgumentException("epoch must not be negative, got " + epoch);
            ConsensusParams params = points.election().params();
            ChainTicker chain = points.periodTicker(asOf);
            long multiplier = params.ticksPerEpoch();
            long first = Math.multiplyExact(epoch, multiplier);
            Map<String, io.unikernelz.consensus.PillarDelegationDetail> sums = new LinkedHashMap<>();
            for (long tick = first; tick < first + multiplier; tick++) {
                long t = tick;
                long proofTime = params.proofTime(t);
                Momentum proof = chain.momentumBefore(proofTime).orElseThrow(() -> new IllegalStateException(
                        "no momentum before time " + proofTime + " (proof for election tick " + t + ") at momentum " + asOf.identifier()));
                for (io.unikernelz.consensus.PillarDelegationDetail d : PillarWeights.computeDetailed(view, ChainMomentumView.ref(proof))) {
                    sums.merge(d.name(), d, io.unikernelz.consensus.PillarDelegationDetail::merge);
                }
            }
            Map<String, PillarDelegationDetail> result = new LinkedHashMap<>();
            sums.forEach((name, d) -> {
                io.unikernelz.consensus.PillarDelegationDetail avg = d.reduce(multiplier);
                result.put(name, new PillarDelegationDetail(name, avg.delegation().producing(), avg.weight(), avg.backers()));
            });
            return result;
        }
    }
}
