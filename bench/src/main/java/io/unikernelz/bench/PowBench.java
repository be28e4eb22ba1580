package io.unikernelz.bench;

import io.unikernelz.core.pow.NonceSearch;
import io.unikernelz.core.pow.Pow;
import io.unikernelz.core.types.Hash;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Proof-of-work attempts: one attempt is SHA3-256(nonce || powData) and a threshold compare. Measured per thread
 * (one core) and with one thread per core, plus the node's multi-threaded {@link NonceSearch} end to end, and the
 * SIMD candidate {@link VectorPowHasher} (runs need {@code --add-modules jdk.incubator.vector}, which BenchMain passes).
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PowBench {
    /** Expected attempts per search: a nonce meets difficulty d with probability about 1/d. */
    public static final long SEARCH_DIFFICULTY = 1L << 21;

    /** Attempts per invocation of the vector benchmarks: a multiple of every SIMD width (2, 4 or 8 lanes). */
    public static final int VECTOR_BATCH = 8;

    private Hash powData;
    private long nonce;
    private VectorPowHasher vector;
    private long[] lanes;
    private long[] out;

    @Setup
    public void load() {
        powData = BenchData.powData();
        nonce = System.nanoTime(); // any start; each thread walks its own nonces
        if (BenchMain.vectorApi() && VectorPowHasher.lanes() <= VECTOR_BATCH) {
            vector = new VectorPowHasher(powData);
            lanes = new long[VECTOR_BATCH];
            out = new long[VectorPowHasher.lanes()];
        }
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

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OperationsPerInvocation(VECTOR_BATCH)
    @Threads(1)
    public long powAttemptVectorOneThread() {
        return vectorBatch();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OperationsPerInvocation(VECTOR_BATCH)
    @Threads(Threads.MAX)
    public long powAttemptVectorAllCores() {
        return vectorBatch();
    }

    /** {@link #VECTOR_BATCH} attempts on the SIMD hasher; the xor of the results keeps them alive. */
    long vectorBatch() {
        if (vector == null) throw new IllegalStateException("run with --add-modules jdk.incubator.vector");
        for (int i = 0; i < VECTOR_BATCH; i++) lanes[i] = nonce++;
        long acc = 0;
        int width = VectorPowHasher.lanes();
        for (int from = 0; from < VECTOR_BATCH; from += width) {
            vector.hash(lanes, from, out);
            for (long v : out) acc ^= v;
        }
        return acc;
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
