package io.unikernelz.rpc.subscribe;

import io.unikernelz.core.types.Hash;

import java.util.List;

/** A momentum just inserted into the chain, with the account blocks it confirms, in momentum order. */
public record MomentumEvent(Hash hash, long height, List<AccountBlockEvent> accountBlocks) {
    public MomentumEvent {
        if (hash == null) throw new IllegalArgumentException("momentum event without hash");
        accountBlocks = accountBlocks == null ? List.of() : List.copyOf(accountBlocks);
    }
}
