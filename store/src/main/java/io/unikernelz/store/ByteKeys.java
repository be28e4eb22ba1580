package io.unikernelz.store;

import java.util.Arrays;
import java.util.Comparator;

/** Byte-string helpers shared by the layers: unsigned bytewise order (goleveldb's DefaultComparer) and prefixes. */
final class ByteKeys {
    private ByteKeys() {}

    /** Unsigned lexicographic order; a proper prefix sorts first. */
    static final Comparator<byte[]> ORDER = Arrays::compareUnsigned;

    static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * The smallest key greater than every key starting with {@code prefix}, or null when there is none (empty prefix
     * or all 0xff bytes).
     */
    static byte[] upperBound(byte[] prefix) {
        for (int i = prefix.length - 1; i >= 0; i--) {
            if (prefix[i] != (byte) 0xff) {
                byte[] bound = Arrays.copyOf(prefix, i + 1);
                bound[i]++;
                return bound;
            }
        }
        return null;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] strip(byte[] key, int prefixLength) {
        return Arrays.copyOfRange(key, prefixLength, key.length);
    }

    static byte[] require(byte[] bytes, String what) {
        if (bytes == null) throw new IllegalArgumentException(what + " must not be null");
        return bytes;
    }
}
