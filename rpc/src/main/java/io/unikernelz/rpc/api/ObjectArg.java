package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.rpc.RpcException;

import java.math.BigInteger;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/**
 * An object argument read the way Go's encoding/json fills a struct: member names match case-insensitively,
 * unknown members are ignored, a missing or null member leaves the zero value, and a member of the wrong type is
 * an invalid-params error naming the argument.
 */
final class ObjectArg {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private final JsonNode node;
    private final int index;

    ObjectArg(JsonNode node, int index) {
        if (!node.isObject()) throw invalid(index, "expected an object, got " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        this.node = node;
        this.index = index;
    }

    private JsonNode member(String name) {
        JsonNode v = node.get(name);
        if (v == null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equalsIgnoreCase(name)) v = e.getValue();
            }
        }
        return v == null || v.isNull() ? null : v;
    }

    boolean has(String name) {
        return member(name) != null;
    }

    long uint64(String name) {
        JsonNode v = member(name);
        if (v == null) return 0;
        if (!v.isIntegralNumber() || v.bigIntegerValue().signum() < 0 || v.bigIntegerValue().compareTo(TWO_64) >= 0) {
            throw invalid(index, "member " + name + " must be an unsigned 64-bit integer");
        }
        return v.bigIntegerValue().longValue();
    }

    /** A bech32 address, or {@code fallback} when missing or null. */
    Address address(String name, Address fallback) {
        JsonNode v = member(name);
        if (v == null) return fallback;
        if (!v.isTextual()) throw invalid(index, "member " + name + " must be an address string");
        try {
            return Address.parse(v.textValue());
        } catch (IllegalArgumentException e) {
            throw invalid(index, e.getMessage());
        }
    }

    /** Standard base64 bytes (Go's []byte), or null when missing. */
    byte[] bytes(String name) {
        JsonNode v = member(name);
        if (v == null) return null;
        if (!v.isTextual()) throw invalid(index, "member " + name + " must be a base64 string");
        try {
            return Base64.getDecoder().decode(v.textValue().replaceAll("[\r\n]", ""));
        } catch (IllegalArgumentException e) {
            throw invalid(index, "member " + name + " is not valid base64: " + e.getMessage());
        }
    }

    private static RpcException invalid(int index, String reason) {
        return RpcException.invalidParams("invalid argument " + index + ": " + reason);
    }
}
