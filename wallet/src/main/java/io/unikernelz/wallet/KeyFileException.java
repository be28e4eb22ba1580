package io.unikernelz.wallet;

/** A key file that cannot be used: malformed JSON, a missing or invalid field, or contents that do not agree. */
public class KeyFileException extends RuntimeException {
    public KeyFileException(String message) {
        super(message);
    }

    public KeyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
