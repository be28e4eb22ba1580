package io.unikernelz.consensus;

import io.unikernelz.core.types.Hash;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where computed elections are kept, keyed by proof momentum hash. The result depends only on the state at that
 * momentum, so an entry never goes stale, even across reorganisations. A persistent implementation can store
 * {@link ElectionData#encode()} under {@code 0x0a ‖ hash} as go-zenon does.
 */
public interface ElectionCache {
    Optional<ElectionData> get(Hash proofHash);

    void put(Hash proofHash, ElectionData data);

    /**
     * An in-memory cache holding the most recently used {@code capacity} entries. go-zenon sizes its cache to one
     * week of ticks (2016), which {@link #DEFAULT_CAPACITY} mirrors.
     */
    static ElectionCache inMemory(int capacity) {
        return new InMemory(capacity);
    }

    int DEFAULT_CAPACITY = 7 * 24 * 60 * 60 / 300;

    /** Thread-safe LRU map. */
    final class InMemory implements ElectionCache {
        private final Map<Hash, ElectionData> entries;

        private InMemory(int capacity) {
            if (capacity <= 0) throw new IllegalArgumentException("election cache capacity must be positive, got " + capacity);
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Hash, ElectionData> eldest) {
                    return size() > capacity;
                }
            };
        }

        @Override
        public synchronized Optional<ElectionData> get(Hash proofHash) {
            return Optional.ofNullable(entries.get(proofHash));
        }

        @Override
        public synchronized void put(Hash proofHash, ElectionData data) {
            entries.put(proofHash, data);
        }
    }
}
