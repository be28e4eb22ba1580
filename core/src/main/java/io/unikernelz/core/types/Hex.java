package io.unikernelz.core.types;

import java.util.HexFormat;

/** Lower-case hex without prefix, as go-zenon prints hashes. */
public final class Hex {
    private static final HexFormat HEX = HexFormat.of();

    private Hex() {}

    public static String encode(byte[] b) {
        return HEX.formatHex(b);
    }

    /** Decodes hex, tolerating an optional 0x prefix; throws IllegalArgumentException naming the problem. */
    public static byte[] decode(String s) {
        if (s == null) throw new IllegalArgumentException("hex string is null");
        String t = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
        if ((t.length() & 1) != 0) throw new IllegalArgumentException("hex string has odd length " + t.length());
        try {
            return HEX.parseHex(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid hex string: " + e.getMessage(), e);
        }
    }
}
