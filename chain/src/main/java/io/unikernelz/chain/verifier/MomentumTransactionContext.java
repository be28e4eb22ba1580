package io.unikernelz.chain.verifier;

import io.unikernelz.store.ledger.MomentumTransaction;
import java.util.Objects;

/** What the after-application momentum rules see: the momentum with its state patch, and the producer schedule. */
record MomentumTransactionContext(MomentumTransaction transaction, ProducerSchedule producers) {
    MomentumTransactionContext {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(producers, "producers");
    }
}
