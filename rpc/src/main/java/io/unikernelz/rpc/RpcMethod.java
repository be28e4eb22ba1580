package io.unikernelz.rpc;

/**
 * One JSON-RPC method, e.g. {@code stats.osInfo}: one small class per method (as Besu does).
 *
 * <p>{@link #response} reads its positional arguments through {@link Params}, whose typed
 * getters raise go-zenon's -32602 errors, and returns the value to serialise as {@code result}:
 * a record, a Jackson tree, a String, a number, or {@code null} for methods that return nothing
 * (sent as {@code "result": null}). An {@link RpcException} becomes the error response; any
 * other exception is logged and answered like go-zenon answers a crashed handler.
 *
 * <p>go-zenon rejects surplus arguments before running a method ("too many arguments, want at
 * most N"); a method matches that by calling {@link Params#atMost(int)} first.
 */
public interface RpcMethod {
    /** Full method name, {@code <namespace>.<method>}, e.g. {@code embedded.plasma.get}. */
    String name();

    Object response(Params params);
}
