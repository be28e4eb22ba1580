package io.unikernelz.core.types;

import java.math.BigInteger;

/** Fixed-width integer encodings used in hashes and state keys. */
public final class Bytes {
    private Bytes() {}

    public static byte[] be8(long v) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }

    public static long readBe8(byte[] b, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }

    public static byte[] be4(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    public static byte[] le8(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) v;
            v >>>= 8;
        }
        return b;
    }

    /**
     * go-zenon common.BigIntToBytes: magnitude, big-endian, left-padded to 32 bytes; null gives 32 zeros; a longer
     * magnitude is not truncated.
     */
    public static byte[] big32(BigInteger v) {
        if (v == null || v.signum() == 0) return new byte[32];
        byte[] mag = v.abs().toByteArray();
        int start = mag[0] == 0 && mag.length > 1 ? 1 : 0;
        int len = mag.length - start;
        if (len >= 32) return java.util.Arrays.copyOfRange(mag, start, mag.length);
        byte[] out = new byte[32];
        System.arraycopy(mag, start, out, 32 - len, len);
        return out;
    }

    /** Unsigned big-endian bytes to a non-negative BigInteger (go's big.Int SetBytes). */
    public static BigInteger unsigned(byte[] b) {
        return b == null || b.length == 0 ? BigInteger.ZERO : new BigInteger(1, b);
    }

    public static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }
}
