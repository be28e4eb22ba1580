package io.unikernelz.wallet;

import io.unikernelz.core.crypto.Ed25519;
import io.unikernelz.core.types.Address;
import java.security.MessageDigest;

/** An ed25519 key pair: 32-byte private seed, its public key and the Zenon address of that public key. */
public final class KeyPair {
    private final byte[] privateKey;
    private final byte[] publicKey;
    private final Address address;

    private KeyPair(byte[] privateKey) {
        this.privateKey = privateKey;
        this.publicKey = Ed25519.publicKey(privateKey);
        this.address = Address.fromPublicKey(publicKey);
    }

    /** The key pair of a 32-byte ed25519 private seed (go's ed25519.NewKeyFromSeed). */
    public static KeyPair fromPrivateKey(byte[] privateKey) {
        if (privateKey == null || privateKey.length != Ed25519.SEED_SIZE) {
            throw new IllegalArgumentException("private key must be " + Ed25519.SEED_SIZE + " bytes, got "
                    + (privateKey == null ? "null" : privateKey.length));
        }
        return new KeyPair(privateKey.clone());
    }

    /** Account {@code index} under a SLIP-0010 seed (BIP-39 seed, or go-zenon's raw 16-byte test seeds). */
    public static KeyPair deriveWithIndex(int index, byte[] seed) {
        return Derivation.deriveWithIndex(index, seed);
    }

    /** Plain ed25519 signature over the raw message (go-zenon signs the 32 raw hash bytes). */
    public byte[] sign(byte[] message) {
        if (message == null) throw new IllegalArgumentException("message is null");
        return Ed25519.sign(privateKey, message);
    }

    public boolean verify(byte[] message, byte[] signature) {
        return Ed25519.verify(publicKey, message, signature);
    }

    /** The 32-byte private seed. */
    public byte[] privateKey() {
        return privateKey.clone();
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public Address address() {
        return address;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyPair k && MessageDigest.isEqual(privateKey, k.privateKey);
    }

    @Override
    public int hashCode() {
        return address.hashCode();
    }

    /** Shows the address only; the private key never reaches logs. */
    @Override
    public String toString() {
        return "KeyPair[" + address + "]";
    }
}
