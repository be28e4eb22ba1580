package io.unikernelz.core.crypto;

/**
 * Ed25519 keys and signatures as go-zenon uses them (it signs the raw 32 hash bytes). Key derivation and signing use
 * BouncyCastle's low-level RFC 8032 code (the JDK's provider is an order of magnitude slower, see docs/benchmarks.md).
 *
 * <p>Verification must give Go's crypto/ed25519 verdict, which accepts keys (small-order, non-canonical) that
 * BouncyCastle and libsodium refuse. {@link #verify} first asks libsodium ({@link SodiumEd25519}) when the system has
 * it: libsodium accepts a strict subset of what Go accepts, so its "valid" is final, and so is its "invalid" unless
 * the key or R is one of the encodings it refuses on principle; those cases, and everything on a system without
 * libsodium, are decided by {@link Ed25519GoRules}, a Java verifier with Go's rules. {@link Ed25519Verifier} adds
 * per-key tables for the keys a node sees again and again.
 */
public final class Ed25519 {
    public static final int PUBLIC_KEY_SIZE = 32;
    public static final int SEED_SIZE = 32;
    public static final int SIGNATURE_SIZE = 64;

    static {
        org.bouncycastle.math.ec.rfc8032.Ed25519.precompute();
    }

    private Ed25519() {}

    /** The public key of a 32-byte private seed (go's ed25519.NewKeyFromSeed). */
    public static byte[] publicKey(byte[] seed) {
        requireLength(seed, SEED_SIZE, "private key seed");
        byte[] pub = new byte[PUBLIC_KEY_SIZE];
        org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, pub, 0);
        return pub;
    }

    public static byte[] sign(byte[] seed, byte[] message) {
        requireLength(seed, SEED_SIZE, "private key seed");
        byte[] sig = new byte[SIGNATURE_SIZE];
        org.bouncycastle.math.ec.rfc8032.Ed25519.sign(seed, 0, message, 0, message.length, sig, 0);
        return sig;
    }

    /** False for any malformed key or signature; never throws on hostile input. */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || signature == null || message == null) return false;
        if (publicKey.length != PUBLIC_KEY_SIZE || signature.length != SIGNATURE_SIZE) return false;
        if (SodiumEd25519.available()) {
            if (SodiumEd25519.verify(publicKey, message, signature)) return true;
            // A refusal is Go's too unless it is one of libsodium's extra checks; only then ask the Go rules.
            if (!SodiumEd25519.mayRefuseWhatGoAccepts(publicKey, signature)) return false;
        }
        return Ed25519GoRules.verify(publicKey, message, signature);
    }

    /** {@link #verify} in Java alone, whatever the system offers: the Go rules the native shortcut is held to. */
    public static boolean verifyPortable(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || signature == null || message == null) return false;
        if (publicKey.length != PUBLIC_KEY_SIZE || signature.length != SIGNATURE_SIZE) return false;
        return Ed25519GoRules.verify(publicKey, message, signature);
    }

    /**
     * BouncyCastle's RFC 8032 verdict, which is not Go's (it refuses small-order keys and checks the cofactored
     * equation); kept for the benchmarks' comparison only.
     */
    public static boolean verifyBouncyCastle(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || signature == null || message == null) return false;
        if (publicKey.length != PUBLIC_KEY_SIZE || signature.length != SIGNATURE_SIZE) return false;
        try {
            return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Which implementation {@link #verify} runs on this machine, for logs and benchmark reports. */
    public static String verifyImplementation() {
        return SodiumEd25519.available()
                ? SodiumEd25519.description() + " via FFM, Java Go-rules verifier for the keys it refuses"
                : "Java Go-rules verifier (libsodium " + SodiumEd25519.unavailableReason() + ")";
    }

    private static void requireLength(byte[] b, int n, String what) {
        if (b == null || b.length != n) {
            throw new IllegalArgumentException(what + " must be " + n + " bytes, got " + (b == null ? "null" : b.length));
        }
    }
}
