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

    public NomException exception(String detail) {
        return new NomException(this, detail);
    }

    @Override
    public String toString() {
        return message;
    }
}
