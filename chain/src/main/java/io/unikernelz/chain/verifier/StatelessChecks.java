package io.unikernelz.chain.verifier;

import io.unikernelz.core.crypto.Ed25519;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.vm.NomException;

/**
 * The part of the verifier that needs nothing but the block (and the chain identifier): a cheap filter for blocks and
 * momentums arriving from the network or RPC before any state is read. A block or momentum that passes here may
 * still fail {@link ChainVerifier}; one that fails here fails there with the same error.
 */
public final class StatelessChecks {
    private StatelessChecks() {}

    /**
     * go-zenon's state-free account-block rules in its order: stand-alone contract send, height/previous hash,
     * momentum-acknowledged present, version, chain id, type, amounts, PoW, then hash, signature, signer address and
     * descendants (each descendant passing the state-free before-execution rules, failures wrapped as go-zenon does).
     */
    public static void accountBlock(AccountBlock b, long chainIdentifier) {
        AccountBlockRules.rejectStandaloneBatched(b);
        AccountBlockRules.heightAndPreviousHash(b);
        AccountBlockRules.momentumAcknowledgedPresent(b);
        beforeExecution(b, chainIdentifier);
        integrity(b);
        AccountBlockRules.descendantsAllowed(b);
        for (AccountBlock d : b.descendantBlocks()) {
            try {
                beforeExecution(d, chainIdentifier);
                AccountBlockRules.heightAndPreviousHash(d);
            } catch (NomException e) {
                throw VerifierErrors.descendant(e);
            }
        }
    }

    /**
     * Hash, signature and signer address (go-zenon's first three after-execution rules): what any block, a
     * descendant included, must satisfy on its own.
     */
    public static void integrity(AccountBlock b) {
        AccountBlockRules.hash(b);
        AccountBlockRules.signature(b, Ed25519::verify);
        AccountBlockRules.producer(b);
    }

    /** version, chain id, type, amounts and PoW: the before-execution rules that read no state. */
    public static void beforeExecution(AccountBlock b, long chainIdentifier) {
        AccountBlockRules.version(b);
        AccountBlockRules.chainIdentifier(b, chainIdentifier);
        AccountBlockRules.blockType(b);
        AccountBlockRules.amounts(b);
        AccountBlockRules.pow(b);
    }

    /**
     * go-zenon's state-free momentum rules: not genesis, previous hash present, chain id, version, timestamp present,
     * no data, content size, then hash and signature. Time, linkage, content and producer need the ledger.
     */
    public static void momentum(Momentum m, long chainIdentifier) {
        MomentumRules.heightAndPreviousHash(m);
        MomentumRules.chainIdentifier(m, chainIdentifier);
        MomentumRules.version(m);
        MomentumRules.timestampPresent(m);
        MomentumRules.data(m);
        MomentumRules.contentSize(m);
        MomentumRules.hash(m);
        MomentumRules.signature(m, Ed25519::verify);
    }
}
