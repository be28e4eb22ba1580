package io.unikernelz.wallet;

import io.unikernelz.core.crypto.Sha3;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A BIP-39 mnemonic over the English word list: 12, 15, 18, 21 or 24 words encoding 16–32 bytes of entropy
 * plus a SHA-256 checksum of ENT/32 bits. go-zenon (via tyler-smith/go-bip39) stores the entropy in key files
 * and derives everything else from it, so entropy is the canonical form here too.
 */
public final class Mnemonic {
    public static final int MIN_ENTROPY_BYTES = 16;
    public static final int MAX_ENTROPY_BYTES = 32;
    public static final int SEED_BYTES = 64;
    private static final int PBKDF2_ROUNDS = 2048;

    private final byte[] entropy;
    private final List<String> words;

    private Mnemonic(byte[] entropy, List<String> words) {
        this.entropy = entropy;
        this.words = List.copyOf(words);
    }

    /** Encodes 16, 20, 24, 28 or 32 bytes of entropy as 12–24 words. */
    public static Mnemonic fromEntropy(byte[] entropy) {
        requireEntropyLength(entropy);
        byte[] e = entropy.clone();
        int entBits = e.length * 8;
        int csBits = entBits / 32;
        byte checksum = sha256(e)[0];
        WordList list = WordList.english();
        int wordCount = (entBits + csBits) / 11;
        List<String> w = new ArrayList<>(wordCount);
        for (int i = 0; i < wordCount; i++) {
            int idx = 0;
            for (int b = i * 11; b < i * 11 + 11; b++) {
                idx = (idx << 1) | bit(e, checksum, entBits, b);
            }
            w.add(list.word(idx));
        }
        return new Mnemonic(e, w);
    }

    /**
     * Parses a phrase: words separated by any whitespace, case-insensitive. Throws {@link InvalidMnemonicException}
     * naming the first unknown word (with its position), a wrong word count, or a checksum mismatch.
     */
    public static Mnemonic fromWords(String phrase) {
        if (phrase == null || phrase.isBlank()) throw new InvalidMnemonicException("invalid mnemonic: empty");
        return fromWords(List.of(phrase.strip().split("\\s+")));
    }

    /** As {@link #fromWords(String)}, for words already split. */
    public static Mnemonic fromWords(List<String> words) {
        if (words == null) throw new InvalidMnemonicException("invalid mnemonic: null");
        int n = words.size();
        if (n < 12 || n > 24 || n % 3 != 0) {
            throw new InvalidMnemonicException("invalid mnemonic: expected 12, 15, 18, 21 or 24 words, got " + n);
        }
        WordList list = WordList.english();
        int totalBits = n * 11;
        int csBits = totalBits / 33;
        int entBits = totalBits - csBits;
        byte[] bits = new byte[(totalBits + 7) / 8];
        List<String> canonical = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String given = words.get(i);
            String word = given == null ? "" : Normalizer.normalize(given.strip(), Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
            int position = i + 1;
            int idx = list.indexOf(word).orElseThrow(() -> new InvalidMnemonicException(
                    "invalid mnemonic: word " + position + " '" + given + "' is not in the BIP-39 English word list"));
            canonical.add(word);
            for (int k = 0; k < 11; k++) {
                if (((idx >> (10 - k)) & 1) != 0) {
                    int pos = i * 11 + k;
                    bits[pos / 8] |= (byte) (0x80 >>> (pos % 8));
                }
            }
        }
        byte[] entropy = Arrays.copyOf(bits, entBits / 8);
        int expected = (sha256(entropy)[0] & 0xff) >>> (8 - csBits);
        int actual = 0;
        for (int pos = entBits; pos < totalBits; pos++) {
            actual = (actual << 1) | ((bits[pos / 8] >>> (7 - pos % 8)) & 1);
        }
        if (expected != actual) {
            throw new InvalidMnemonicException("invalid mnemonic: checksum mismatch (a word is wrong or the words are out of order)");
        }
        return new Mnemonic(entropy, canonical);
    }

    /** A fresh mnemonic of 12, 15, 18, 21 or 24 words from the given randomness source. */
    public static Mnemonic generate(SecureRandom random, int wordCount) {
        if (wordCount < 12 || wordCount > 24 || wordCount % 3 != 0) {
            throw new IllegalArgumentException("word count must be 12, 15, 18, 21 or 24, got " + wordCount);
        }
        byte[] e = new byte[wordCount / 3 * 4];
        random.nextBytes(e);
        return fromEntropy(e);
    }

    /** True if the phrase is a valid English BIP-39 mnemonic. */
    public static boolean isValid(String phrase) {
        try {
            fromWords(phrase);
            return true;
        } catch (InvalidMnemonicException e) {
            return false;
        }
    }

    public byte[] entropy() {
        return entropy.clone();
    }

    public List<String> words() {
        return words;
    }

    /** The words joined by single spaces: the exact string BIP-39 feeds into PBKDF2. */
    public String phrase() {
        return String.join(" ", words);
    }

    /** BIP-39 seed with an empty passphrase, as go-zenon uses. */
    public byte[] seed() {
        return seed("");
    }

    /** BIP-39 seed: PBKDF2-HMAC-SHA512(NFKD(phrase), "mnemonic" + NFKD(passphrase), 2048 rounds, 64 bytes). */
    public byte[] seed(String passphrase) {
        if (passphrase == null) throw new IllegalArgumentException("passphrase is null (use \"\" for none)");
        String salt = "mnemonic" + Normalizer.normalize(passphrase, Normalizer.Form.NFKD);
        char[] pw = Normalizer.normalize(phrase(), Normalizer.Form.NFKD).toCharArray();
        // The JDK's PBKDF2 encodes the password chars as UTF-8, which is what BIP-39 specifies.
        PBEKeySpec spec = new PBEKeySpec(pw, salt.getBytes(StandardCharsets.UTF_8), PBKDF2_ROUNDS, SEED_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks PBKDF2WithHmacSHA512", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(pw, '\0');
        }
    }

    public int size() {
        return words.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mnemonic m && MessageDigest.isEqual(entropy, m.entropy);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(entropy);
    }

    /** Never prints the words: a mnemonic is a secret. */
    @Override
    public String toString() {
        return "Mnemonic[" + words.size() + " words]";
    }

    private static int bit(byte[] entropy, byte checksum, int entBits, int pos) {
        if (pos < entBits) return (entropy[pos / 8] >>> (7 - pos % 8)) & 1;
        return (checksum >>> (7 - (pos - entBits))) & 1;
    }

    static void requireEntropyLength(byte[] entropy) {
        if (entropy == null) throw new IllegalArgumentException("entropy is null");
        int n = entropy.length;
        if (n < MIN_ENTROPY_BYTES || n > MAX_ENTROPY_BYTES || n % 4 != 0) {
            throw new IllegalArgumentException("entropy must be 16, 20, 24, 28 or 32 bytes, got " + n);
        }
    }

    private static byte[] sha256(byte[] b) {
        return Sha3.sha256(b);
    }
}
