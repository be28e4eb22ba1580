package io.unikernelz.vm;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.store.Patch;
import java.util.Optional;

/**
 * Where a momentum's account patches come from (go-zenon AccountPool.GetPatch): the chain's account pool, or the
 * genesis block set. Implemented by the chain module.
 */
public interface AccountPatches {
    /**
     * The account patch to replay for the content header {@code (address, identifier)}: the block's whole account
     * patch ({@link io.unikernelz.store.ledger.AccountBlockTransaction#accountPatch()}), or {@link Patch#EMPTY} when
     * {@code identifier} is a descendant of a pool block. Empty when the pool does not hold that block.
     */
    Optional<Patch> accountPatch(Address address, HashHeight identifier);
}
