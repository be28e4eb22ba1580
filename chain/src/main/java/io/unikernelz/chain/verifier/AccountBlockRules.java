package io.unikernelz.chain.verifier;

import static io.unikernelz.chain.verifier.VerifierErrors.*;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.pow.Pow;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.store.ledger.Mailbox;
import io.unikernelz.vm.NomException;
import java.util.Optional;

/**
 * The account-block checks of go-zenon's verifier/account_block.go, one method per rule. The stateless ones take the
 * block alone (so they can run on blocks from the wire without a ledger); the rest take a {@link BlockContext} or
 * {@link TransactionContext}. Which rules run, and in which order, is decided by a {@link RuleSet}.
 */
final class AccountBlockRules {
    /** The only account-block version go-zenon accepts. */
    static final long VERSION = 1;
    /** go-zenon rejects send amounts longer than 255 bits, although the encoding holds 256. */
    static final int MAX_AMOUNT_BITS = 255;

    private AccountBlockRules() {}

    /** A send by a contract: only ever emitted as a descendant of a contract receive. */
    static boolean isBatched(AccountBlock b) {
        return b.isSend() && b.isContractBlock();
    }

    static boolean isContractReceive(AccountBlock b) {
        return b.isReceive() && b.isContractBlock();
    }

    // ---- preconditions, checked while building the context and again (for descendants) by previous()

    static void rejectStandaloneBatched(AccountBlock b) {
        if (b.blockType() == BlockType.CONTRACT_SEND) throw AB_TYPE_INVALID_EXTERNAL.exception();
    }

    static void heightAndPreviousHash(AccountBlock b) {
        if (b.height() == 0) throw AB_M_HEIGHT_MISSING.exception();
        boolean first = b.height() == 1;
        if (first && !b.previousHash().isZero()) throw AB_PREV_HASH_MUST_BE_ZERO.exception();
        if (!first && b.previousHash().isZero()) throw AB_PREV_HASH_MISSING.exception();
    }

    static void momentumAcknowledgedPresent(AccountBlock b) {
        if (b.momentumAcknowledged().equals(HashHeight.ZERO)) throw AB_MA_MUST_NOT_BE_ZERO.exception();
    }

    // ---- before execution: stateless

    static void version(AccountBlock b) {
        if (b.version() == 0) throw AB_VERSION_MISSING.exception();
        if (b.version() != VERSION) throw AB_VERSION_INVALID.exception();
    }

    /** go-zenon reports the momentum-named chain-identifier errors for account blocks. */
    static void chainIdentifier(AccountBlock b, long chainIdentifier) {
        if (b.chainIdentifier() == 0) throw M_CHAIN_IDENTIFIER_MISSING.exception();
        if (b.chainIdentifier() != chainIdentifier) {
            throw M_CHAIN_IDENTIFIER_MISMATCH.exception(mismatch(chainIdentifier, b.chainIdentifier()));
        }
    }

    static String mismatch(long expected, long received) {
        return "expected " + Long.toUnsignedString(expected) + " but received " + Long.toUnsignedString(received);
    }

    static void blockType(AccountBlock b) {
        long type = b.blockType();
        if (type == 0) throw AB_TYPE_MISSING.exception();
        if (type == BlockType.GENESIS_RECEIVE) throw AB_TYPE_MUST_NOT_BE_GENESIS.exception();
        if (!b.isSend() && !b.isReceive()) throw AB_TYPE_UNSUPPORTED.exception();
        boolean contractType = type == BlockType.CONTRACT_SEND || type == BlockType.CONTRACT_RECEIVE;
        if (b.isContractBlock() && !contractType) throw AB_TYPE_MUST_BE_CONTRACT.exception();
        if (!b.isContractBlock() && contractType) throw AB_TYPE_MUST_BE_USER.exception();
    }

    static void amounts(AccountBlock b) {
        if (b.isSend()) {
            // AccountBlock already refuses negative amounts; kept so the rule stands on its own
            if (b.amount().signum() < 0) throw AB_AMOUNT_NEGATIVE.exception();
            if (b.amount().bitLength() > MAX_AMOUNT_BITS) throw AB_AMOUNT_TOO_BIG.exception();
            if (b.amount().signum() > 0 && b.tokenStandard().isZero()) throw AB_ZTS_MISSING.exception();
            if (!b.fromBlockHash().isZero()) throw AB_FROM_BLOCK_HASH_MUST_BE_ZERO.exception();
        } else {
            if (b.amount().signum() != 0) throw AB_AMOUNT_MUST_BE_ZERO.exception();
            if (!b.tokenStandard().isZero()) throw AB_ZTS_MUST_BE_ZERO.exception();
            if (!b.toAddress().isZero()) throw AB_TO_ADDRESS_MUST_BE_ZERO.exception();
            if (b.fromBlockHash().isZero()) throw AB_FROM_BLOCK_HASH_MISSING.exception();
        }
    }

    /** PoW is checked only when a difficulty is claimed; contracts never pay with PoW. */
    static void pow(AccountBlock b) {
        if (b.difficulty() == 0) return;
        if (b.isContractBlock() || !Pow.check(b)) throw AB_POW_INVALID.exception();
    }

    // ---- before execution: against the ledger

    /** The account's frontier must be the block's previous; contracts and first blocks are not checked. */
    static void previous(BlockContext c) {
        AccountBlock b = c.block();
        heightAndPreviousHash(b);
        if (b.height() == 1 || b.isContractBlock()) return;
        AccountBlock frontier = read(() -> c.account().frontier())
                .orElseThrow(() -> internal("empty frontier account-block"));
        if (!frontier.identifier().equals(b.previous())) throw AB_PREVIOUS_MISSING.exception();
    }

