package io.unikernelz.rpc;

/** The RPC server could not start, e.g. its port is taken; the message says what to fix. */
public final class RpcStartException extends RuntimeException {
    public RpcStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
