package io.unikernelz.core.crypto;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A verifier that remembers the keys it sees often. A node verifies most signatures under few keys (every momentum is
 * signed by one of a few dozen pillars; busy accounts sign chains of blocks), so once a key has shown
 * {@code warmAfter} valid signatures this verifier keeps a window table of -A for it (51 windows of 16 affine
 * multiples, about 100 KiB): a signature under a warm key then costs 51 + 32 mixed additions (with the 0.5 MiB table
 * of B) instead of 252 doublings plus additions, which puts verification well above Go's speed
 * (docs/benchmarks.md). Other keys go through {@link Ed25519#verify}.
 *
 * <p>Every answer is Go's crypto/ed25519 verdict whichever path gives it. Memory is bounded by {@code maxKeys} tables
 * (least recently used evicted) plus a bounded count of recent sightings. Thread-safe; tables are immutable and built
 * outside the lock.
 */
public final class Ed25519Verifier {
    /** Tables kept by {@link #forNode()}: about 12.5 MiB, enough for every pillar and the busiest accounts. */
    public static final int NODE_MAX_KEYS = 128;
    /** Valid signatures under a key before it gets a table (building one costs a few dozen verifications). */
    public static final int NODE_WARM_AFTER = 4;

    private final int maxKeys;
    private final int warmAfter;
    private final Map<ByteBuffer, Edwards25519.Table> tables;
    private final Map<ByteBuffer, Integer> sightings;
    private long warmVerifications;
    private long coldVerifications;

    /**
     * @param maxKeys   key tables kept at most; 0 turns caching off
     * @param warmAfter valid signatures under a key before its table is built (at least 1)
     */
    public Ed25519Verifier(int maxKeys, int warmAfter) {
        if (maxKeys < 0) throw new IllegalArgumentException("maxKeys must not be negative: " + maxKeys);
        if (warmAfter < 1) throw new IllegalArgumentException("warmAfter must be at least 1: " + warmAfter);
        this.maxKeys = maxKeys;
        this.warmAfter = warmAfter;
        this.tables = lru(maxKeys);
        this.sightings = lru(maxKeys * 16);
    }

    /** The node's verifier: {@link #NODE_MAX_KEYS} tables, built after {@link #NODE_WARM_AFTER} valid signatures. */
    public static Ed25519Verifier forNode() {
        return new Ed25519Verifier(NODE_MAX_KEYS, NODE_WARM_AFTER);
    }

    /** Go's crypto/ed25519 verdict; false for null or wrongly sized input, never throws. */
    public boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || signature == null || message == null) return false;
        if (publicKey.length != Ed25519.PUBLIC_KEY_SIZE || signature.length != Ed25519.SIGNATURE_SIZE) return false;
        if (maxKeys == 0) return Ed25519.verify(publicKey, message, signature);
        ByteBuffer key = ByteBuffer.wrap(publicKey.clone());
        Edwards25519.Table table = table(key);
        if (table != null) return Ed25519GoRules.verify(table, publicKey, message, signature);
        boolean valid = Ed25519.verify(publicKey, message, signature);
        if (valid) validSighting(key);
        return valid;
    }

    /** Keys that currently have a table. */
    public synchronized int warmKeys() {
        return tables.size();
    }

    /** Verifications answered from a key table, and from the general path, since construction. */
    public synchronized long[] counts() {
        return new long[] {warmVerifications, coldVerifications};
    }

    private synchronized Edwards25519.Table table(ByteBuffer key) {
        Edwards25519.Table table = tables.get(key);
        if (table != null) {
            warmVerifications++;
        } else {
            coldVerifications++;
        }
        return table;
    }

    /**
     * Counts a valid signature under a key without a table and builds the table at the {@code warmAfter}-th. Only
     * valid signatures count, so a flood of forgeries under fresh keys never makes this verifier build tables.
     */
    private void validSighting(ByteBuffer key) {
        synchronized (this) {
            if (sightings.merge(key, 1, Integer::sum) < warmAfter) return;
            sightings.remove(key);
        }
        // Built outside the lock: two threads may both build one key's table; the result is the same. A key that
        // verified a signature always decodes.
        Edwards25519.Table built = Ed25519GoRules.negatedKeyTable(key.array());
        if (built == null) return;
        synchronized (this) {
            tables.put(key, built);
        }
    }

    private static <V> Map<ByteBuffer, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
