package io.unikernelz.consensus;

/**
 * Splits time into fixed-length ticks counted from a start time (go-zenon {@code common.Ticker}).
 * Times are whole Unix seconds, as momentum timestamps are. Tick t covers
 * {@code [start + t*interval, start + (t+1)*interval)}: the end is exclusive.
 *
 * @param startTime   Unix seconds at which tick 0 starts
 * @param intervalSec tick length in seconds, positive
 */
public record Ticker(long startTime, long intervalSec) {
    public Ticker {
        if (intervalSec <= 0) throw new IllegalArgumentException("ticker interval must be positive, got " + intervalSec + " s");
        if (startTime < 0) throw new IllegalArgumentException("ticker start time must not be negative, got " + startTime);
    }

    /**
     * The tick containing {@code time}. go-zenon converts negative offsets to huge unsigned ticks; such
     * times are meaningless for consensus, so they are rejected here instead.
     */
    public long toTick(long time) {
        if (time < startTime) {
            throw new IllegalArgumentException("time " + time + " is before the ticker start " + startTime);
        }
        return (time - startTime) / intervalSec;
    }

    /** Inclusive start of {@code tick}. */
    public long tickStart(long tick) {
        checkTick(tick);
        return Math.addExact(startTime, Math.multiplyExact(tick, intervalSec));
    }

    /** Exclusive end of {@code tick}, which is the start of the next one. */
    public long tickEnd(long tick) {
        checkTick(tick);
        return Math.addExact(tickStart(tick), intervalSec);
    }

    /**
     * How many of this ticker's ticks make one tick of {@code bigger} (go-zenon {@code TickMultiplier});
     * both must start together and the bigger interval must be a whole multiple of this one.
     */
    public long tickMultiplier(Ticker bigger) {
        if (bigger.startTime != startTime) {
            throw new IllegalArgumentException("tickers start at different times (" + startTime + " vs " + bigger.startTime + ")");
        }
        if (bigger.intervalSec < intervalSec) {
            throw new IllegalArgumentException("ticker of " + bigger.intervalSec + " s is shorter than " + intervalSec + " s");
        }
        if (bigger.intervalSec % intervalSec != 0) {
            throw new IllegalArgumentException(bigger.intervalSec + " s is not a whole multiple of " + intervalSec + " s");
        }
        return bigger.intervalSec / intervalSec;
    }

    private static void checkTick(long tick) {
        if (tick < 0) throw new IllegalArgumentException("tick must not be negative, got " + tick);
    }
}
