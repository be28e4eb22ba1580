package io.unikernelz.wallet;

/**
 * The key file did not decrypt. AES-GCM cannot tell a wrong password from altered ciphertext, nonce or salt, so
 * both surface here (go-zenon reports ErrWrongPassword for both as well).
 */
public final class WrongPasswordException extends KeyFileException {
    public WrongPasswordException() {
        super("wrong password: the key file could not be decrypted (or its encrypted data was altered)");
    }
}
