package io.unikernelz.consensus;

import io.unikernelz.chain.Chain;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.store.ledger.MomentumStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Ticker} bound to the chain as it stood at one momentum, the "frontier" of this ticker (go-zenon
 * {@code consensus/chain_ticker.go}, which always uses the live frontier). Fixing the frontier makes every answer
 * reproducible: a block executed again later sees the same ticks as when it was first executed.
 *
 * <p>Momentums up to the frontier never change (the chain only grows), so they are read from the current snapshot of
 * the chain, bounded by the frontier's height; the frontier itself is checked to still be on the chain.
 */
public final class ChainTicker {
    private final Chain chain;
    private final Ticker ticker;
    private final Momentum frontier;

    /**
     * @param frontier the momentum as of which ticks are seen; must be on {@code chain}
     */
    public ChainTicker(Chain chain, Ticker ticker, Momentum frontier) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.frontier = Objects.requireNonNull(frontier, "frontier momentum");
    }

    /** Bound to the chain's current frontier momentum. */
    public static ChainTicker atFrontier(Chain chain, Ticker ticker) {
        return new ChainTicker(chain, ticker, chain.frontierMomentum());
    }

    public Ticker ticker() {
        return ticker;
    }

    public Momentum frontier() {
        return frontier;
    }

    /** Whether the frontier has reached the start of {@code tick}. */
    public boolean hasStarted(long tick) {
        return frontier.timestamp() >= ticker.tickStart(tick);
    }

    /** Whether the frontier has reached the (exclusive) end of {@code tick}, so no later momentum can join it. */
    public boolean isFinished(long tick) {
        return frontier.timestamp() >= ticker.tickEnd(tick);
    }

    /**
     * The last momentum before the end of {@code tick}, up to the frontier (go-zenon {@code GetEndBlock}). For a tick
     * without momentums this is the end block of an earlier tick; for an unfinished tick it is the frontier.
     */
    public Momentum endBlock(long tick) {
        long end = ticker.tickEnd(tick);
        return momentumBefore(end).orElseThrow(() -> new IllegalStateException(
                "no momentum before the end " + end + " of tick " + tick + " (chain frontier " + frontier.identifier() + ")"));
    }

    /**
     * The momentums of {@code tick} in height order (go-zenon {@code GetContent}): those after the end block of the
     * previous tick (after genesis for tick 0) up to this tick's end block; empty when no momentum falls in the tick.
     */
    public List<TickMomentum> content(long tick) {
        Momentum end = endBlock(tick);
        if (end.timestamp() < ticker.tickStart(tick)) return List.of();
        long startHeight = tick == 0 ? chain.genesisMomentum().height() : endBlock(tick - 1).height();
        if (startHeight >= end.height()) return List.of();
        return chain.read(ms -> {
            requireFrontier(ms);
            List<TickMomentum> out = new ArrayList<>((int) (end.height() - startHeight));
            for (long h = startHeight + 1; h <= end.height(); h++) {
                Momentum m = momentumAt(ms, h);
                out.add(new TickMomentum(m.hash(), m.previousHash(), m.producer()));
            }
            if (!out.getLast().hash().equals(end.hash())) {
                throw new IllegalStateException("content of tick " + tick + " ends at " + out.getLast().hash() + ", expected the end block " + end.hash());
            }
            return out;
        });
    }

    /**
     * The highest momentum up to the frontier whose timestamp is strictly before {@code unixSeconds} (go-zenon
     * {@code GetMomentumBeforeTime} on the frontier's store); empty when not even genesis is.
     */
    public Optional<Momentum> momentumBefore(long unixSeconds) {
        // Timestamps grow with height, so the frontier answers every time after it without a lookup.
        if (frontier.timestamp() < unixSeconds) return Optional.of(frontier);
        return chain.read(ms -> {
            requireFrontier(ms);
            long lo = 1;
            long hi = frontier.height() - 1;
            Momentum best = null;
            while (lo <= hi) {
                long mid = (lo + hi) >>> 1;
                Momentum m = momentumAt(ms, mid);
                if (m.timestamp() < unixSeconds) {
                    best = m;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return Optional.ofNullable(best);
        });
    }

    private void requireFrontier(MomentumStore ms) {
        Optional<Momentum> atHeight = ms.momentumByHeight(frontier.height());
        if (atHeight.isEmpty() || !atHeight.get().hash().equals(frontier.hash())) {
            throw new IllegalStateException("momentum " + frontier.identifier() + " is no longer part of the chain");
        }
    }

    private static Momentum momentumAt(MomentumStore ms, long height) {
        return ms.momentumByHeight(height).orElseThrow(() -> new IllegalStateException("momentum at height " + height + " is missing from the chain"));
    }
}
