package io.unikernelz.rpc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.consensus.mock.MockZenon;
import io.unikernelz.core.json.GoJson;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.rpc.MethodRegistry;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcException;
import io.unikernelz.rpc.RpcJson;
import io.unikernelz.rpc.RpcMethod;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * go-zenon's mock node (MockZenon) with every chain-backed RPC method on top: {@link #call} runs a method the way
 * the server does (positional JSON params in, the result as the JSON the server would send).
 */
final class Harness implements AutoCloseable {
    static final ObjectMapper JSON = RpcJson.newMapper();

    final MockZenon z;
    NodeServices services;
    MethodRegistry registry;

    Harness(Path dir) {
        z = new MockZenon(dir);
        use(NodeServices.forChain(z.chain, z.supervisor, z.election));
    }

    /** Serve the methods from other services (e.g. an overlay ledger). */
    Harness use(NodeServices s) {
        services = s;
        registry = MethodRegistry.builder().addAll(RpcApi.chainMethods(s)).build();
        return this;
    }

    RpcMethod method(String name) {
        return registry.find(name).orElseThrow(() -> new AssertionError("no method " + name));
    }

    /** Calls with arguments given as Java values (addresses, hashes, numbers, strings, JsonNodes…). */
    JsonNode call(String name, Object... args) {
        return callJson(name, params(args));
    }

    /** Calls with the params array given as JSON text. */
    JsonNode callJson(String name, String paramsArray) {
        Object result = method(name).response(Params.fromJson(paramsArray));
        return JSON.valueToTree(result);
    }

    RpcException error(String name, Object... args) {
        RpcException[] caught = new RpcException[1];
        assertThatThrownBy(() -> call(name, args)).isInstanceOfSatisfying(RpcException.class, e -> caught[0] = e);
        return caught[0];
    }

    void expectError(String name, int code, String message, Object... args) {
        RpcException e = error(name, args);
        assertThat(e.code()).as("error code of %s", name).isEqualTo(code);
        assertThat(e.getMessage()).as("error of %s", name).isEqualTo(message);
    }

    static String params(Object... args) {
        try {
            return JSON.writeValueAsString(java.util.Arrays.asList(args));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Go-style compact text, for byte-for-byte comparisons. */
    static String text(JsonNode node) {
        return GoJson.write(node);
    }

    /** The heights of a list result's blocks or momentums, as go-zenon's tests read them (ListOfHeight). */
    static List<Long> heights(JsonNode list) {
        List<Long> out = new ArrayList<>();
        for (JsonNode n : list.get("list")) out.add(n.get("height").asLong());
        return out;
    }

    /** go-zenon's test helper autoreceive: receives every unreceived block of {@code address}. */
    void autoreceive(Address address) {
        JsonNode unreceived = call("ledger.getUnreceivedBlocksByAddress", address, 0, 50);
        for (JsonNode b : unreceived.get("list")) {
            AccountBlock send = z.chain.read(ms -> ms.accountBlockByHash(Hash.parse(b.get("hash").textValue()))).orElseThrow();
            z.insertReceiveBlock(send.header(), null, null, MockZenon.SKIP_VM_CHANGES);
        }
    }

    @Override
    public void close() {
        z.close();
    }
}
