package io.unikernelz.core.json;

/** JSON that does not describe the expected value; the message names the offending field. */
public final class JsonFormatException extends IllegalArgumentException {
    public JsonFormatException(String message) {
        super(message);
    }

    public JsonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
