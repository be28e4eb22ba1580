package io.unikernelz.rpc.api;

import io.unikernelz.consensus.ConsensusParams;
import io.unikernelz.consensus.ConsensusPoint;
import io.unikernelz.consensus.Election;
import io.unikernelz.consensus.EpochStats;
import io.unikernelz.consensus.Points;
import io.unikernelz.consensus.TickMomentum;
import io.unikernelz.consensus.Ticker;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.ledger.MomentumStore;

import java.lang.System.Logger.Level;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consensus figures {@code embedded.pillar.getAll} shows (go-zenon {@code rpc/api/embedded/consensus_cache.go}
 * over {@code consensus/points.go}): each pillar's weight from the period point of the last completed election tick,
 * and produced/expected momentums from the point of the current epoch so far.
 *
 * <p>go-zenon refreshes these in the background every five minutes and serves whatever it had (nothing on the first
 * call); here they are computed for the frontier momentum when asked, then kept until the frontier moves. Period
 * points of finished ticks are cached by tick and reused while their end momentum is unchanged, as go-zenon's points
 * database does. If the figures cannot be computed (no pillars, a gap in the chain), weights and counts read as zero,
 * which is what go-zenon shows when its cache update fails.
 */
final class ConsensusStats {
    private static final System.Logger LOG = System.getLogger(ConsensusStats.class.getName());

    /** Weight per pillar name, and produced/expected momentums per pillar name in the current epoch. */
    record Figures(Map<String, BigInteger> weights, Map<String, EpochStats.PillarStats> epochStats) {
        static final Figures NONE = new Figures(Map.of(), Map.of());

        Figures {
            weights = Map.copyOf(weights);
            epochStats = Map.copyOf(epochStats);
        }
    }

    private record CachedPoint(Hash endHash, ConsensusPoint point) {}

    private final Election election;
    private final Ticker periods;
    private final Ticker epochs;
    private final long ticksPerEpoch;
    private final Map<Long, CachedPoint> finished;
    private Hash cachedFor;
    private Figures cached = Figures.NONE;

    ConsensusStats(Election election) {
        this.election = election;
        ConsensusParams params = election.params();
        this.periods = params.electionTicker();
        this.epochs = params.epochTicker();
        this.ticksPerEpoch = periods.tickMultiplier(epochs);
        long capacity = 2 * ticksPerEpoch;
        this.finished = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, CachedPoint> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The figures as of the frontier of {@code f}. */
    synchronized Figures at(Frontier f) {
        if (f.momentum.hash().equals(cachedFor)) return cached;
        Figures figures;
        try {
            figures = compute(new View(f.store, f.momentum, f.ledger.genesisMomentum()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot compute pillar statistics at momentum " + f.momentum.identifier() + ": " + e.getMessage());
            figures = Figures.NONE;
        }
        cachedFor = f.momentum.hash();
        cached = figures;
        return figures;
    }

    private Figures compute(View v) {
        long tick = periods.toTick(v.frontier.timestamp());
        ConsensusPoint weightsPoint = periodPoint(v, tick == 0 ? 0 : tick - 1);
        Map<String, BigInteger> weights = new HashMap<>();
        weightsPoint.pillars().forEach((name, detail) -> weights.put(name, detail.weight()));

        long epoch = epochs.toTick(v.frontier.timestamp());
        List<ConsensusPoint> parts = new ArrayList<>();
        for (long t = epoch * ticksPerEpoch; t < (epoch + 1) * ticksPerEpoch; t++) {
            if (hasStarted(v, periods, t)) parts.add(periodPoint(v, t));
        }
        ConsensusPoint epochPoint = Points.epoch(parts, endBlock(v, epochs, epoch).hash());
        return new Figures(weights, EpochStats.of(epoch, epochPoint).pillars());
    }

    /** go-zenon periodPoints.GetPoint for a started tick: cached while finished and its end momentum is unchanged. */
    private ConsensusPoint periodPoint(View v, long tick) {
        Momentum end = endBlock(v, periods, tick);
        CachedPoint hit = finished.get(tick);
        if (hit != null && hit.endHash.equals(end.hash())) return hit.point;
        ConsensusPoint point = Points.period(election.byTick(tick), end.hash(), content(v, tick, end));
        if (v.frontier.timestamp() >= periods.tickEnd(tick)) finished.put(tick, new CachedPoint(end.hash(), point));
        return point;
    }

    private static boolean hasStarted(View v, Ticker ticker, long tick) {
        return v.frontier.timestamp() >= ticker.tickStart(tick);
    }

    /** go-zenon chainTicker.GetEndBlock: the last momentum before the tick's end. */
    private static Momentum endBlock(View v, Ticker ticker, long tick) {
        long end = ticker.tickEnd(tick);
        return LedgerApi.momentumBeforeTime(v.store, v.frontier, end)
                .orElseThrow(() -> new IllegalStateException("no momentum before " + end + " (end of tick " + tick + ")"));
    }

    /** go-zenon chainTicker.GetContent: the momentums after the previous tick's end block up to this tick's. */
    private List<TickMomentum> content(View v, long tick, Momentum end) {
        if (end.timestamp() < periods.tickStart(tick)) return List.of();
        Momentum start = tick == 0 ? v.genesis : endBlock(v, periods, tick - 1);
        List<TickMomentum> out = new ArrayList<>();
        for (long h = start.height() + 1; h <= end.height(); h++) {
            long height = h;
            Momentum m = v.store.momentumByHeight(h).orElseThrow(() -> new IllegalStateException("momentum " + height + " is missing"));
            out.add(new TickMomentum(m.hash(), m.previousHash(), m.producer()));
        }
        if (!out.isEmpty() && !out.getLast().hash().equals(end.hash())) {
            throw new IllegalStateException("content of tick " + tick + " does not end at " + end.hash());
        }
        return out;
    }

    private record View(MomentumStore store, Momentum frontier, Momentum genesis) {}

    /** Produced/expected counts of one pillar, zero when it has none this epoch. */
    static long[] counts(Figures figures, String name) {
        EpochStats.PillarStats s = figures.epochStats().get(name);
        return s == null ? new long[] {0, 0} : new long[] {s.blockNum(), s.expectedBlockNum()};
    }

    /** The pillar's weight; zero for a pillar without one (go-zenon keeps the zero it started from). */
    static BigInteger weight(Figures figures, String name) {
        return figures.weights().getOrDefault(name, BigInteger.ZERO);
    }
}
