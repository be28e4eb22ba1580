package io.unikernelz.vm.abi;

/**
 * The only exception the ABI codec throws: bad call data or storage bytes (wrong selector, short data, offsets
 * pointing outside the data, malformed booleans), or arguments that do not fit their declared types.
 */
public final class AbiException extends IllegalArgumentException {
    public AbiException(String message) {
        super(message);
    }

    public AbiException(String message, Throwable cause) {
        super(message, cause);
    }
}
