package io.unikernelz.consensus;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import java.util.Objects;

/**
 * What points bookkeeping needs from one momentum of a tick.
 *
 * @param hash         momentum hash
 * @param previousHash hash of the momentum before it
 * @param producer     address that signed it
 */
public record TickMomentum(Hash hash, Hash previousHash, Address producer) {
    public TickMomentum {
        Objects.requireNonNull(hash, "momentum hash");
        Objects.requireNonNull(previousHash, "momentum previousHash");
        Objects.requireNonNull(producer, "momentum producer");
    }
}
