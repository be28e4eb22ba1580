package io.unikernelz.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The positional arguments of one call, with typed getters that fail the way go-zenon does:
 * -32602 "missing value for required argument N" / "invalid argument N: reason" /
 * "too many arguments, want at most N", and go-zenon's -32000 range errors for page sizes,
 * counts and heights ({@code rpc/api/errors.go}).
 *
 * <p>Unsigned 64-bit values are returned in a {@code long} holding the same 64 bits; compare
 * them with {@link Long#compareUnsigned}. Unlike go-zenon, a JSON {@code null} where a value is
 * required is rejected instead of silently read as zero / the zero address.
 */
public final class Params {
    /** go-zenon's {@code RpcMaxPageSize}. */
    public static final int MAX_PAGE_SIZE = 1024;
    /** go-zenon's {@code RpcMaxCountSize}. */
    public static final int MAX_COUNT = 1024;

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final long UINT32_MAX = 0xFFFF_FFFFL;

    private final List<JsonNode> values;
    private final ObjectMapper mapper;

    Params(List<JsonNode> values, ObjectMapper mapper) {
        this.values = List.copyOf(values);
        this.mapper = mapper;
    }

    /** Parses a JSON array (or {@code null}/empty) of arguments, e.g. for testing a method directly. */
    public static Params fromJson(String jsonArray) {
        ObjectMapper mapper = RpcJson.newMapper();
        JsonNode node;
        try {
            node = jsonArray == null || jsonArray.isBlank() ? null : mapper.readTree(jsonArray);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("params are not valid JSON: " + e.getOriginalMessage(), e);
        }
        return from(node, mapper);
    }

    /** go-zenon accepts absent or null params as "no arguments" and rejects anything but an array. */
    static Params from(JsonNode node, ObjectMapper mapper) {
        if (node == null || node.isNull() || node.isMissingNode()) return new Params(List.of(), mapper);
        if (!node.isArray()) throw RpcException.invalidParams("non-array args");
        List<JsonNode> list = new ArrayList<>(node.size());
        node.forEach(list::add);
        return new Params(list, mapper);
    }

    public int size() {
        return values.size();
    }

    /** True if argument {@code index} was given and is not JSON null. */
    public boolean has(int index) {
        return index >= 0 && index < values.size() && !values.get(index).isNull();
    }

    /** Rejects calls with more than {@code max} arguments, as go-zenon does before running a method. */
    public Params atMost(int max) {
        if (values.size() > max) throw RpcException.invalidParams("too many arguments, want at most " + max);
        return this;
    }

    /** The argument as a JSON tree, for methods that decode structured arguments themselves. */
    public JsonNode raw(int index) {
        return required(index);
    }

    public Address address(int index) {
        String text = text(index, "a bech32 address string (z1...)");
        try {
            return Address.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid(index, e.getMessage());
        }
    }

    public Hash hash(int index) {
        String text = text(index, "a hash as 64 hex characters");
        try {
            return Hash.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid(index, e.getMessage());
        }
    }

    public TokenStandard tokenStandard(int index) {
        String text = text(index, "a token standard string (zts1...)");
        try {
            return TokenStandard.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid(index, e.getMessage());
        }
    }

    public String string(int index) {
        return text(index, "a string");
    }

    public boolean bool(int index) {
        JsonNode node = required(index);
        if (!node.isBoolean()) throw invalid(index, "expected a boolean, got " + describe(node));
        return node.booleanValue();
    }

    /** An unsigned 64-bit integer (go {@code uint64}); the result holds its 64 bits. */
    public long uint64(int index) {
        BigInteger v = integer(index, "an unsigned 64-bit integer");
        if (v.signum() < 0 || v.compareTo(TWO_64) >= 0) {
            throw invalid(index, "number " + v + " is out of range for an unsigned 64-bit integer");
        }
        return v.longValue();
    }

    /** An unsigned 32-bit integer (go {@code uint32}), e.g. page index and page size. */
    public long uint32(int index) {
        BigInteger v = integer(index, "an unsigned 32-bit integer");
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(UINT32_MAX)) > 0) {
            throw invalid(index, "number " + v + " is out of range for an unsigned 32-bit integer");
        }
        return v.longValue();
    }

    /** A signed 64-bit integer (go {@code int64}), e.g. a unix timestamp. */
    public long int64(int index) {
        BigInteger v = integer(index, "a 64-bit integer");
        if (v.bitLength() > 63) throw invalid(index, "number " + v + " is out of range for a 64-bit integer");
        return v.longValue();
    }

    /** Page index (uint32); go-zenon puts no upper bound on it for most methods. */
    public long pageIndex(int index) {
        return uint32(index);
    }

    /** Page size (uint32) of at most {@link #MAX_PAGE_SIZE}. */
    public long pageSize(int index) {
        return checkPageSize(uint32(index), MAX_PAGE_SIZE);
    }

    /** Count (uint64) of at most {@link #MAX_COUNT}. */
    public long count(int index) {
        return checkCount(uint64(index));
    }

    /** Height (uint64), strictly positive. */
    public long height(int index) {
        return checkHeight(uint64(index));
    }

    public List<Hash> hashList(int index) {
        JsonNode node = required(index);
        if (!node.isArray()) throw invalid(index, "expected an array of hashes, got " + describe(node));
        List<Hash> out = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isTextual()) throw invalid(index, "expected an array of hashes, found " + describe(item));
            try {
                out.add(Hash.parse(item.textValue()));
            } catch (IllegalArgumentException e) {
                throw invalid(index, e.getMessage());
            }
        }
        return List.copyOf(out);
    }

    /** Binds an object argument to {@code type} with the server's Jackson mapper. */
    public <T> T object(int index, Class<T> type) {
        JsonNode node = required(index);
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String reason = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
            throw invalid(index, reason);
        }
    }

    /** go-zenon's page-size check: -32000 "page-size parameter is too big". */
    public static long checkPageSize(long pageSize, long max) {
        if (Long.compareUnsigned(pageSize, max) > 0) throw RpcException.serverError("page-size parameter is too big");
        return pageSize;
    }

    /** go-zenon's page-index check (unreceived blocks): -32000 "page-index parameter is too big". */
    public static long checkPageIndexBelow(long pageIndex, long limit) {
        if (Long.compareUnsigned(pageIndex, limit) >= 0) throw RpcException.serverError("page-index parameter is too big");
        return pageIndex;
    }

    /** go-zenon's count check: -32000 "count parameter is too big". */
    public static long checkCount(long count) {
        if (Long.compareUnsigned(count, MAX_COUNT) > 0) throw RpcException.serverError("count parameter is too big");
        return count;
    }

    /** go-zenon's height check: -32000 "height parameter must be strictly greater than zero". */
    public static long checkHeight(long height) {
        if (height == 0) throw RpcException.serverError("height parameter must be strictly greater than zero");
        return height;
    }

    private JsonNode required(int index) {
        if (index < 0) throw new IllegalArgumentException("argument index must be >= 0, got " + index);
        if (index >= values.size()) throw RpcException.invalidParams("missing value for required argument " + index);
        return values.get(index);
    }

    private String text(int index, String expected) {
        JsonNode node = required(index);
        if (!node.isTextual()) throw invalid(index, "expected " + expected + ", got " + describe(node));
        return node.textValue();
    }

    private BigInteger integer(int index, String expected) {
        JsonNode node = required(index);
        if (!node.isIntegralNumber()) {
            String got = node.isNumber() ? "number " + node.asText() : describe(node);
            throw invalid(index, "expected " + expected + ", got " + got);
        }
        return node.bigIntegerValue();
    }

    private static RpcException invalid(int index, String reason) {
        return RpcException.invalidParams("invalid argument " + index + ": " + reason);
    }

    private static String describe(JsonNode node) {
        JsonNodeType type = node.getNodeType();
        return switch (type) {
            case NULL -> "null";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT, POJO -> "object";
            default -> type.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
