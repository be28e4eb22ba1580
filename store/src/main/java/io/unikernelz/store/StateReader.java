package io.unikernelz.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Read access to a key/value state. Keys are compared as unsigned byte strings. A missing or deleted key reads as
 * {@code null}; an empty value is present.
 */
public interface StateReader {
    /** The value stored under {@code key} (a fresh copy), or {@code null} when absent or deleted. */
    byte[] get(byte[] key);

    /** Whether {@code key} holds a value (possibly empty). */
    default boolean has(byte[] key) {
        return get(key) != null;
    }

    /** Live entries whose key starts with {@code prefix}, ascending; the empty prefix iterates everything. */
    StateIterator iterator(byte[] prefix);

    /** All live entries under {@code prefix}, ascending: {@link #iterator(byte[])} collected and closed. */
    default List<StateEntry> entries(byte[] prefix) {
        List<StateEntry> out = new ArrayList<>();
        try (StateIterator it = iterator(prefix)) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    /** A view in which key {@code k} means {@code prefix || k} of this reader (go-zenon {@code Subset}). */
    default StateReader subspace(byte[] prefix) {
        return new PrefixedReader(this, ByteKeys.require(prefix, "prefix").clone());
    }

    /** The reader with no entries. */
    static StateReader empty() {
        return PrefixedReader.EMPTY;
    }
}
