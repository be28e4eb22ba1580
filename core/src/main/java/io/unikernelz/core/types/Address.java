package io.unikernelz.core.types;

import io.unikernelz.core.crypto.Sha3;
import java.util.Arrays;

/** A 20-byte NoM address: kind byte (0 user, 1 embedded contract) + 19 core bytes. Text: bech32 hrp "z". */
public final class Address implements Comparable<Address> {
    public static final int SIZE = 20;
    public static final String HRP = "z";
    public static final byte USER = 0;
    public static final byte CONTRACT = 1;

    public static final Address ZERO = new Address(new byte[SIZE]);
    public static final Address PILLAR = parse("z1qxemdeddedxpyllarxxxxxxxxxxxxxxxsy3fmg");
    public static final Address PLASMA = parse("z1qxemdeddedxplasmaxxxxxxxxxxxxxxxxsctrp");
    public static final Address STAKE = parse("z1qxemdeddedxstakexxxxxxxxxxxxxxxxjv8v62");
    public static final Address SPORK = parse("z1qxemdeddedxsp0rkxxxxxxxxxxxxxxxx956u48");
    public static final Address TOKEN = parse("z1qxemdeddedxt0kenxxxxxxxxxxxxxxxxh9amk0");
    public static final Address SENTINEL = parse("z1qxemdeddedxsentynelxxxxxxxxxxxxxwy0r2r");
    public static final Address SWAP = parse("z1qxemdeddedxswapxxxxxxxxxxxxxxxxxxl4yww");
    public static final Address LIQUIDITY = parse("z1qxemdeddedxlyquydytyxxxxxxxxxxxxflaaae");
    public static final Address ACCELERATOR = parse("z1qxemdeddedxaccelerat0rxxxxxxxxxxp4tk22");
    public static final Address HTLC = parse("z1qxemdeddedxhtlcxxxxxxxxxxxxxxxxxygecvw");
    public static final Address BRIDGE = parse("z1qxemdeddedxdrydgexxxxxxxxxxxxxxxmqgr0d");
    /** Order in which a pillar drains contract receive queues (go-zenon types.EmbeddedContracts). */
    public static final java.util.List<Address> EMBEDDED_CONTRACTS =
            java.util.List.of(PLASMA, PILLAR, TOKEN, SENTINEL, SWAP, STAKE, SPORK, LIQUIDITY, ACCELERATOR, HTLC, BRIDGE);
    /** Contracts a pillar pokes with Update() (go-zenon types.EmbeddedWUpdate). */
    public static final java.util.List<Address> EMBEDDED_WITH_UPDATE = java.util.List.of(PILLAR, STAKE, SENTINEL, LIQUIDITY, ACCELERATOR);
    public static final Address COMMUNITY_SPORK = parse("z1qqvwzz2xq7q5gwk6uhcddgrpxlfcyzc8rsu82s");

    private final byte[] bytes;
    private String text;

    private Address(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Address wrap(byte[] bytes) {
        if (bytes == null || bytes.length != SIZE) {
            throw new IllegalArgumentException("address must be " + SIZE + " bytes, got " + (bytes == null ? "null" : bytes.length));
        }
        return new Address(bytes.clone());
    }

    /** address = 0x00 || SHA3-256(publicKey)[0:19] (go-zenon PubKeyToAddress; hashes whatever bytes it is given). */
    public static Address fromPublicKey(byte[] publicKey) {
        byte[] h = Sha3.sha3(publicKey == null ? new byte[0] : publicKey);
        byte[] b = new byte[SIZE];
        b[0] = USER;
        System.arraycopy(h, 0, b, 1, SIZE - 1);
        return new Address(b);
    }

    /** Parses a bech32 "z1…" address; the error names what is wrong. */
    public static Address parse(String s) {
        if (s == null || s.isEmpty()) throw new IllegalArgumentException("invalid address: empty");
        Bech32.Decoded d;
        try {
            d = Bech32.decode(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid address '" + Hash.abbreviate(s) + "': " + e.getMessage(), e);
        }
        if (!HRP.equals(d.hrp())) throw new IllegalArgumentException("invalid address '" + Hash.abbreviate(s) + "': prefix must be 'z', got '" + d.hrp() + "'");
        if (d.data().length != SIZE) throw new IllegalArgumentException("invalid address '" + Hash.abbreviate(s) + "': decodes to " + d.data().length + " bytes, expected 20");
        return new Address(d.data());
    }

    public boolean isEmbedded() {
        return bytes[0] == CONTRACT;
    }

    public boolean isZero() {
        return equals(ZERO);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Direct view for hashing and encoding; callers must not modify it. */
    public byte[] rawBytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address a && Arrays.equals(bytes, a.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public int compareTo(Address o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null) text = t = Bech32.encode(HRP, bytes);
        return t;
    }
}
