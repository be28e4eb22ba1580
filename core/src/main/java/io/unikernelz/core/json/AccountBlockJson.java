package io.unikernelz.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Hex;
import java.util.Base64;

/**
 * go-zenon's account block JSON (nom.AccountBlockMarshal): fields in struct order, amount as a decimal string, nonce
 * as 16 hex characters, data/publicKey/signature as standard base64 (null when absent), uint64 as numbers.
 *
 * <p>The RPC layer adds {@code token}, {@code confirmationDetail} and {@code pairedAccountBlock}: call
 * {@link #toJson} and {@code put} them onto the returned node (it keeps insertion order). {@link #fromJson} ignores
 * such extra keys and accepts legacy numeric amounts.
 */
public final class AccountBlockJson {
    private static final String CTX = "accountBlock";

    private AccountBlockJson() {}

    public static ObjectNode toJson(AccountBlock b) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.set("version", GoJson.uint64(b.version()));
        o.set("chainIdentifier", GoJson.uint64(b.chainIdentifier()));
        o.set("blockType", GoJson.uint64(b.blockType()));
        o.put("hash", b.hash().toString());
        o.put("previousHash", b.previousHash().toString());
        o.set("height", GoJson.uint64(b.height()));
        o.set("momentumAcknowledged", TypesJson.hashHeight(b.momentumAcknowledged()));
        o.put("address", b.address().toString());
        o.put("toAddress", b.toAddress().toString());
        o.put("amount", b.amount().toString());
        o.put("tokenStandard", b.tokenStandard().toString());
        o.put("fromBlockHash", b.fromBlockHash().toString());
        ArrayNode descendants = o.putArray("descendantBlocks");
        for (AccountBlock d : b.descendantBlocks()) descendants.add(toJson(d));
        o.set("data", b.dataAbsent() ? f.nullNode() : f.textNode(Base64.getEncoder().encodeToString(b.data())));
        o.set("fusedPlasma", GoJson.uint64(b.fusedPlasma()));
        o.set("difficulty", GoJson.uint64(b.difficulty()));
        o.put("nonce", b.nonceHex());
        o.set("basePlasma", GoJson.uint64(b.basePlasma()));
        o.set("usedPlasma", GoJson.uint64(b.totalPlasma()));
        o.put("changesHash", b.changesHash().toString());
        o.set("publicKey", base64OrNull(b.publicKey()));
        o.set("signature", base64OrNull(b.signature()));
        return o;
    }

    public static String toJsonString(AccountBlock b) {
        return GoJson.write(toJson(b));
    }

    static JsonNode base64OrNull(byte[] b) {
        return b == null ? JsonNodeFactory.instance.nullNode()
                : JsonNodeFactory.instance.textNode(Base64.getEncoder().encodeToString(b));
    }

    public static AccountBlock fromJson(String text) {
        return fromJson(GoJson.parse(text));
    }

    /** Reads one block (and its descendants); errors name the field, e.g. "accountBlock.descendantBlocks[0].hash". */
    public static AccountBlock fromJson(JsonNode node) {
        return fromJson(node, CTX);
    }

    public static AccountBlock fromJson(JsonNode node, String ctx) {
        JsonFields.requireObject(node, ctx);
        AccountBlock.Builder b = AccountBlock.builder()
                .version(JsonFields.uint64(node, "version", ctx))
                .chainIdentifier(JsonFields.uint64(node, "chainIdentifier", ctx))
                .blockType(JsonFields.uint64(node, "blockType", ctx))
                .hash(JsonFields.hash(node, "hash", ctx))
                .previousHash(JsonFields.hash(node, "previousHash", ctx))
                .height(JsonFields.uint64(node, "height", ctx))
                .momentumAcknowledged(JsonFields.hashHeight(node, "momentumAcknowledged", ctx))
                .address(JsonFields.address(node, "address", ctx))
                .toAddress(JsonFields.address(node, "toAddress", ctx))
                .amount(JsonFields.bigInteger(node, "amount", ctx))
                .tokenStandard(JsonFields.tokenStandard(node, "tokenStandard", ctx))
                .fromBlockHash(JsonFields.hash(node, "fromBlockHash", ctx))
                .data(JsonFields.base64(node, "data", ctx))
                .fusedPlasma(JsonFields.uint64(node, "fusedPlasma", ctx))
                .difficulty(JsonFields.uint64(node, "difficulty", ctx))
                .basePlasma(JsonFields.uint64(node, "basePlasma", ctx))
                .totalPlasma(JsonFields.uint64(node, "usedPlasma", ctx))
                .changesHash(JsonFields.hash(node, "changesHash", ctx))
                .publicKey(JsonFields.base64(node, "publicKey", ctx))
                .signature(JsonFields.base64(node, "signature", ctx));

        String nonce = JsonFields.text(node, "nonce", ctx);
        if (nonce == null) throw new JsonFormatException(ctx + ".nonce: missing (16 hex characters expected)");
        if (nonce.length() != 16 || nonce.startsWith("0x") || nonce.startsWith("0X")) {
            throw new JsonFormatException(ctx + ".nonce: expected 16 hex characters, got '" + JsonFields.abbreviate(nonce) + "'");
        }
        try {
            b.nonce(Hex.decode(nonce));
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(ctx + ".nonce: " + e.getMessage(), e);
        }

        JsonNode ds = JsonFields.get(node, "descendantBlocks");
        if (ds != null) {
            if (!ds.isArray()) throw new JsonFormatException(ctx + ".descendantBlocks: expected an array, got " + JsonFields.kind(ds));
            for (int i = 0; i < ds.size(); i++) b.addDescendantBlock(fromJson(ds.get(i), ctx + ".descendantBlocks[" + i + "]"));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(ctx + ": " + e.getMessage(), e);
        }
    }
}
