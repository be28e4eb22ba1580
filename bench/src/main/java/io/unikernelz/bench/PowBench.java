package io.unikernelz.bench;

import io.unikernelz.core.pow.NonceSearch;
import io.unikernelz.core.pow.Pow;
import io.unikernelz.core.types.Hash;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Proof-of-work attempts: one attempt is SHA3-256(nonce || powData) and a threshold compare. Measured per thread
 * (one core) and with one thread per core, plus the node's multi-threaded {@link NonceSearch} end to end.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PowBench {
    /** Expected attempts per search: a nonce meets difficulty d with probability about 1/d. */
    public static final long SEARCH_DIFFICULTY = 1L << 21;

    private Hash powData;
    private long nonce;

    @Setup
    public void load() {
        powData = BenchData.powData();
        nonce = System.nanoTime(); // any start; each thread walks its own nonces
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @Threads(1)
    public long powAttemptOneThread() {
        return Pow.hashWithNonce(powData, nonce++);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @Threads(Threads.MAX)
    public long powAttemptAllCores() {
        return Pow.hashWithNonce(powData, nonce++);
    }

    /** Time for NonceSearch (all cores) to find a nonce at {@link #SEARCH_DIFFICULTY}; attempts/s = difficulty / time. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public OptionalLong nonceSearchAllCores() {
        return NonceSearch.find(powData, SEARCH_DIFFICULTY, () -> false);
    }
}
