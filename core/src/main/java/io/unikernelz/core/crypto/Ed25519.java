package io.unikernelz.core.crypto;

/**
 * Ed25519 over BouncyCastle's low-level RFC 8032 implementation. The JDK's provider is an order of magnitude
 * slower (see docs/benchmarks.md), and go-zenon signs the raw 32 hash bytes, so no provider plumbing is needed.
 *
 * <p>{@link #verify} first asks libsodium ({@link SodiumEd25519}, about twice as fast) when the system has it. libsodium
 * accepts a strict subset of what BouncyCastle accepts, so its "valid" is final and every other case is decided by
 * BouncyCastle: the answer is always BouncyCastle's, only valid signatures get faster.
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
        if (SodiumEd25519.available() && SodiumEd25519.verify(publicKey, message, signature)) return true;
        return verifyPortable(publicKey, message, signature);
    }

    /** {@link #verify} on BouncyCastle alone, whatever the system offers (the reference the native path is held to). */
    public static boolean verifyPortable(byte[] publicKey, byte[] message, byte[] signature) {
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
                ? SodiumEd25519.description() + " via FFM, BouncyCastle deciding its rejects"
                : "BouncyCastle (libsodium " + SodiumEd25519.unavailableReason() + ")";
    }

    private static void requireLength(byte[] b, int n, String what) {
        if (b == null || b.length != n) {
            throw new IllegalArgumentException(what + " must be " + n + " bytes, got " + (b == null ? "null" : b.length));
        }
    }
}
