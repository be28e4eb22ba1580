package io.unikernelz.core.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Ed25519 verification with exactly the acceptance rules of Go's crypto/ed25519 (Go 1.19/1.20, which go-zenon links):
 * the top three bits of S must be clear and S below L; the public key decodes as Go's edwards25519 does (non-canonical
 * y and x = 0 with the sign bit accepted, small-order keys accepted); k = SHA-512(R || A || M) mod L; and the signature
 * is valid iff the canonical encoding of [S]B - [k]A equals the 32 bytes of R (cofactorless, R never decoded).
 *
 * <p>BouncyCastle and libsodium refuse some keys Go accepts, so neither can decide alone; this class is the reference
 * the node's answers are held to (core/src/test/resources/ed25519-go-vectors.json).
 */
final class Ed25519GoRules {
    private Ed25519GoRules() {}

    /** Go's verdict; inputs must already have the right lengths. */
    static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (!signatureWellFormed(signature)) return false;
        Edwards25519.Point minusA = new Edwards25519.Point();
        if (!Edwards25519.decode(publicKey, 0, minusA)) return false;
        minusA.negate();
        Edwards25519.Scratch s = new Edwards25519.Scratch();
        Edwards25519.Point acc = Edwards25519.multiply(minusA, challenge(publicKey, message, signature), s);
        Edwards25519.addBaseMultiple(acc, java.util.Arrays.copyOfRange(signature, 32, 64), s);
        return encodesAsR(acc, signature);
    }

    /** Go's verdict for a key whose negated window table is at hand (same answer as {@link #verify}, no doublings). */
    static boolean verify(Edwards25519.Table minusATable, byte[] publicKey, byte[] message, byte[] signature) {
        if (!signatureWellFormed(signature)) return false;
        Edwards25519.Table base = Edwards25519.baseTable();
        byte[] kDigits = Edwards25519.digits(minusATable, challenge(publicKey, message, signature));
        byte[] sDigits = Edwards25519.digits(base, java.util.Arrays.copyOfRange(signature, 32, 64));
        int touched = Edwards25519.touch(minusATable, kDigits) + Edwards25519.touch(base, sDigits);
        Edwards25519.Scratch s = new Edwards25519.Scratch();
        Edwards25519.Point acc = Edwards25519.Point.identity();
        Edwards25519.addDigits(acc, minusATable, kDigits, s);
        Edwards25519.addDigits(acc, base, sDigits, s);
        // The sum only has to be computed (its loads warm the caches); this use keeps the compiler from dropping it.
        if (touched == 0x5eed5eed) Thread.onSpinWait();
        return encodesAsR(acc, signature);
    }

    /** The window table of -A for a public key, or null when the key does not decode (no signature under it is valid). */
    static Edwards25519.Table negatedKeyTable(byte[] publicKey) {
        Edwards25519.Point minusA = new Edwards25519.Point();
        if (!Edwards25519.decode(publicKey, 0, minusA)) return null;
        minusA.negate();
        return Edwards25519.windowTable(minusA, Edwards25519.KEY_WIDTH);
    }

    private static boolean signatureWellFormed(byte[] signature) {
        return (signature[63] & 0xe0) == 0 && Edwards25519.isCanonicalScalar(signature, 32);
    }

    /** Go's final test: the canonical encoding of [S]B - [k]A is byte for byte R. */
    private static boolean encodesAsR(Edwards25519.Point point, byte[] signature) {
        byte[] encoded = new byte[32];
        Edwards25519.encode(point, encoded);
        return Edwards25519.equalEncodings(encoded, 0, signature, 0);
    }

    private static byte[] challenge(byte[] publicKey, byte[] message, byte[] signature) {
        MessageDigest sha512;
        try {
            sha512 = MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-512", e);
        }
        sha512.update(signature, 0, 32);
        sha512.update(publicKey);
        sha512.update(message);
        return Edwards25519.reduce512(sha512.digest());
    }
}
