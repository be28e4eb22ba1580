package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.abi.GoStrings;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/** Validation and key helpers shared by the definition records. */
final class Defs {
    private static final BigInteger MAX_UINT256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    private Defs() {}

    static <T> T nonNull(T v, String what) {
        return Objects.requireNonNull(v, what + " must not be null");
    }

    static BigInteger uint256(BigInteger v, String what) {
        nonNull(v, what);
        if (v.signum() < 0 || v.compareTo(MAX_UINT256) > 0) throw new IllegalArgumentException(what + " = " + v + " is not a uint256");
        return v;
    }

    static int uint8(int v, String what) {
        if (v < 0 || v > 255) throw new IllegalArgumentException(what + " = " + v + " is not a uint8");
        return v;
    }

    static long uint32(long v, String what) {
        if (v < 0 || v > 0xFFFF_FFFFL) throw new IllegalArgumentException(what + " = " + v + " is not a uint32");
        return v;
    }

    static byte[] key(int prefix, byte[]... parts) {
        byte[] rest = Bytes.concat(parts);
        byte[] out = new byte[1 + rest.length];
        out[0] = (byte) prefix;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    /** SHA3-256 of the Go bytes of a string (go-zenon types.NewHash([]byte(s)) / crypto.Hash). */
    static byte[] sha3(String s) {
        return Sha3.sha3(GoStrings.encode(s));
    }

    /** Checks a key's prefix byte and exact length. */
    static void checkKey(byte[] key, int prefix, int length, String what) {
        checkPrefix(key, prefix, what);
        if (key.length != length) {
            throw new IllegalArgumentException("invalid key! Not " + what + " key: expected " + length + " bytes, got " + key.length);
        }
    }

    static void checkPrefix(byte[] key, int prefix, String what) {
        if (key == null || key.length == 0 || (key[0] & 0xff) != prefix) {
            throw new IllegalArgumentException("invalid key! Not " + what + " key: " + (key == null ? "null" : Hex.encode(key)));
        }
    }

    static Address address(byte[] key, int off) {
        return Address.wrap(Arrays.copyOfRange(key, off, off + Address.SIZE));
    }

    static Hash hash(byte[] key, int off) {
        return Hash.wrap(Arrays.copyOfRange(key, off, off + Hash.SIZE));
    }

    static TokenStandard tokenStandard(byte[] key, int off) {
        return TokenStandard.wrap(Arrays.copyOfRange(key, off, off + TokenStandard.SIZE));
    }

    static long le8(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }

    static long be4(byte[] b, int off) {
        return ((b[off] & 0xffL) << 24) | ((b[off + 1] & 0xffL) << 16) | ((b[off + 2] & 0xffL) << 8) | (b[off + 3] & 0xffL);
    }
}
