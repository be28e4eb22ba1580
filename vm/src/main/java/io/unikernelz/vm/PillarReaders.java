package io.unikernelz.vm;

import io.unikernelz.core.types.HashHeight;

/** Gives the consensus view fixed at a momentum (go-zenon Consensus.FixedPillarReader). */
@FunctionalInterface
public interface PillarReaders {
    PillarReader at(HashHeight momentum);

    /**
     * For a VM run without consensus (tests, tools): any contract that asks for consensus data fails with a clear
     * message, which the VM reports as {@link VmErrors#VM_RUN_PANIC}, as go-zenon does for an internal failure.
     */
    static PillarReaders unavailable() {
        return momentum -> {
            throw new IllegalStateException("no consensus reader is configured for this VM (momentum " + momentum + ")");
        };
    }
}
