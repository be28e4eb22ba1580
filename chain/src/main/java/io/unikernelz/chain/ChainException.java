package io.unikernelz.chain;

/** A chain-level failure an operator must see: wrong data directory, broken store, rejected insertion. */
public final class ChainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChainException(String message) {
        super(message);
    }

    public ChainException(String message, Throwable cause) {
        super(message, cause);
    }
}
