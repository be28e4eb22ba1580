package io.unikernelz.core.types;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * BIP-173 bech32 as go-zenon uses it through btcutil v1.1.3: encoding uses the original bech32 constant; decoding
 * accepts a bech32 or bech32m checksum (the version is discarded), at most 90 characters, single case.
 */
public final class Bech32 {
    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GEN = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;

    public record Decoded(String hrp, byte[] data) {}

    private Bech32() {}

    private static int polymod(byte[] values) {
        int chk = 1;
        for (byte v : values) {
            int top = chk >>> 25;
            chk = ((chk & 0x1ffffff) << 5) ^ (v & 0xff);
            for (int i = 0; i < 5; i++) {
                if (((top >>> i) & 1) != 0) chk ^= GEN[i];
            }
        }
        return chk;
    }

    private static byte[] hrpExpand(String hrp) {
        int n = hrp.length();
        byte[] out = new byte[2 * n + 1];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (hrp.charAt(i) >>> 5);
            out[n + 1 + i] = (byte) (hrp.charAt(i) & 31);
        }
        return out;
    }

    /** Encodes 8-bit data under hrp with the bech32 checksum. */
    public static String encode(String hrp, byte[] data8) {
        byte[] data5 = convertBits(data8, 8, 5, true);
        byte[] exp = hrpExpand(hrp);
        byte[] values = new byte[exp.length + data5.length + 6];
        System.arraycopy(exp, 0, values, 0, exp.length);
        System.arraycopy(data5, 0, values, exp.length, data5.length);
        int mod = polymod(values) ^ BECH32_CONST;
        StringBuilder sb = new StringBuilder(hrp.length() + 1 + data5.length + 6);
        sb.append(hrp).append('1');
        for (byte b : data5) sb.append(CHARSET.charAt(b));
        for (int i = 0; i < 6; i++) sb.append(CHARSET.charAt((mod >>> (5 * (5 - i))) & 31));
        return sb.toString();
    }

    /** Decodes and returns hrp plus the 8-bit data (5→8 conversion with padding, as btcutil callers do). */
    public static Decoded decode(String s) {
        if (s == null) throw new IllegalArgumentException("bech32 string is null");
        if (s.length() < 8 || s.length() > 90) {
            throw new IllegalArgumentException("invalid bech32 string length " + s.length());
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 33 || c > 126) throw new IllegalArgumentException("invalid character in bech32 string at position " + i);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (!s.equals(lower) && !s.equals(s.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("bech32 string has mixed case");
        }
        int sep = lower.lastIndexOf('1');
        if (sep < 1) throw new IllegalArgumentException(sep == 0 ? "bech32 string has an empty human-readable part" : "bech32 string has no separator '1'");
        if (sep + 7 > lower.length()) throw new IllegalArgumentException("bech32 string is too short for its checksum");
        String hrp = lower.substring(0, sep);
        String rest = lower.substring(sep + 1);
        byte[] data = new byte[rest.length()];
        for (int i = 0; i < rest.length(); i++) {
            int v = CHARSET.indexOf(rest.charAt(i));
            if (v < 0) throw new IllegalArgumentException("invalid bech32 character '" + rest.charAt(i) + "'");
            data[i] = (byte) v;
        }
        byte[] exp = hrpExpand(hrp);
        byte[] values = new byte[exp.length + data.length];
        System.arraycopy(exp, 0, values, 0, exp.length);
        System.arraycopy(data, 0, values, exp.length, data.length);
        int pm = polymod(values);
        if (pm != BECH32_CONST && pm != BECH32M_CONST) throw new IllegalArgumentException("invalid bech32 checksum");
        byte[] payload5 = java.util.Arrays.copyOf(data, data.length - 6);
        return new Decoded(hrp, convertBits(payload5, 5, 8, true));
    }

    /** General power-of-2 base conversion (BIP-173 reference semantics). */
    public static byte[] convertBits(byte[] in, int from, int to, boolean pad) {
        int acc = 0;
        int bits = 0;
        int maxv = (1 << to) - 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * from / to + 1);
        for (byte b : in) {
            int v = b & 0xff;
            if ((v >>> from) != 0) throw new IllegalArgumentException("invalid data range for bit conversion");
            acc = (acc << from) | v;
            bits += from;
            while (bits >= to) {
                bits -= to;
                out.write((acc >>> bits) & maxv);
            }
        }
        if (pad) {
            if (bits > 0) out.write((acc << (to - bits)) & maxv);
        } else if (bits >= from || ((acc << (to - bits)) & maxv) != 0) {
            throw new IllegalArgumentException("invalid padding in bit conversion");
        }
        return out.toByteArray();
    }
}
