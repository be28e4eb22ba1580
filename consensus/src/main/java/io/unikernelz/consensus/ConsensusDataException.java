package io.unikernelz.consensus;

/** Stored consensus data (election cache entry or points record) could not be decoded; the message says why. */
public final class ConsensusDataException extends RuntimeException {
    public ConsensusDataException(String message) {
        super(message);
    }

    public ConsensusDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
