package io.unikernelz.bench;

import io.unikernelz.core.crypto.Ed25519;
import io.unikernelz.core.crypto.Ed25519Verifier;
import io.unikernelz.core.crypto.SodiumEd25519;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Pow;
import io.unikernelz.core.types.Hash;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * {@code bench --cpu}: the single-thread operations timed by the CPU time of the measuring thread instead of the wall
 * clock, so that the per-core figure does not depend on what else the machine runs (the Go side reports the same
 * {@code cpu-ns/op}). Outside JMH on purpose: JMH measures wall time only.
 */
final class CpuTimeRun {
    /**
     * One operation, or {@code perCall} of them per call; the argument varies per call (a nonce) and the result is
     * consumed so the JIT cannot drop it.
     */
    record Op(String id, String label, int perCall, LongUnaryOperator body) {
        Op(String id, String label, LongUnaryOperator body) {
            this(id, label, 1, body);
        }
    }

    record Measured(Op op, long operations, long cpuNanos) {
        double perCpuSecond() {
            return operations * 1e9 / cpuNanos;
        }

        double cpuNanosPerOp() {
            return (double) cpuNanos / operations;
        }
    }

    private static final long WARMUP_NANOS = 2_000_000_000L;
    private static final long MEASURE_CPU_NANOS = 3_000_000_000L;

    private CpuTimeRun() {}

    static List<Op> ops() {
        AccountBlock block = BenchData.firstBlock();
        byte[] pk = block.publicKey();
        byte[] msg = block.hash().bytes();
        byte[] sig = block.signature();
        Hash powData = BenchData.powData();
        List<Op> ops = new ArrayList<>();
        ops.add(new Op("block.hash", "account block hash (computeHash)", n -> block.computeHash().rawBytes()[0]));
        ops.add(new Op("ed25519.node", "Ed25519 verify, node path", n -> Ed25519.verify(pk, msg, sig) ? 1 : 0));
        if (SodiumEd25519.available()) {
            ops.add(new Op("ed25519.libsodium", "Ed25519 verify, libsodium via FFM", n -> SodiumEd25519.verify(pk, msg, sig) ? 1 : 0));
        }
        Ed25519Verifier chainVerifier = Ed25519Verifier.forNode();
        List<BenchData.Signed> rotating = rotatingSigners();
        ops.add(new Op("ed25519.warm", "Ed25519 verify, chain verifier, 30 signers", n -> {
            BenchData.Signed s = rotating.get((int) (n % rotating.size()));
            return chainVerifier.verify(s.publicKey(), s.message(), s.signature()) ? 1 : 0;
        }));
        ops.add(new Op("ed25519.java", "Ed25519 verify, Java Go-rules, no key table", n -> Ed25519.verifyPortable(pk, msg, sig) ? 1 : 0));
        ops.add(new Op("ed25519.bouncycastle", "Ed25519 verify, BouncyCastle", n -> Ed25519.verifyBouncyCastle(pk, msg, sig) ? 1 : 0));
        ops.add(new Op("pow.attempt.1", "PoW attempt, 1 thread", n -> Pow.hashWithNonce(powData, n)));
        if (BenchMain.vectorApi()) {
            PowBench vector = new PowBench();
            vector.load();
            ops.add(new Op("pow.vector.1", "PoW attempt, SIMD candidate, 1 thread", PowBench.VECTOR_BATCH, n -> vector.vectorBatch()));
        }
        return ops;
    }

    /** 30 producers × 64 messages, every signature different (the chain verifier keeps key tables, not answers). */
    static List<BenchData.Signed> rotatingSigners() {
        try {
            return BenchData.rotatingSigners(30, 64);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static Measured measure(Op op) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot read the CPU time of a thread");
        }
        long sink = 0;
        long n = 0;
        long wallEnd = System.nanoTime() + WARMUP_NANOS;
        while (System.nanoTime() < wallEnd) {
            for (int i = 0; i < 256; i++) sink += op.body().applyAsLong(n++);
        }
        long ops = 0;
        long start = threads.getCurrentThreadCpuTime();
        long used;
        do {
            for (int i = 0; i < 1024; i++) sink += op.body().applyAsLong(n++);
            ops += 1024L * op.perCall();
            used = threads.getCurrentThreadCpuTime() - start;
        } while (used < MEASURE_CPU_NANOS);
        if (sink == Long.MIN_VALUE) System.err.print(""); // keeps every result alive
        return new Measured(op, ops, used);
    }
}
