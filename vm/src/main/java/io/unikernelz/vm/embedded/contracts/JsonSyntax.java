package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.vm.abi.GoStrings;
import java.nio.charset.StandardCharsets;

/**
 * go-zenon's {@code IsJSON} (implementation/bridge.go): whether Go's {@code json.Unmarshal} into an {@code interface{}}
 * succeeds. That is RFC 8259 syntax as Go's scanner checks it — any value at top level, whitespace only space, tab,
 * CR and LF, string bytes below 0x20 rejected but invalid UTF-8 accepted, at most 10 000 nested arrays/objects — plus
 * one decoding rule: a number whose float64 value overflows (e.g. {@code 1e400}) makes Unmarshal fail. The bridge
 * stores metadata only when this holds, so the rule decides which blocks are valid.
 */
final class JsonSyntax {
    /** Go encoding/json maxNestingDepth. */
    static final int MAX_DEPTH = 10_000;

    private final byte[] b;
    private int i;

    private JsonSyntax(byte[] b) {
        this.b = b;
    }

    /** For a Java string holding Go string bytes (see {@link GoStrings}). */
    static boolean isJson(String s) {
        return isJson(GoStrings.encode(s));
    }

    static boolean isJson(byte[] data) {
        return new JsonSyntax(data).document();
    }

    private boolean document() {
        byte[] open = new byte[MAX_DEPTH];
        int depth = 0;
        skipSpace();
        while (true) {
            // a value starts at i
            if (i >= b.length) return false;
            byte c = b[i];
            if (c == '{' || c == '[') {
                if (depth == MAX_DEPTH) return false;
                open[depth++] = c;
                i++;
                skipSpace();
                byte close = c == '{' ? (byte) '}' : (byte) ']';
                if (i < b.length && b[i] == close) {
                    depth--;
                    i++;
                } else {
                    if (c == '{' && !key()) return false;
                    continue;
                }
            } else if (!scalar()) {
                return false;
            }
            // after a value: separators and closing brackets until the next value or the end
            while (true) {
                skipSpace();
                if (depth == 0) return i == b.length;
                if (i >= b.length) return false;
                byte top = open[depth - 1];
                byte n = b[i];
                if (n == ',') {
                    i++;
                    skipSpace();
                    if (top == '{' && !key()) return false;
                    break;
                }
                if ((top == '[' && n == ']') || (top == '{' && n == '}')) {
                    depth--;
                    i++;
                    continue;
                }
                return false;
            }
        }
    }

    /** An object key and its colon; leaves i at the value. */
    private boolean key() {
        if (i >= b.length || b[i] != '"' || !string()) return false;
        skipSpace();
        if (i >= b.length || b[i] != ':') return false;
        i++;
        skipSpace();
        return true;
    }

    private boolean scalar() {
        byte c = b[i];
        if (c == '"') return string();
        if (c == 't') return literal("true");
        if (c == 'f') return literal("false");
        if (c == 'n') return literal("null");
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        return false;
    }

    private boolean literal(String word) {
        byte[] w = word.getBytes(StandardCharsets.US_ASCII);
        if (i + w.length > b.length) return false;
        for (int k = 0; k < w.length; k++) {
            if (b[i + k] != w[k]) return false;
        }
        i += w.length;
        return true;
    }

    private boolean string() {
        i++; // opening quote
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c == '"') {
                i++;
                return true;
            }
            if (c < 0x20) return false;
            if (c == '\\') {
                i++;
                if (i >= b.length) return false;
                int e = b[i];
                if (e == 'u') {
                    for (int k = 1; k <= 4; k++) {
                        if (i + k >= b.length || Character.digit(b[i + k], 16) < 0) return false;
                    }
                    i += 4;
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    return false;
                }
            }
            i++;
        }
        return false;
    }

    private boolean number() {
        int start = i;
        if (b[i] == '-') i++;
        if (i >= b.length) return false;
        if (b[i] == '0') {
            i++;
        } else if (b[i] >= '1' && b[i] <= '9') {
            digits();
        } else {
            return false;
        }
        if (i < b.length && b[i] == '.') {
            i++;
            if (digits() == 0) return false;
        }
        if (i < b.length && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < b.length && (b[i] == '+' || b[i] == '-')) i++;
            if (digits() == 0) return false;
        }
        // Unmarshal into interface{} parses a float64; an overflow (±Inf) is an UnmarshalTypeError
        String text = new String(b, start, i - start, StandardCharsets.US_ASCII);
        return !Double.isInfinite(Double.parseDouble(text));
    }

    private int digits() {
        int from = i;
        while (i < b.length && b[i] >= '0' && b[i] <= '9') i++;
        return i - from;
    }

    private void skipSpace() {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) i++;
    }
}
