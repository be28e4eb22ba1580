package io.unikernelz.chain.verifier;

import io.unikernelz.store.ledger.MomentumTransaction;
import java.util.Objects;

/**
 * What the after-application momentum rules see: the momentum with its state patch, the producer schedule and the
 * signature check.
 */
record MomentumTransactionContext(MomentumTransaction transaction, ProducerSchedule producers, SignatureCheck signatures) {
    MomentumTransactionContext {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(producers, "producers");
        Objects.requireNonNull(signatures, "signatures");
    }
}
