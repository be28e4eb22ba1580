package io.unikernelz.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reading go-zenon JSON fields the way encoding/json does: exact key first, then a case-insensitive match; missing
 * or null leaves go's zero value; unknown keys are ignored. Every error names the field.
 */
final class JsonFields {
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n]");
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private JsonFields() {}

    static JsonNode requireObject(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new JsonFormatException(what + " must be a JSON object, got " + kind(node));
        }
        return node;
    }

    static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isNull()) return "null";
        if (n.isTextual()) return "a string";
        if (n.isNumber()) return "a number";
        if (n.isBoolean()) return "a boolean";
        if (n.isArray()) return "an array";
        return "an object";
    }

    /** The field's value, or null when missing or JSON null. */
    static JsonNode get(JsonNode obj, String name) {
        JsonNode v = obj.get(name);
        if (v == null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = obj.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equalsIgnoreCase(name)) v = e.getValue();
            }
        }
        return v == null || v.isNull() ? null : v;
    }

    static boolean has(JsonNode obj, String name) {
        return get(obj, name) != null;
    }

    static long uint64(JsonNode obj, String name, String ctx) {
        JsonNode v = get(obj, name);
        if (v == null) return 0;
        return uint64Value(v, ctx + "." + name);
    }

    /** go's encoding/json refuses strings, fractions and exponents for integer fields. */
    static long uint64Value(JsonNode v, String path) {
        if (!v.isIntegralNumber()) {
            throw new JsonFormatException(path + ": expected an unsigned 64-bit integer, got " + kind(v) + " " + abbreviate(v.toString()));
        }
        return checkUint64(v.bigIntegerValue(), path);
    }

    private static long checkUint64(BigInteger b, String path) {
        if (b.signum() < 0 || b.compareTo(UINT64_MAX) > 0) {
            throw new JsonFormatException(path + ": " + b + " is outside the uint64 range");
        }
        return b.longValue();
    }

    static String text(JsonNode obj, String name, String ctx) {
        JsonNode v = get(obj, name);
        if (v == null) return null;
        if (!v.isTextual()) throw new JsonFormatException(ctx + "." + name + ": expected a string, got " + kind(v));
        return v.textValue();
    }

    static Hash hash(JsonNode obj, String name, String ctx) {
        String s = text(obj, name, ctx);
        if (s == null) return Hash.ZERO;
        try {
            return Hash.parse(s);
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(ctx + "." + name + ": " + e.getMessage(), e);
        }
    }

    static Address address(JsonNode obj, String name, String ctx) {
        String s = text(obj, name, ctx);
        if (s == null) return Address.ZERO;
        try {
            return Address.parse(s);
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(ctx + "." + name + ": " + e.getMessage(), e);
        }
    }

    static TokenStandard tokenStandard(JsonNode obj, String name, String ctx) {
        String s = text(obj, name, ctx);
        if (s == null) return TokenStandard.ZERO;
        try {
            return TokenStandard.parse(s);
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(ctx + "." + name + ": " + e.getMessage(), e);
        }
    }

    static HashHeight hashHeight(JsonNode obj, String name, String ctx) {
        JsonNode v = get(obj, name);
        if (v == null) return HashHeight.ZERO;
        String path = ctx + "." + name;
        requireObject(v, path);
        return new HashHeight(hash(v, "hash", path), uint64(v, "height", path));
    }

    /**
     * Standard base64 with padding (go's []byte); null when missing or JSON null (go nil). ASCII whitespace inside
     * is skipped: go skips CR and LF, and some published captures carry a stray space.
     */
    static byte[] base64(JsonNode obj, String name, String ctx) {
        String raw = text(obj, name, ctx);
        if (raw == null) return null;
        String s = WHITESPACE.matcher(raw).replaceAll("");
        if (s.length() % 4 != 0) {
            throw new JsonFormatException(ctx + "." + name + ": invalid base64 (length " + s.length() + " is not a multiple of 4)");
        }
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(ctx + "." + name + ": invalid base64: " + e.getMessage(), e);
        }
    }

    /**
     * A big integer given as a decimal string (current go-zenon) or a JSON integer (nodes before May 2023).
     * Missing, null and "" read as 0, as go-zenon's StringToBigInt does.
     */
    static BigInteger bigInteger(JsonNode obj, String name, String ctx) {
        JsonNode v = get(obj, name);
        String path = ctx + "." + name;
        if (v == null) return BigInteger.ZERO;
        if (v.isIntegralNumber()) return v.bigIntegerValue();
        if (v.isTextual()) {
            String s = v.textValue();
            if (s.isEmpty()) return BigInteger.ZERO;
            if (!s.matches("[+-]?[0-9]+")) throw new JsonFormatException(path + ": '" + abbreviate(s) + "' is not a decimal integer");
            return new BigInteger(s);
        }
        throw new JsonFormatException(path + ": expected a decimal string or an integer, got " + kind(v));
    }

    static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
