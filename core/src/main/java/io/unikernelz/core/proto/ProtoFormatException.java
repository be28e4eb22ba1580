package io.unikernelz.core.proto;

/** Bytes that are not a valid encoding of the expected protobuf message; the message names message and field. */
public final class ProtoFormatException extends IllegalArgumentException {
    public ProtoFormatException(String message) {
        super(message);
    }

    public ProtoFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
