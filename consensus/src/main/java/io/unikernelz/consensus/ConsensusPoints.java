package io.unikernelz.consensus;

import io.unikernelz.chain.Chain;
import io.unikernelz.core.nom.Momentum;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Period and epoch points read from the chain as of a given momentum (go-zenon {@code consensus/points.go},
 * {@code periodPoints} and {@code compoundPoints}). A point is computed on demand; once its tick is finished it goes
 * into the {@link PointStore}, and a stored point is used only while its end hash still names the tick's end block.
 *
 * <p>Thread-safe if the store is; concurrent misses may compute the same point twice, which is harmless.
 */
public final class ConsensusPoints {
    private final Chain chain;
    private final Election election;
    private final PointStore store;
    private final Ticker periods;
    private final Ticker epochs;
    private final long periodsPerEpoch;

    public ConsensusPoints(Chain chain, Election election, PointStore store) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.election = Objects.requireNonNull(election, "election");
        this.store = Objects.requireNonNull(store, "point store");
        this.periods = election.params().electionTicker();
        this.epochs = election.params().epochTicker();
        this.periodsPerEpoch = periods.tickMultiplier(epochs);
        if (chain.genesisMomentum().timestamp() != periods.startTime()) {
            throw new IllegalArgumentException("consensus genesis time " + periods.startTime() + " differs from the chain's genesis momentum time "
                    + chain.genesisMomentum().timestamp());
        }
    }

    public Chain chain() {
        return chain;
    }

    public Election election() {
        return election;
    }

    /** The election ticker bound to the chain as of {@code asOf}. */
    public ChainTicker periodTicker(Momentum asOf) {
        return new ChainTicker(chain, periods, asOf);
    }

    /** The epoch ticker bound to the chain as of {@code asOf}. */
    public ChainTicker epochTicker(Momentum asOf) {
        return new ChainTicker(chain, epochs, asOf);
    }

    /**
     * The point of election tick {@code tick} as of momentum {@code asOf}; empty when the tick has not started by then
     * (go-zenon returns nil for future points).
     */
    public Optional<ConsensusPoint> periodPoint(long tick, Momentum asOf) {
        ChainTicker ticker = periodTicker(asOf);
        if (!ticker.hasStarted(tick)) return Optional.empty();
        Momentum end = ticker.endBlock(tick);
        Optional<ConsensusPoint> stored = store.get(PointStore.Kind.PERIOD, tick);
        if (stored.isPresent() && stored.get().endHash().equals(end.hash())) return stored;

        ConsensusPoint point = Points.period(election.byTick(tick), end.hash(), ticker.content(tick));
        // An unfinished tick may still gain momentums; its point is never kept. A finished one overwrites whatever
        // stale point (other end hash) was stored.
        if (ticker.isFinished(tick)) store.put(PointStore.Kind.PERIOD, tick, point);
        return Optional.of(point);
    }

    /**
     * The point of {@code epoch} as of momentum {@code asOf}: its started period points merged, weights averaged over
     * their number (go-zenon {@code generatePointFromLower}); empty when the epoch has not started by then.
     */
    public Optional<ConsensusPoint> epochPoint(long epoch, Momentum asOf) {
        ChainTicker ticker = epochTicker(asOf);
        if (!ticker.hasStarted(epoch)) return Optional.empty();
        Momentum end = ticker.endBlock(epoch);
        Optional<ConsensusPoint> stored = store.get(PointStore.Kind.EPOCH, epoch);
        if (stored.isPresent() && stored.get().endHash().equals(end.hash())) return stored;

        long first = Math.multiplyExact(epoch, periodsPerEpoch);
        List<ConsensusPoint> present = new ArrayList<>();
        for (long tick = first; tick < first + periodsPerEpoch; tick++) {
            Optional<ConsensusPoint> period = periodPoint(tick, asOf);
            if (period.isEmpty()) break; // this and all later ticks are still in the future
            present.add(period.get());
        }
        ConsensusPoint point = Points.epoch(present, end.hash());
        if (ticker.isFinished(epoch)) store.put(PointStore.Kind.EPOCH, epoch, point);
        return Optional.of(point);
    }
}
