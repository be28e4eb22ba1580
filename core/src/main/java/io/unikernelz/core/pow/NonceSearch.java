package io.unikernelz.core.pow;

import io.unikernelz.core.types.Hash;
import java.security.SecureRandom;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Finds a PoW nonce on several platform threads (the work is pure CPU, so virtual threads would add nothing).
 * Each worker starts at a random nonce and counts upwards; the first hit stops all of them.
 */
public final class NonceSearch {
    /** Attempts between looks at the stop flag and the caller's cancellation. */
    private static final int CHECK_EVERY = 1 << 12;

    private NonceSearch() {}

    /** Uses every available core. */
    public static OptionalLong find(Hash powData, long difficulty, BooleanSupplier cancelled) {
        return find(powData, difficulty, Runtime.getRuntime().availableProcessors(), cancelled);
    }

    /**
     * Blocks until a nonce (big-endian long of the 8 nonce bytes) satisfying {@code difficulty} is found, or returns
     * empty once {@code cancelled} answers true or the calling thread is interrupted (the interrupt flag is kept).
     */
    public static OptionalLong find(Hash powData, long difficulty, int threads, BooleanSupplier cancelled) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        long target = Pow.target(difficulty);
        SecureRandom random = new SecureRandom();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong found = new AtomicLong();
        AtomicBoolean haveResult = new AtomicBoolean();
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            long start = random.nextLong();
            workers[i] = Thread.ofPlatform().daemon().name("pow-" + i).unstarted(() -> {
                PowHasher hasher = new PowHasher(powData.rawBytes());
                long lane = start;
                while (!stop.get() && !cancelled.getAsBoolean()) {
                    for (int n = 0; n < CHECK_EVERY; n++, lane++) {
                        if (Long.compareUnsigned(hasher.hash(lane), target) >= 0) {
                            if (haveResult.compareAndSet(false, true)) found.set(Long.reverseBytes(lane));
                            stop.set(true);
                            return;
                        }
                    }
                }
                stop.set(true);
            });
            workers[i].start();
        }
        try {
            for (Thread w : workers) w.join();
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
        }
        return haveResult.get() ? OptionalLong.of(found.get()) : OptionalLong.empty();
    }
}
