package io.unikernelz.vm;

import java.util.Objects;

/** A rejected block, momentum or contract call, carrying the go-zenon error it corresponds to. */
public final class NomException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient NomError error;

    /** go-zenon's usual wrap {@code fmt.Errorf("%w - %v", err, detail)}; the bare message without a detail. */
    public NomException(NomError error, String detail) {
        this(error, detail == null || detail.isEmpty() ? error.message() : error.message() + " - " + detail, true);
    }

    private NomException(NomError error, String message, boolean exact) {
        super(message);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** The error with exactly this text, for go-zenon errors composed another way (e.g. "X reason:…", "X expected …"). */
    public static NomException withMessage(NomError error, String message) {
        return new NomException(error, Objects.requireNonNull(message, "message"), true);
    }

    public NomError error() {
        return error;
    }

    public boolean is(NomError other) {
        return error.equals(other);
    }
}
