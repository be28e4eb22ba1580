package io.unikernelz.chain.verifier;

import static io.unikernelz.chain.verifier.VerifierErrors.*;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.vm.NomException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The momentum checks of go-zenon's verifier/momentum.go, one method per rule; the stateless ones take the momentum
 * alone. Order and selection come from a {@link RuleSet}.
 */
final class MomentumRules {
    static final long VERSION = 1;
    /** chain.MaxAccountBlocksInMomentum: headers per momentum, descendants counted. */
    static final int MAX_ACCOUNT_BLOCKS_IN_MOMENTUM = 100;
    /** How far ahead of the local clock a momentum timestamp may be. */
    static final long MAX_FUTURE_SECONDS = 10;

    private MomentumRules() {}

    // ---- preconditions, checked while building the context and again by previous()

    static void heightAndPreviousHash(Momentum m) {
        if (m.height() == 1) throw M_NOT_GENESIS.exception();
        if (m.previousHash().isZero()) throw M_PREV_HASH_MISSING.exception();
    }

    // ---- before application

    /** go-zenon reports the account-block-named chain-identifier errors for momentums. */
    static void chainIdentifier(Momentum m, long chainIdentifier) {
        if (m.chainIdentifier() == 0) throw AB_CHAIN_IDENTIFIER_MISSING.exception();
        if (m.chainIdentifier() != chainIdentifier) {
            throw AB_CHAIN_IDENTIFIER_MISMATCH.exception(AccountBlockRules.mismatch(chainIdentifier, m.chainIdentifier()));
        }
    }

    static void version(Momentum m) {
        if (m.version() == 0) throw M_VERSION_MISSING.exception();
        if (m.version() != VERSION) throw M_VERSION_INVALID.exception();
    }

    static void timestampPresent(Momentum m) {
        if (m.timestamp() == 0) throw M_TIMESTAMP_MISSING.exception();
    }

    static void timestamp(MomentumContext c) {
        Momentum m = c.momentum();
        timestampPresent(m);
        if (isAfter(m.timestamp(), c.now().plusSeconds(MAX_FUTURE_SECONDS))) throw M_TIMESTAMP_IN_THE_FUTURE.exception();
        Momentum previous = read(() -> c.previous().frontierMomentum())
                .orElseThrow(() -> internal("missing frontier momentum"));
        if (Long.compareUnsigned(previous.timestamp(), m.timestamp()) >= 0) throw M_TIMESTAMP_NOT_INCREASING.exception();
    }

    /** Whether the unsigned Unix second {@code seconds} lies strictly after {@code limit}. */
    static boolean isAfter(long seconds, Instant limit) {
        if (seconds < 0) return true; // at or beyond 2^63 s: later than any Instant
        return seconds > limit.getEpochSecond();
    }

    static void previous(MomentumContext c) {
        Momentum m = c.momentum();
        heightAndPreviousHash(m);
        HashHeight frontier = read(() -> c.previous().identifier());
        if (!m.previous().equals(frontier)) throw M_PREVIOUS_MISSING.exception();
    }

    static void data(Momentum m) {
        if (m.data().length != 0) throw M_DATA_MUST_BE_ZERO.exception();
    }

    static void contentSize(Momentum m) {
        if (m.content().size() > MAX_ACCOUNT_BLOCKS_IN_MOMENTUM) throw M_CONTENT_TOO_BIG.exception();
    }

    /**
     * The content names exactly the prefetched blocks, and replaying them in content order chains every account
     * without gaps. Whether the blocks themselves are valid is not checked here: the producer picked them, the VM
     * re-applies them. Batched (contract send) blocks are skipped: their receive carries them.
     */
    static void content(MomentumContext c) {
        Momentum m = c.momentum();
        contentSize(m);
        Map<HashHeight, AccountBlock> prefetched = new HashMap<>();
        for (AccountBlock b : c.blocks()) prefetched.put(b.identifier(), b);
        if (prefetched.size() != m.content().size()) throw M_CONTENT_SIZE_MISMATCH.exception();

        Map<Address, HashHeight> heads = new HashMap<>();
        for (AccountHeader header : m.content().headers()) {
            HashHeight known = heads.get(header.address());
            HashHeight expected = known != null ? known : read(() -> c.previous().account(header.address()).identifier());
            AccountBlock block = prefetched.get(header.hashHeight());
            // go-zenon dereferences the missing block here and panics; the intended error is reported instead
            if (block == null) throw M_CONTENT_HEADER_NOT_PREFETCHED.exception();
            if (AccountBlockRules.isBatched(block)) continue;
            if (!block.previous().equals(expected)) {
                throw M_CONTENT_GAP_IN_PREVIOUS.exceptionFollowedBy("Expected " + AccountBlockRules.goFormat(expected)
                        + " but got " + AccountBlockRules.goFormat(block.previous()));
            }
            heads.put(header.address(), block.identifier());
        }
    }

    // ---- after application

    static void changesHash(MomentumTransactionContext c) {
        if (!c.transaction().changes().hash().equals(c.transaction().momentum().changesHash())) {
            throw M_CHANGES_HASH_INVALID.exception();
        }
    }

    static void hash(Momentum m) {
        if (!m.computeHash().equals(m.hash())) throw M_HASH_INVALID.exception();
    }

    static void signature(Momentum m, SignatureCheck signatures) {
        if (!m.hasSignature()) throw M_SIGNATURE_MISSING.exception();
        if (!m.hasPublicKey()) throw M_PUBLIC_KEY_MISSING.exception();
        if (!signatures.verify(m.publicKey(), m.hash().rawBytes(), m.signature())) throw M_SIGNATURE_INVALID.exception();
    }

    /** The signer must own the slot the timestamp names; a schedule that cannot answer is an internal error. */
    static void producer(MomentumTransactionContext c) {
        Momentum m = c.transaction().momentum();
        Address expected;
        try {
            expected = c.producers().producerAt(m.timestamp())
                    .orElseThrow(() -> internal("couldn't find producer for timestamp"));
        } catch (NomException e) {
            throw e;
        } catch (RuntimeException e) {
            NomException wrapped = internal(e.getMessage());
            wrapped.initCause(e);
            throw wrapped;
        }
        if (!m.producer().equals(expected)) throw M_PRODUCER_INVALID.exception();
    }
}
