package io.unikernelz.chain.verifier;

import io.unikernelz.core.types.Address;
import java.util.Optional;

/**
 * Who must sign the momentum of a given slot (go-zenon consensus GetMomentumProducer). The chain wires the
 * consensus module's election here, so the verifier does not depend on consensus internals.
 */
@FunctionalInterface
public interface ProducerSchedule {
    /** The producer of the slot starting exactly at {@code timestampSec}; empty when no slot starts there. */
    Optional<Address> producerAt(long timestampSec);
}
