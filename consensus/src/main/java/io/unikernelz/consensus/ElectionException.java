package io.unikernelz.consensus;

/** An election could not be computed (time before genesis, no proof momentum, inconsistent data). */
public final class ElectionException extends RuntimeException {
    public ElectionException(String message) {
        super(message);
    }
}
