package io.unikernelz.vm.embedded.contracts;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Go's {@code base64.StdEncoding.DecodeString}: standard alphabet, padding required, carriage returns and line
 * feeds ignored anywhere, unused trailing bits not checked. Java's decoders differ (padding optional, newlines
 * rejected), and the difference decides whether a swap signature is accepted on chain.
 */
public final class GoBase64 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private GoBase64() {}

    /** The decoded bytes, or empty when Go would return a CorruptInputError. */
    public static Optional<byte[]> decode(String s) {
        StringBuilder clean = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\r' && c != '\n') clean.append(c);
        }
        int n = clean.length();
        if (n % 4 != 0) return Optional.empty();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n / 4 * 3);
        for (int q = 0; q < n; q += 4) {
            boolean last = q + 4 == n;
            int[] v = new int[4];
            int padding = 0;
            for (int j = 0; j < 4; j++) {
                char c = clean.charAt(q + j);
                if (c == '=') {
                    // '=' may only end the final quantum, as "xx==" or "xxx="
                    if (!last || j < 2) return Optional.empty();
                    padding++;
                    continue;
                }
                if (padding > 0) return Optional.empty();
                int idx = c < 128 ? ALPHABET.indexOf(c) : -1;
                if (idx < 0) return Optional.empty();
                v[j] = idx;
            }
            int bits = (v[0] << 18) | (v[1] << 12) | (v[2] << 6) | v[3];
            out.write(bits >>> 16);
            if (padding < 2) out.write((bits >>> 8) & 0xff);
            if (padding < 1) out.write(bits & 0xff);
        }
        return Optional.of(out.toByteArray());
    }
}
