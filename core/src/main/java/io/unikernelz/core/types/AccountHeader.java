package io.unikernelz.core.types;

import java.util.Arrays;
import java.util.Objects;

/** An account block's place: byte form address || be8(height) || hash (note: not HashHeight's order). */
public record AccountHeader(Address address, HashHeight hashHeight) implements Comparable<AccountHeader> {
    public AccountHeader {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(hashHeight, "hashHeight");
    }

    public AccountHeader(Address address, Hash hash, long height) {
        this(address, new HashHeight(hash, height));
    }

    public Hash hash() {
        return hashHeight.hash();
    }

    public long height() {
        return hashHeight.height();
    }

    public byte[] toBytes() {
        return Bytes.concat(address.rawBytes(), Bytes.be8(hashHeight.height()), hashHeight.hash().rawBytes());
    }

    /** Unsigned lexicographic order of toBytes(): the order of momentum content. */
    @Override
    public int compareTo(AccountHeader o) {
        return Arrays.compareUnsigned(toBytes(), o.toBytes());
    }
}
