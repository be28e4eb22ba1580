package io.unikernelz.consensus;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the points of finished ticks are kept (go-zenon {@code consensus/storage/db.go}). A point is only a cache of
 * what the chain says: readers check its end hash against the chain and recompute it when they differ, so a lost or
 * stale entry costs time, never correctness.
 */
public interface PointStore {
    /** The two kinds of points, with go-zenon's key prefixes ({@code prefix ‖ be8(tick)}). */
    enum Kind {
        /** One election tick. */
        PERIOD((byte) 0x00),
        /** One epoch. */
        EPOCH((byte) 0x01);

        private final byte prefix;

        Kind(byte prefix) {
            this.prefix = prefix;
        }

        public byte prefix() {
            return prefix;
        }
    }

    Optional<ConsensusPoint> get(Kind kind, long tick);

    void put(Kind kind, long tick, ConsensusPoint point);

    /** go-zenon keeps one week of election ticks per kind in memory; so does {@link #inMemory(int)} by default. */
    int DEFAULT_CAPACITY = ElectionCache.DEFAULT_CAPACITY;

    /** Keeps the most recently used {@code capacity} points of each kind in memory (tests, tools). */
    static PointStore inMemory(int capacity) {
        return new InMemory(capacity);
    }

    /** Thread-safe LRU maps, one per kind. */
    final class InMemory implements PointStore {
        private final Map<Kind, Map<Long, ConsensusPoint>> points = new EnumMap<>(Kind.class);

        private InMemory(int capacity) {
            if (capacity <= 0) throw new IllegalArgumentException("point store capacity must be positive, got " + capacity);
            for (Kind kind : Kind.values()) points.put(kind, lru(capacity));
        }

        static <K, V> Map<K, V> lru(int capacity) {
            return new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > capacity;
                }
            };
        }

        @Override
        public synchronized Optional<ConsensusPoint> get(Kind kind, long tick) {
            return Optional.ofNullable(points.get(Objects.requireNonNull(kind, "kind")).get(tick));
        }

        @Override
        public synchronized void put(Kind kind, long tick, ConsensusPoint point) {
            if (tick < 0) throw new IllegalArgumentException("point tick must not be negative, got " + tick);
            points.get(Objects.requireNonNull(kind, "kind")).put(tick, Objects.requireNonNull(point, "point"));
        }
    }
}
