package io.unikernelz.store.ledger;

import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.proto.MomentumProtoCodec;
import io.unikernelz.store.Frontier;
import io.unikernelz.store.Patch;
import java.util.Objects;

/**
 * A momentum and the state patch it applies (go-zenon nom.MomentumTransaction). {@code changes} is what the
 * ChangesHash covers; {@link #storedPatch()} adds the momentum's own frontier records, as committed to disk.
 */
public record MomentumTransaction(Momentum momentum, Patch changes) {
    public MomentumTransaction {
        Objects.requireNonNull(momentum, "momentum");
        Objects.requireNonNull(changes, "changes");
    }

    public Patch storedPatch() {
        return Patch.builder().add(changes).add(Frontier.records(momentum.identifier(), MomentumProtoCodec.encode(momentum))).build();
    }
}
