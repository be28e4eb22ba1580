package io.unikernelz.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.HashHeight;

/** go-zenon's JSON for HashHeight {"hash","height"} and AccountHeader {"address","hash","height"}. */
public final class TypesJson {
    private TypesJson() {}

    public static ObjectNode hashHeight(HashHeight hh) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("hash", hh.hash().toString());
        o.set("height", GoJson.uint64(hh.height()));
        return o;
    }

    public static ObjectNode accountHeader(AccountHeader h) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("address", h.address().toString());
        o.put("hash", h.hash().toString());
        o.set("height", GoJson.uint64(h.height()));
        return o;
    }

    public static HashHeight parseHashHeight(JsonNode node, String context) {
        JsonFields.requireObject(node, context);
        return new HashHeight(JsonFields.hash(node, "hash", context), JsonFields.uint64(node, "height", context));
    }

    public static AccountHeader parseAccountHeader(JsonNode node, String context) {
        JsonFields.requireObject(node, context);
        return new AccountHeader(JsonFields.address(node, "address", context),
                JsonFields.hash(node, "hash", context), JsonFields.uint64(node, "height", context));
    }
}
