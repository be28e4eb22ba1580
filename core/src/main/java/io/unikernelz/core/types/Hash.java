package io.unikernelz.core.types;

import io.unikernelz.core.crypto.Sha3;
import java.util.Arrays;

/** A 32-byte SHA3-256 hash. Text form: 64 lower-case hex characters, no prefix. */
public final class Hash implements Comparable<Hash> {
    public static final int SIZE = 32;
    public static final Hash ZERO = new Hash(new byte[SIZE]);
    /** SHA3-256 of the empty input: changesHash of an empty momentum, hash of empty data or no descendants. */
    public static final Hash EMPTY_DATA = of();

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Hash wrap(byte[] bytes) {
        if (bytes == null || bytes.length != SIZE) {
            throw new IllegalArgumentException("hash must be " + SIZE + " bytes, got " + (bytes == null ? "null" : bytes.length));
        }
        return new Hash(bytes.clone());
    }

    /** SHA3-256 of the concatenation of the parts (go-zenon types.NewHash). */
    public static Hash of(byte[]... parts) {
        return new Hash(Sha3.sha3(parts));
    }

    /** Parses exactly 64 hex characters (go-zenon HexToHash). */
    public static Hash parse(String hex) {
        if (hex == null) throw new IllegalArgumentException("hash is null");
        if (hex.length() != 2 * SIZE) {
            throw new IllegalArgumentException("invalid hash '" + abbreviate(hex) + "': expected 64 hex characters, got " + hex.length());
        }
        try {
            return new Hash(Hex.decode(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid hash '" + abbreviate(hex) + "': not hex", e);
        }
    }

    static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Direct view for hashing and encoding; callers must not modify it. */
    public byte[] rawBytes() {
        return bytes;
    }

    public boolean isZero() {
        return equals(ZERO);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public int compareTo(Hash o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return Hex.encode(bytes);
    }
}
