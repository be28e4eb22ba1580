package io.unikernelz.rpc.api;

import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcException;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.vm.NomException;

import java.util.Objects;
import java.util.function.Function;

/**
 * One chain-backed method: its full name, how many positional arguments go-zenon's Go signature takes (more are
 * refused before the body runs, as go-zenon does), and the body. A go-zenon error value the body raises
 * ({@link NomException}) is answered as go-zenon answers any API error: code -32000 with the error's text.
 */
record ApiMethod(String name, int maxArgs, Function<Params, Object> body) implements RpcMethod {
    ApiMethod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        if (maxArgs < 0) throw new IllegalArgumentException("maxArgs must not be negative");
    }

    @Override
    public Object response(Params params) {
        params.atMost(maxArgs);
        try {
            return body.apply(params);
        } catch (NomException e) {
            throw RpcException.serverError(e.getMessage());
        }
    }
}
