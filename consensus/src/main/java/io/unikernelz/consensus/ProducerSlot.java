package io.unikernelz.consensus;

import io.unikernelz.core.types.Address;
import java.util.Objects;

/**
 * One producer slot of an election tick (go-zenon {@code ProducerEvent}).
 *
 * @param startTime Unix seconds; a momentum for this slot must carry exactly this timestamp
 * @param endTime   exclusive end, startTime + block time
 * @param producer  the address allowed to sign the momentum
 * @param name      the pillar owning that address
 */
public record ProducerSlot(long startTime, long endTime, Address producer, String name) {
    public ProducerSlot {
        Objects.requireNonNull(producer, "slot producer");
        Objects.requireNonNull(name, "slot pillar name");
        if (endTime <= startTime) throw new IllegalArgumentException("slot end " + endTime + " is not after its start " + startTime);
    }
}
