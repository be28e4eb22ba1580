package io.unikernelz.store;

import io.unikernelz.core.types.Hex;
import java.util.Arrays;

/**
 * A live key/value pair seen by an iterator. The arrays are fresh copies owned by the caller.
 *
 * @param key the key, relative to the reader it came from (a subspace strips its prefix)
 * @param value the value; may be empty (an empty value is present, unlike a deleted key)
 */
public record StateEntry(byte[] key, byte[] value) {
    public StateEntry {
        ByteKeys.require(key, "key");
        ByteKeys.require(value, "value");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateEntry e && Arrays.equals(key, e.key) && Arrays.equals(value, e.value);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(key) + Arrays.hashCode(value);
    }

    /** {@code key - value} in hex, like go-zenon's {@code DebugDB}. */
    @Override
    public String toString() {
        return Hex.encode(key) + " - " + Hex.encode(value);
    }
}
