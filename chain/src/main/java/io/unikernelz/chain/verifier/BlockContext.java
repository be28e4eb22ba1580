package io.unikernelz.chain.verifier;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.store.ledger.MomentumStore;
import java.util.Objects;
import java.util.Optional;

/**
 * What the before-execution rules of one account block see: the account as of the block's previous entry and the
 * momentum store as of the acknowledged momentum. Descendants of a contract receive are checked against their
 * parent's stores. Lives for one verification; the send block a receive points at is looked up once.
 */
final class BlockContext {
    private final AccountBlock block;
    private final AccountStore account;
    private final MomentumStore momentum;
    private final long chainIdentifier;
    private final SignatureCheck signatures;
    private Optional<AccountBlock> sendBlock;

    BlockContext(AccountBlock block, AccountStore account, MomentumStore momentum, long chainIdentifier, SignatureCheck signatures) {
        this.block = Objects.requireNonNull(block, "block");
        this.account = Objects.requireNonNull(account, "account");
        this.momentum = Objects.requireNonNull(momentum, "momentum");
        this.chainIdentifier = chainIdentifier;
        this.signatures = Objects.requireNonNull(signatures, "signatures");
    }

    AccountBlock block() {
        return block;
    }

    AccountStore account() {
        return account;
    }

    MomentumStore momentum() {
        return momentum;
    }

    long chainIdentifier() {
        return chainIdentifier;
    }

    SignatureCheck signatures() {
        return signatures;
    }

    /** The same stores, for a descendant block of this one. */
    BlockContext forDescendant(AccountBlock descendant) {
        return new BlockContext(descendant, account, momentum, chainIdentifier, signatures);
    }

    /** The block named by fromBlockHash, as known to the acknowledged momentum. */
    Optional<AccountBlock> sendBlock() {
        if (sendBlock == null) sendBlock = VerifierErrors.read(() -> momentum.accountBlockByHash(block.fromBlockHash()));
        return sendBlock;
    }
}
