package io.unikernelz.vm;

import java.util.Objects;

/** A rejected block, momentum or contract call, carrying the go-zenon error it corresponds to. */
public final class NomException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient NomError error;

    public NomException(NomError error, String detail) {
        super(detail == null || detail.isEmpty() ? error.message() : error.message() + ": " + detail);
        this.error = Objects.requireNonNull(error, "error");
    }

    public NomError error() {
        return error;
    }

    public boolean is(NomError other) {
        return error.equals(other);
    }
}
