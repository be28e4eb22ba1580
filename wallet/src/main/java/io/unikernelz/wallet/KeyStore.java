package io.unikernelz.wallet;

import io.unikernelz.core.types.Address;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * A decrypted wallet: BIP-39 entropy, its mnemonic and seed, and the base address (account 0). Accounts are
 * derived on demand at {@code m/44'/73404'/i'}.
 */
public final class KeyStore {
    /** How far {@link #findAddress(Address)} searches, as go-zenon's wallet does. */
    public static final int MAX_SEARCH_INDEX = 128;

    private final Mnemonic mnemonic;
    private final byte[] seed;
    private final Address baseAddress;

    private KeyStore(Mnemonic mnemonic) {
        this.mnemonic = mnemonic;
        this.seed = mnemonic.seed();
        this.baseAddress = Derivation.deriveWithIndex(0, seed).address();
    }

    public static KeyStore fromEntropy(byte[] entropy) {
        return new KeyStore(Mnemonic.fromEntropy(entropy));
    }

    public static KeyStore fromMnemonic(Mnemonic mnemonic) {
        if (mnemonic == null) throw new IllegalArgumentException("mnemonic is null");
        return new KeyStore(mnemonic);
    }

    /** Parses and checks the phrase; see {@link Mnemonic#fromWords(String)} for the errors. */
    public static KeyStore fromMnemonic(String phrase) {
        return new KeyStore(Mnemonic.fromWords(phrase));
    }

    public static KeyStore generate(SecureRandom random, int wordCount) {
        return new KeyStore(Mnemonic.generate(random, wordCount));
    }

    /** The key pair of account {@code index} (0 ≤ index < 2^31). */
    public KeyPair derive(int index) {
        return Derivation.deriveWithIndex(index, seed);
    }

    /** The account among the first {@value #MAX_SEARCH_INDEX} whose address is {@code address}. */
    public Optional<KeyPair> findAddress(Address address) {
        for (int i = 0; i < MAX_SEARCH_INDEX; i++) {
            KeyPair kp = derive(i);
            if (kp.address().equals(address)) return Optional.of(kp);
        }
        return Optional.empty();
    }

    public Mnemonic mnemonic() {
        return mnemonic;
    }

    public byte[] entropy() {
        return mnemonic.entropy();
    }

    /** The 64-byte BIP-39 seed (empty passphrase). */
    public byte[] seed() {
        return seed.clone();
    }

    public Address baseAddress() {
        return baseAddress;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyStore k && mnemonic.equals(k.mnemonic);
    }

    @Override
    public int hashCode() {
        return baseAddress.hashCode();
    }

    @Override
    public String toString() {
        return "KeyStore[" + baseAddress + "]";
    }
}
