package io.unikernelz.vm.abi;

import java.io.ByteArrayOutputStream;

/**
 * Byte-exact mapping between Go strings (arbitrary byte sequences) and Java strings.
 *
 * <p>go-zenon keeps ABI strings as raw bytes: invalid UTF-8 inside a contract argument is stored, hashed and
 * measured ({@code len()}) byte for byte. Java strings are UTF-16, so every byte that is not part of a well-formed
 * UTF-8 sequence is mapped to a lone low surrogate U+DC80..U+DCFF (the "surrogateescape" convention) and mapped
 * back when encoding. Well-formed UTF-8 decodes to the ordinary string; every byte sequence round-trips.
 */
public final class GoStrings {
    private static final int ESCAPE_BASE = 0xDC00;

    private GoStrings() {}

    /** Decodes Go string bytes; bytes outside well-formed UTF-8 become U+DC80..U+DCFF. */
    public static String decode(byte[] b) {
        return decode(b, 0, b.length);
    }

    /** Decodes {@code len} bytes of {@code b} from {@code off}. */
    public static String decode(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder(len);
        int i = off;
        int end = off + len;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int n = sequenceLength(b, i, end);
            if (n == 0) {
                sb.append((char) (ESCAPE_BASE | c));
                i++;
                continue;
            }
            int cp = switch (n) {
                case 2 -> ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
                case 3 -> ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
                default -> ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
            };
            sb.appendCodePoint(cp);
            i += n;
        }
        return sb.toString();
    }

    /**
     * Length of the well-formed UTF-8 sequence starting at {@code i}, or 0 if it is not one (overlong forms,
     * surrogates and code points above U+10FFFF are rejected, as Go's unicode/utf8 does).
     */
    private static int sequenceLength(byte[] b, int i, int end) {
        int c = b[i] & 0xff;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            return 0;
        }
        if (i + n > end) return 0;
        int second = b[i + 1] & 0xff;
        if (second < lo || second > hi) return 0;
        for (int k = 2; k < n; k++) {
            int x = b[i + k] & 0xff;
            if (x < 0x80 || x > 0xBF) return 0;
        }
        return n;
    }

    /**
     * The Go bytes of a string: UTF-8, with escaped bytes U+DC80..U+DCFF restored; any other unpaired surrogate
     * becomes U+FFFD (what Go produces for an invalid code point).
     */
    public static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            int cp;
            if (ch >= 0xDC80 && ch <= 0xDCFF) {
                out.write(ch & 0xff);
                i++;
                continue;
            }
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(ch, s.charAt(i + 1));
                i += 2;
            } else if (Character.isSurrogate(ch)) {
                cp = 0xFFFD;
                i++;
            } else {
                cp = ch;
                i++;
            }
            writeUtf8(out, cp);
        }
        return out.toByteArray();
    }

    private static void writeUtf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | (cp >>> 6));
            out.write(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >>> 12));
            out.write(0x80 | ((cp >>> 6) & 0x3f));
            out.write(0x80 | (cp & 0x3f));
        } else {
            out.write(0xF0 | (cp >>> 18));
            out.write(0x80 | ((cp >>> 12) & 0x3f));
            out.write(0x80 | ((cp >>> 6) & 0x3f));
            out.write(0x80 | (cp & 0x3f));
        }
    }

    /** Go's {@code len(s)}: the number of bytes {@link #encode} produces. */
    public static int byteLength(String s) {
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch < 0x80 || (ch >= 0xDC80 && ch <= 0xDCFF)) {
                n += 1;
                i++;
            } else if (ch < 0x800) {
                n += 2;
                i++;
            } else if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i += 2;
            } else {
                n += 3; // BMP character, or an unpaired surrogate encoded as U+FFFD
                i++;
            }
        }
        return n;
    }

    /** True when the string is well-formed Unicode with no escaped bytes (i.e. its Go bytes are valid UTF-8). */
    public static boolean isValidUtf8(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                return false;
            }
        }
        return true;
    }
}