    static void momentumAcknowledged(BlockContext c) {
        AccountBlock b = c.block();
        HashHeight acknowledged = b.momentumAcknowledged();
        HashHeight frontier = read(() -> c.momentum().identifier());
        if (!frontier.equals(acknowledged)) {
            throw internal("impossible scenario. verifier momentum-store exists but frontier is different. Expected MomentumAcknowledged "
                    + goFormat(acknowledged) + " but got " + goFormat(frontier) + " from MomentumStore");
        }
        if (isBatched(b)) return; // checked through the parent receive

        if (isContractReceive(b)) {
            for (AccountBlock d : b.descendantBlocks()) {
                if (!d.momentumAcknowledged().equals(acknowledged)) throw AB_MA_MUST_BE_THE_SAME.exception();
            }
            // a contract acknowledges exactly the momentum that confirmed the send it receives
            long confirmedAt = read(() -> c.momentum().confirmationHeight(b.fromBlockHash()));
            if (confirmedAt != acknowledged.height()) throw AB_MA_INVALID_FOR_AUTO_GENERATED.exception();
            return;
        }

        HashHeight previous = b.previous();
        if (previous.equals(HashHeight.ZERO)) return;
        AccountBlock previousBlock = read(() -> c.account().byHeight(previous.height()))
                .orElseThrow(() -> internal("missing account-block at height " + Long.toUnsignedString(previous.height())));
        if (Long.compareUnsigned(previousBlock.momentumAcknowledged().height(), acknowledged.height()) > 0) {
            throw AB_MA_GAP.exception();
        }
    }

    static void fromBlockExists(BlockContext c) {
        if (c.block().isSend()) return;
        if (c.sendBlock().isEmpty()) throw AB_FROM_BLOCK_MISSING.exception();
    }

    /** Activated at ReceiverMismatchEnforcementHeight: only the addressee may receive a send. */
    static void receiverMatches(BlockContext c) {
        if (c.block().isSend()) return;
        AccountBlock send = c.sendBlock().orElseThrow(AB_FROM_BLOCK_MISSING::exception);
        if (!c.block().address().equals(send.toAddress())) throw AB_FROM_BLOCK_RECEIVER_MISMATCH.exception();
    }

    static void notYetReceived(BlockContext c) {
        AccountBlock b = c.block();
        if (b.isSend()) return;
        if (read(() -> c.account().isReceived(b.fromBlockHash()))) throw AB_FROM_BLOCK_ALREADY_RECEIVED.exception();
    }

    /** A contract receives its sends strictly in the order they were confirmed. */
    static void sequencer(BlockContext c) {
        AccountBlock b = c.block();
        if (!isContractReceive(b)) return;
        Mailbox mailbox = c.momentum().mailbox(b.address());
        Optional<AccountHeader> next = read(() -> {
            long received = c.account().sequencerFrontIndex();
            return received == mailbox.sequencerSize() ? Optional.<AccountHeader>empty() : mailbox.sequencerByHeight(received + 1);
        });
        if (next.isEmpty()) throw AB_SEQUENCER_NOTHING.exception();
        AccountBlock send = c.sendBlock().orElseThrow(AB_FROM_BLOCK_MISSING::exception);
        if (!send.header().equals(next.get())) throw AB_SEQUENCER_NOT_NEXT.exception();
    }

    // ---- after execution

    static void hash(AccountBlock b) {
        if (b.hash().isZero()) throw AB_HASH_MISSING.exception();
        if (!b.computeHash().equals(b.hash())) throw AB_HASH_INVALID.exception();
    }

    static void signature(AccountBlock b, SignatureCheck signatures) {
        if (b.isContractBlock()) {
            if (b.hasPublicKey()) throw AB_PUBLIC_KEY_MUST_BE_ZERO.exception();
            if (b.hasSignature()) throw AB_SIGNATURE_MUST_BE_ZERO.exception();
            return;
        }
        if (!b.hasSignature()) throw AB_SIGNATURE_MISSING.exception();
        if (!b.hasPublicKey()) throw AB_PUBLIC_KEY_MISSING.exception();
        if (!signatures.verify(b.publicKey(), b.hash().rawBytes(), b.signature())) throw AB_SIGNATURE_INVALID.exception();
    }

    /** The signing key must belong to the account (contract blocks carry no key). */
    static void producer(AccountBlock b) {
        if (b.isContractBlock()) return;
        if (!Address.fromPublicKey(b.publicKey()).equals(b.address())) throw AB_PUBLIC_KEY_WRONG_ADDRESS.exception();
    }

    static void descendantsAllowed(AccountBlock b) {
        if (!isContractReceive(b) && !b.descendantBlocks().isEmpty()) throw AB_DESCENDANT_MUST_BE_ZERO.exception();
    }

    /** Each descendant passes the before-execution rules against its parent's stores; any failure is wrapped. */
    static void descendants(TransactionContext c) {
        descendantsAllowed(c.block());
        for (AccountBlock d : c.block().descendantBlocks()) {
            BlockContext dc = c.blockContext().forDescendant(d);
            try {
                for (Rule<BlockContext> rule : c.descendantRules()) rule.apply(dc);
            } catch (NomException e) {
                throw descendant(e);
            }
        }
    }

    /** go's %v of a HashHeight: {hash height}. */
    static String goFormat(HashHeight h) {
        return "{" + h.hash() + " " + Long.toUnsignedString(h.height()) + "}";
    }
}
