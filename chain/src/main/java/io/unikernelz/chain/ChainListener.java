package io.unikernelz.chain;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.DetailedMomentum;

/** Chain events, delivered on the writer thread after the change is visible to readers. Keep handlers short. */
public interface ChainListener {
    /** A momentum was committed, with the account blocks it confirmed. */
    default void momentumInserted(DetailedMomentum momentum) {}

    /** An account block entered the account pool (unconfirmed). */
    default void accountBlockInserted(AccountBlock block) {}
}
