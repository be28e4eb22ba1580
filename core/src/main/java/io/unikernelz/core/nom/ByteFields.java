package io.unikernelz.core.nom;

import java.util.Arrays;

/**
 * Helpers for the optional byte fields (data, publicKey, signature). go-zenon distinguishes a nil slice (JSON null,
 * absent on the wire) from an empty one (JSON ""); both hash and encode identically, so equality ignores the
 * difference while JSON output keeps it.
 */
final class ByteFields {
    private static final byte[] EMPTY = new byte[0];

    private ByteFields() {}

    static byte[] copyNullable(byte[] b) {
        return b == null ? null : b.clone();
    }

    static byte[] orEmpty(byte[] b) {
        return b == null ? EMPTY : b;
    }

    static boolean same(byte[] a, byte[] b) {
        return Arrays.equals(orEmpty(a), orEmpty(b));
    }

    static int hash(byte[] b) {
        return Arrays.hashCode(orEmpty(b));
    }

    static void requireLengthOrEmpty(byte[] b, int n, String what) {
        if (b != null && b.length != 0 && b.length != n) {
            throw new IllegalArgumentException(what + " must be empty or " + n + " bytes, got " + b.length);
        }
    }
}
