package io.unikernelz.core.check;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.pow.Pow;
import io.unikernelz.core.types.Hash;
import java.util.Optional;

/**
 * The checks that need nothing but the block itself: hash, signature, signer address, PoW nonce and descendants
 * (go-zenon verifier/account_block.go transaction checks plus {@code pow}; momentum hash and signature). The
 * error texts are go-zenon's, with the computed value appended where it helps. Chain-dependent rules (heights,
 * previous, momentum-acknowledged, plasma) belong to the chain verifier.
 */
public final class Integrity {
    public static final String AB_HASH_MISSING = "account-block hash must not be zero";
    public static final String AB_HASH_INVALID = "account-block hash is different than the one computed";
    public static final String AB_PUBLIC_KEY_WRONG_ADDRESS = "account-block publicKey doesn't correspond to the address";
    public static final String AB_PUBLIC_KEY_MISSING = "account-block publicKey is missing";
    public static final String AB_PUBLIC_KEY_MUST_BE_ZERO = "account-block publicKey must be zero";
    public static final String AB_SIGNATURE_INVALID = "account-block signature is invalid";
    public static final String AB_SIGNATURE_MISSING = "account-block signature is missing";
    public static final String AB_SIGNATURE_MUST_BE_ZERO = "account-block signature must be zero";
    public static final String AB_POW_INVALID = "account-block nonce/difficulty is invalid";
    public static final String AB_DESCENDANT_MUST_BE_ZERO = "account-block descendant blocks must be empty";
    public static final String AB_DESCENDANT_VERIFY = "account-block descendant block failed to pass verifications";
    public static final String M_HASH_INVALID = "momentum hash is different than the one computed";
    public static final String M_SIGNATURE_MISSING = "momentum signature is missing";
    public static final String M_PUBLIC_KEY_MISSING = "momentum publicKey is missing";
    public static final String M_SIGNATURE_INVALID = "momentum signature is invalid";

    private Integrity() {}

    /** The first problem found, or empty when hash, signature, signer, PoW and descendants all hold. */
    public static Optional<String> check(AccountBlock b) {
        if (b.hash().isZero()) return Optional.of(AB_HASH_MISSING);
        Hash computed = b.computeHash();
        if (!computed.equals(b.hash())) return Optional.of(AB_HASH_INVALID + " (computed " + computed + ")");

        if (b.isContractBlock()) {
            if (b.hasPublicKey()) return Optional.of(AB_PUBLIC_KEY_MUST_BE_ZERO);
            if (b.hasSignature()) return Optional.of(AB_SIGNATURE_MUST_BE_ZERO);
        } else if (!(b.blockType() == BlockType.GENESIS_RECEIVE && !b.hasPublicKey() && !b.hasSignature())) {
            // genesis receives of user accounts are created unsigned by the genesis itself
            if (!b.hasSignature()) return Optional.of(AB_SIGNATURE_MISSING);
            if (!b.hasPublicKey()) return Optional.of(AB_PUBLIC_KEY_MISSING);
            if (!b.signatureValid()) return Optional.of(AB_SIGNATURE_INVALID);
            if (!b.producer().equals(b.address())) {
                return Optional.of(AB_PUBLIC_KEY_WRONG_ADDRESS + " (key gives " + b.producer() + ")");
            }
        }

        if (b.difficulty() != 0 && (b.isContractBlock() || !Pow.check(b))) return Optional.of(AB_POW_INVALID);

        if (b.blockType() != BlockType.CONTRACT_RECEIVE && !b.descendantBlocks().isEmpty()) {
            return Optional.of(AB_DESCENDANT_MUST_BE_ZERO);
        }
        for (AccountBlock d : b.descendantBlocks()) {
            Optional<String> problem = check(d);
            if (problem.isPresent()) return Optional.of(AB_DESCENDANT_VERIFY + " - " + d.hash() + ": " + problem.get());
        }
        return Optional.empty();
    }

    /** Hash and producer signature; the unsigned genesis (height 1, no key, no signature) passes. */
    public static Optional<String> check(Momentum m) {
        Hash computed = m.computeHash();
        if (!computed.equals(m.hash())) return Optional.of(M_HASH_INVALID + " (computed " + computed + ")");
        if (m.height() == 1 && !m.hasPublicKey() && !m.hasSignature()) return Optional.empty();
        if (!m.hasSignature()) return Optional.of(M_SIGNATURE_MISSING);
        if (!m.hasPublicKey()) return Optional.of(M_PUBLIC_KEY_MISSING);
        if (!m.signatureValid()) return Optional.of(M_SIGNATURE_INVALID);
        return Optional.empty();
    }
}
