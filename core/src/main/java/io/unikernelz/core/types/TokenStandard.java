package io.unikernelz.core.types;

import io.unikernelz.core.crypto.Sha3;
import java.util.Arrays;

/** Zenon Token Standard: a 10-byte token id; text: bech32 hrp "zts". */
public final class TokenStandard implements Comparable<TokenStandard> {
    public static final int SIZE = 10;
    public static final String HRP = "zts";
    public static final TokenStandard ZERO = new TokenStandard(new byte[SIZE]);
    public static final TokenStandard ZNN = parse("zts1znnxxxxxxxxxxxxx9z4ulx");
    public static final TokenStandard QSR = parse("zts1qsrxxxxxxxxxxxxxmrhjll");

    private final byte[] bytes;

    private TokenStandard(byte[] bytes) {
        this.bytes = bytes;
    }

    public static TokenStandard wrap(byte[] bytes) {
        if (bytes == null || bytes.length != SIZE) {
            throw new IllegalArgumentException("token standard must be " + SIZE + " bytes, got " + (bytes == null ? "null" : bytes.length));
        }
        return new TokenStandard(bytes.clone());
    }

    /** A newly issued token's id: SHA3-256(data)[0:10] (go-zenon NewZenonTokenStandard). */
    public static TokenStandard derive(byte[]... data) {
        return new TokenStandard(Arrays.copyOf(Sha3.sha3(data), SIZE));
    }

    public static TokenStandard parse(String s) {
        if (s == null || s.isEmpty()) throw new IllegalArgumentException("invalid token standard: empty");
        Bech32.Decoded d;
        try {
            d = Bech32.decode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid token standard '" + Hash.abbreviate(s) + "': " + e.getMessage(), e);
        }
        if (!HRP.equals(d.hrp())) throw new IllegalArgumentException("invalid token standard '" + Hash.abbreviate(s) + "': prefix must be 'zts', got '" + d.hrp() + "'");
        if (d.data().length != SIZE) throw new IllegalArgumentException("invalid token standard '" + Hash.abbreviate(s) + "': decodes to " + d.data().length + " bytes, expected 10");
        return new TokenStandard(d.data());
    }

    public boolean isZero() {
        return equals(ZERO);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public byte[] rawBytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenStandard t && Arrays.equals(bytes, t.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public int compareTo(TokenStandard o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return Bech32.encode(HRP, bytes);
    }
}
