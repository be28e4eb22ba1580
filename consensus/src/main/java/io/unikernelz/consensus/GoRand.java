package io.unikernelz.consensus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Go's seeded {@code math/rand} generator ({@code rand.New(rand.NewSource(seed))}), reproduced bit for bit.
 *
 * <p>go-zenon picks momentum producers with this generator, so every node must draw exactly the same
 * numbers: the source is Mitchell and Reeds' additive lagged Fibonacci generator over 607 64-bit words
 * (tap distance 273), seeded through a 31-bit Lehmer generator and Go's {@code rngCooked} table. The
 * derived methods use Go 1.x's modulo-rejection reductions ({@code Int31n}, {@code Int63n}, {@code Intn},
 * {@code Perm}); the Lemire reduction of Go's {@code Shuffle} is deliberately absent because the election
 * never uses it.
 *
 * <p>Instances are mutable and not thread-safe, like Go's {@code *rand.Rand}; create one per use.
 */
public final class GoRand {
    private static final int LEN = 607;
    private static final int TAP = 273;
    private static final long MASK63 = Long.MAX_VALUE;
    /** Modulus of the seeding generator, 2^31 - 1. */
    private static final int M31 = Integer.MAX_VALUE;
    /** Go replaces a seed that reduces to 0 with this value. */
    private static final int ZERO_SEED_REPLACEMENT = 89482311;
    /** Go discards this many seeding steps before filling the state. */
    private static final int WARM_UP = 20;

    private static final long[] COOKED = loadCooked();

    private final long[] vec = new long[LEN];
    private int tap;
    private int feed;
    private long draws;

    /** Equivalent of Go's {@code rand.New(rand.NewSource(seed))}. */
    public GoRand(long seed) {
        seed(seed);
    }

    /** Re-seeds this generator in place (Go's {@code Source.Seed}); resets the draw counter. */
    public void seed(long seed) {
        tap = 0;
        feed = LEN - TAP;
        draws = 0;

        // Java's % truncates toward zero like Go's, so the fix-ups are the same.
        long reduced = seed % M31;
        if (reduced < 0) reduced += M31;
        if (reduced == 0) reduced = ZERO_SEED_REPLACEMENT;

        int x = (int) reduced;
        for (int i = -WARM_UP; i < LEN; i++) {
            x = lehmerStep(x);
            if (i >= 0) {
                long u = (long) x << 40;
                x = lehmerStep(x);
                u ^= (long) x << 20;
                x = lehmerStep(x);
                u ^= x;
                vec[i] = u ^ COOKED[i];
            }
        }
    }

    /** x * 48271 mod (2^31 - 1) in Schrage's form, so every intermediate stays within 32 bits as in Go. */
    private static int lehmerStep(int x) {
        int hi = x / 44488;
        int lo = x % 44488;
        int next = 48271 * lo - 3399 * hi;
        return next < 0 ? next + M31 : next;
    }

    /** One raw 64-bit word of the lagged Fibonacci sequence (Go's {@code Uint64}, as an unsigned bit pattern). */
    public long uint64() {
        if (--tap < 0) tap += LEN;
        if (--feed < 0) feed += LEN;
        long x = vec[feed] + vec[tap];
        vec[feed] = x;
        draws++;
        return x;
    }

    /** A non-negative 63-bit value (Go's {@code Int63}). */
    public long int63() {
        return uint64() & MASK63;
    }

    /** A non-negative 31-bit value (Go's {@code Int31}): the top 31 bits of {@link #int63()}. */
    public int int31() {
        return (int) (int63() >>> 32);
    }

    /** A value in [0, n) (Go's {@code Int31n}); n must be positive. */
    public int int31n(int n) {
        if (n <= 0) throw new IllegalArgumentException("int31n: n must be positive, got " + n);
        if ((n & (n - 1)) == 0) return int31() & (n - 1);
        // Largest value below which every residue occurs equally often; 2^31 mod n computed unsigned.
        int max = (int) ((1L << 31) - 1 - (1L << 31) % n);
        int v = int31();
        while (v > max) v = int31();
        return v % n;
    }

    /** A value in [0, n) (Go's {@code Int63n}); n must be positive. */
    public long int63n(long n) {
        if (n <= 0) throw new IllegalArgumentException("int63n: n must be positive, got " + n);
        if ((n & (n - 1)) == 0) return int63() & (n - 1);
        // 2^63 mod n as unsigned arithmetic; 2^63 itself is Long.MIN_VALUE's bit pattern.
        long max = MASK63 - Long.remainderUnsigned(Long.MIN_VALUE, n);
        long v = int63();
        while (v > max) v = int63();
        return v % n;
    }

    /** A value in [0, n) (Go's {@code Intn} with 64-bit {@code int}): 31-bit path for n ≤ 2^31-1, else 63-bit. */
    public long intn(long n) {
        if (n <= 0) throw new IllegalArgumentException("intn: n must be positive, got " + n);
        return n <= M31 ? int31n((int) n) : int63n(n);
    }

    /** A value in [0, n) (Go's {@code Intn}) for an {@code int} bound. */
    public int intn(int n) {
        if (n <= 0) throw new IllegalArgumentException("intn: n must be positive, got " + n);
        return int31n(n);
    }

    /**
     * A permutation of 0..n-1 (Go's {@code Perm}): inside-out Fisher-Yates with one {@code Intn(i+1)} per
     * position, including the {@code i = 0} round whose draw is always 0 but still advances the source.
     */
    public int[] perm(int n) {
        if (n < 0) throw new IllegalArgumentException("perm: n must not be negative, got " + n);
        int[] m = new int[n];
        for (int i = 0; i < n; i++) {
            int j = intn(i + 1);
            m[i] = m[j];
            m[j] = i;
        }
        return m;
    }

    /** Number of raw words drawn since the last seeding (each Int63, Int31 or Uint64 call is one draw). */
    public long draws() {
        return draws;
    }

    /** Raw state word i as seeded or last written; exposed for conformance checks of the seeding step. */
    long stateWord(int i) {
        return vec[i];
    }

    private static long[] loadCooked() {
        String resource = "go-rng-cooked.txt";
        try (InputStream in = GoRand.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            long[] values = new long[LEN];
            int count = 0;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line; (line = reader.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                if (count == LEN) throw new IllegalStateException(resource + " holds more than " + LEN + " values");
                values[count++] = Long.parseLong(t);
            }
            if (count != LEN) throw new IllegalStateException(resource + " holds " + count + " values, expected " + LEN);
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A copy of the {@code rngCooked} table, for conformance checks. */
    static long[] cookedTable() {
        return COOKED.clone();
    }
}
