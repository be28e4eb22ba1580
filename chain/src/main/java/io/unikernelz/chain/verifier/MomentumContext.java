package io.unikernelz.chain.verifier;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.store.ledger.MomentumStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the before-application momentum rules see: the momentum, the account blocks its content names (prefetched,
 * descendants included), the momentum store as of the previous momentum, and the wall-clock time of the check.
 */
record MomentumContext(Momentum momentum, List<AccountBlock> blocks, MomentumStore previous, long chainIdentifier, Instant now) {
    MomentumContext {
        Objects.requireNonNull(momentum, "momentum");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(now, "now");
    }
}
