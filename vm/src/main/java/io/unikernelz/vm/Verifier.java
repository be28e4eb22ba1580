package io.unikernelz.vm;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.DetailedMomentum;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.MomentumTransaction;

/**
 * go-zenon's verifier as the supervisor calls it (verifier/verifier.go). Each check throws a {@link NomException}
 * carrying go-zenon's error; the chain module implements it.
 */
public interface Verifier {
    /** Rules checked before an account block is executed. */
    void accountBlock(AccountBlock block);

    /** Rules checked after execution, on the block as the VM left it (hash, signature, descendants). */
    void accountBlockTransaction(AccountBlockTransaction transaction);

    /** Rules checked before a momentum is applied. */
    void momentum(DetailedMomentum detailed);

    /** Rules checked after a momentum is applied (changes hash, hash, signature, producer). */
    void momentumTransaction(MomentumTransaction transaction);
}
