package io.unikernelz.vm;

import java.util.Objects;

/**
 * One of go-zenon's error values (vm/constants/errors.go, verifier/errors.go, …): compared by identity of name,
 * printed with go-zenon's exact message, because wallets and the RPC surface show these texts.
 */
public record NomError(String name, String message) {
    public NomError {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(message, "message");
    }

    public NomException exception() {
        return new NomException(this, null);
    }

    /** Wrapped the usual go-zenon way: {@code "<message> - <detail>"}. */
    public NomException exception(String detail) {
        return new NomException(this, detail);
    }

    /** This error with its message followed by {@code suffix} after a space ({@code errors.Errorf("<message> %v", …)}). */
    public NomException exceptionFollowedBy(String suffix) {
        return NomException.withMessage(this, message + " " + suffix);
    }

    @Override
    public String toString() {
        return message;
    }
}
