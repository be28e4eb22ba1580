package io.unikernelz.core.types;

import java.util.Objects;

/** A (hash, height) pair; byte form hash || be8(height) (go-zenon HashHeight.Bytes). */
public record HashHeight(Hash hash, long height) {
    public static final HashHeight ZERO = new HashHeight(Hash.ZERO, 0);

    public HashHeight {
        Objects.requireNonNull(hash, "hash");
    }

    public byte[] toBytes() {
        return Bytes.concat(hash.rawBytes(), Bytes.be8(height));
    }
}
