package io.unikernelz.vm;

import io.unikernelz.store.ledger.AccountBlockTransaction;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated contract receive (go-zenon vm.ContractExecution): the transaction to add to the pool, and the error the
 * contract method returned, if any (the receive then carries status 2 and a refund).
 */
public record ContractExecution(AccountBlockTransaction transaction, NomError returnedError) {
    public ContractExecution {
        Objects.requireNonNull(transaction, "transaction");
    }

    public Optional<NomError> error() {
        return Optional.ofNullable(returnedError);
    }
}
