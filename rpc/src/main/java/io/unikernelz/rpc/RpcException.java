package io.unikernelz.rpc;

/**
 * A JSON-RPC error to send back to the caller: {@code {"code": code, "message": message}}.
 *
 * <p>Codes and texts follow go-zenon's server (go-ethereum's rpc package): -32700 parse error,
 * -32600 invalid request, -32601 method not found, -32602 invalid params, -32000 everything an
 * API method reports (go-zenon's {@code defaultErrorCode}).
 */
public class RpcException extends RuntimeException {
    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    /** go-zenon's default code for errors returned by API methods. */
    public static final int SERVER_ERROR = -32000;

    private final int code;

    public RpcException(int code, String message) {
        super(requireMessage(message), null, false, false);
        this.code = code;
    }

    private static String requireMessage(String message) {
        if (message == null || message.isEmpty()) {
            throw new IllegalArgumentException("an RPC error needs a message");
        }
        return message;
    }

    public int code() {
        return code;
    }

    /** -32602, the error go-zenon gives when arguments can't be decoded or are missing. */
    public static RpcException invalidParams(String message) {
        return new RpcException(INVALID_PARAMS, message);
    }

    /** -32000, the code of every error an API method returns in go-zenon. */
    public static RpcException serverError(String message) {
        return new RpcException(SERVER_ERROR, message);
    }

    /** -32601 with go-zenon's exact text. */
    public static RpcException methodNotFound(String method) {
        return new RpcException(METHOD_NOT_FOUND, "the method " + method + " does not exist/is not available");
    }

    public static RpcException invalidRequest(String message) {
        return new RpcException(INVALID_REQUEST, message);
    }

    public static RpcException parseError(String message) {
        return new RpcException(PARSE_ERROR, message);
    }

    @Override
    public String toString() {
        return "RpcException(" + code + ", " + getMessage() + ")";
    }
}
