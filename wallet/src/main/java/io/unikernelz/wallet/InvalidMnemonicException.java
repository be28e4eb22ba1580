package io.unikernelz.wallet;

/** A mnemonic phrase that is not valid BIP-39 English: unknown word, wrong word count or checksum mismatch. */
public final class InvalidMnemonicException extends IllegalArgumentException {
    public InvalidMnemonicException(String message) {
        super(message);
    }
}
