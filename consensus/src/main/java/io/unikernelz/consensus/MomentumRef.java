package io.unikernelz.consensus;

import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import java.util.Objects;

/**
 * The identity and time of one momentum, which is all consensus needs to know about it.
 *
 * @param hash      momentum hash
 * @param height    momentum height (genesis is 1)
 * @param timestamp Unix seconds
 */
public record MomentumRef(Hash hash, long height, long timestamp) {
    public MomentumRef {
        Objects.requireNonNull(hash, "momentum hash");
        if (height < 1) throw new IllegalArgumentException("momentum height must be at least 1, got " + height);
        if (timestamp < 0) throw new IllegalArgumentException("momentum timestamp must not be negative, got " + timestamp);
    }

    public HashHeight hashHeight() {
        return new HashHeight(hash, height);
    }
}
