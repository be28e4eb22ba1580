package io.unikernelz.chain.verifier;

/** Ed25519 verification as the rules need it: Go's crypto/ed25519 verdict on a key, a message and a signature. */
@FunctionalInterface
interface SignatureCheck {
    boolean verify(byte[] publicKey, byte[] message, byte[] signature);
}
