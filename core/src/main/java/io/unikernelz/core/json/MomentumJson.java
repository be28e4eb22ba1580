package io.unikernelz.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.nom.MomentumContent;
import io.unikernelz.core.types.AccountHeader;
import java.util.ArrayList;
import java.util.List;

/**
 * go-zenon's momentum JSON: version, chainIdentifier, hash, previousHash, height, timestamp, data, content,
 * changesHash, publicKey, signature; {@link #toRpcJson} appends {@code producer} as the RPC API does.
 */
public final class MomentumJson {
    private static final String CTX = "momentum";

    private MomentumJson() {}

    public static ObjectNode toJson(Momentum m) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.set("version", GoJson.uint64(m.version()));
        o.set("chainIdentifier", GoJson.uint64(m.chainIdentifier()));
        o.put("hash", m.hash().toString());
        o.put("previousHash", m.previousHash().toString());
        o.set("height", GoJson.uint64(m.height()));
        o.set("timestamp", GoJson.uint64(m.timestamp()));
        o.set("data", m.dataAbsent() ? f.nullNode() : AccountBlockJson.base64OrNull(m.data()));
        ArrayNode content = o.putArray("content");
        for (AccountHeader h : m.content().headers()) content.add(TypesJson.accountHeader(h));
        o.put("changesHash", m.changesHash().toString());
        o.set("publicKey", AccountBlockJson.base64OrNull(m.publicKey()));
        o.set("signature", AccountBlockJson.base64OrNull(m.signature()));
        return o;
    }

    /** As the RPC API returns it: the momentum plus {@code producer}. */
    public static ObjectNode toRpcJson(Momentum m) {
        ObjectNode o = toJson(m);
        o.put("producer", m.producer().toString());
        return o;
    }

    public static Momentum fromJson(String text) {
        return fromJson(GoJson.parse(text));
    }

    /** Reads a momentum; a {@code producer} key (RPC output) is ignored, being derived from the key. */
    public static Momentum fromJson(JsonNode node) {
        return fromJson(node, CTX);
    }

    public static Momentum fromJson(JsonNode node, String ctx) {
        JsonFields.requireObject(node, ctx);
        List<AccountHeader> headers = new ArrayList<>();
        JsonNode content = JsonFields.get(node, "content");
        if (content != null) {
            if (!content.isArray()) throw new JsonFormatException(ctx + ".content: expected an array, got " + JsonFields.kind(content));
            for (int i = 0; i < content.size(); i++) {
                headers.add(TypesJson.parseAccountHeader(content.get(i), ctx + ".content[" + i + "]"));
            }
        }
        try {
            return Momentum.builder()
                    .version(JsonFields.uint64(node, "version", ctx))
                    .chainIdentifier(JsonFields.uint64(node, "chainIdentifier", ctx))
                    .hash(JsonFields.hash(node, "hash", ctx))
                    .previousHash(JsonFields.hash(node, "previousHash", ctx))
                    .height(JsonFields.uint64(node, "height", ctx))
                    .timestamp(JsonFields.uint64(node, "timestamp", ctx))
                    .data(JsonFields.base64(node, "data", ctx))
                    .content(MomentumContent.inOrder(headers))
                    .changesHash(JsonFields.hash(node, "changesHash", ctx))
                    .publicKey(JsonFields.base64(node, "publicKey", ctx))
                    .signature(JsonFields.base64(node, "signature", ctx))
                    .build();
        } catch (JsonFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(ctx + ": " + e.getMessage(), e);
        }
    }
}
