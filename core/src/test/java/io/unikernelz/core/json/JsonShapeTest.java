package io.unikernelz.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.Records;
import io.unikernelz.core.Shared;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parse → emit reproduces go-zenon's JSON text (compact form, same key order, same value forms). */
class JsonShapeTest {

    /** Emits a block as go-zenon's RPC does: the plain block plus the wrapper's extras taken from the capture. */
    private static ObjectNode emitRpcShape(JsonNode original) {
        ObjectNode out = AccountBlockJson.toJson(AccountBlockJson.fromJson(original));
        for (String extra : new String[] {"token", "confirmationDetail"}) {
            if (original.has(extra)) out.set(extra, original.get(extra));
        }
        if (original.has("pairedAccountBlock")) {
            JsonNode paired = original.get("pairedAccountBlock");
            out.set("pairedAccountBlock", paired.isNull() ? paired : emitRpcShape(paired));
        }
        return out;
    }

    @Test
    void currentMainnetBlocksReEmitByteForByte() {
        int n = 0;
        for (JsonNode original : Shared.json("blocks/account-blocks.json").get("records")) {
            assertThat(GoJson.write(emitRpcShape(original))).isEqualTo(GoJson.write(original));
            n++;
        }
        assertThat(n).isEqualTo(92);
    }

    @Test
    void goZenonsOwnRpcTestOutputReEmitsByteForByte() {
        JsonNode records = Shared.json("blocks/devnet-go-zenon-rpc-output.json").get("records");
        JsonNode rpcResult = records.get(0).get("rpcResult");
        JsonNode block = rpcResult.get("list").get(0);
        assertThat(GoJson.write(emitRpcShape(block))).isEqualTo(GoJson.write(block));
        // the exact compact text go's json.Marshal produces for the plain block starts like this
        assertThat(AccountBlockJson.toJsonString(AccountBlockJson.fromJson(block)))
                .startsWith("{\"version\":1,\"chainIdentifier\":100,\"blockType\":2,\"hash\":\"6e9bf5f7")
                .contains("\"amount\":\"10000000000\"", "\"data\":\"\"", "\"nonce\":\"0000000000000000\"", "\"usedPlasma\":21000")
                .endsWith("\"signature\":\"130sas2Jlmu5AC5SsvJ3I0m31WtvzTKmB3DfoAROQ7kuvx/Hd/g+eZn5rSW5+o5jxV5BJtq1vITs/3lCieGaAw==\"}");
    }

    @Test
    void publishFormWithoutPlasmaFieldsIsAccepted() {
        JsonNode records = Shared.json("blocks/devnet-go-zenon-rpc-output.json").get("records");
        AccountBlock published = AccountBlockJson.fromJson(records.get(1).get("publishRawTransactionParam"));
        AccountBlock stored = AccountBlockJson.fromJson(records.get(0).get("rpcResult").get("list").get(0));
        assertThat(published.hash()).isEqualTo(stored.hash());
        assertThat(published.computeHash()).isEqualTo(published.hash());
        assertThat(published.basePlasma()).isZero();
        assertThat(published.changesHash()).isEqualTo(Hash.ZERO);
        assertThat(published.toBuilder().basePlasma(stored.basePlasma()).totalPlasma(stored.totalPlasma())
                .changesHash(stored.changesHash()).build()).isEqualTo(stored);
    }

    @Test
    void legacyNumericAmountsAreReadAndEmittedAsStrings() {
        for (JsonNode legacy : Shared.json("blocks/account-blocks-legacy-numeric.json").get("records")) {
            AccountBlock b = AccountBlockJson.fromJson(legacy);
            assertThat(b.amount()).isEqualTo(legacy.get("amount").bigIntegerValue());
            JsonNode emitted = AccountBlockJson.toJson(b);
            assertThat(emitted.get("amount").textValue()).isEqualTo(legacy.get("amount").asText());
            assertThat(GoJson.write(emitted.get("descendantBlocks"))).isNotNull();
        }
    }

    @Test
    void momentumsReEmitInRpcShape() {
        for (JsonNode original : Records.momentumNodes()) {
            Momentum m = MomentumJson.fromJson(original);
            ObjectNode expected = original.deepCopy();
            // one SDK capture carries a stray space inside the base64 signature; the bytes are what matter
            expected.put("signature", original.get("signature").asText().replace(" ", ""));
            assertThat(GoJson.write(MomentumJson.toRpcJson(m))).isEqualTo(GoJson.write(expected));
        }
    }

    @Test
    void nilAndEmptyDataStayDistinctInJsonButNotInValue() {
        JsonNode withNull = Records.allBlockNodes().stream().filter(n -> n.get("data").isNull()).findFirst().orElseThrow();
        AccountBlock b = AccountBlockJson.fromJson(withNull);
        assertThat(b.dataAbsent()).isTrue();
        assertThat(AccountBlockJson.toJson(b).get("data").isNull()).isTrue();
        AccountBlock empty = b.toBuilder().data(new byte[0]).build();
        assertThat(AccountBlockJson.toJson(empty).get("data").textValue()).isEmpty();
        assertThat(empty).isEqualTo(b);
        assertThat(empty.computeHash()).isEqualTo(b.computeHash());
    }

    @Test
    void typeJsonFormsMatchGoZenon() {
        JsonNode expected = Shared.json("types/types-vectors.json").get("json").get("expected");
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull()) continue;
            String key = e.getKey();
            if (key.startsWith("AH")) {
                AccountHeader h = TypesJson.parseAccountHeader(v, key);
                assertThat(GoJson.write(TypesJson.accountHeader(h))).isEqualTo(GoJson.write(v));
            } else if (key.startsWith("HH")) {
                HashHeight hh = TypesJson.parseHashHeight(v, key);
                assertThat(GoJson.write(TypesJson.hashHeight(hh))).isEqualTo(GoJson.write(v));
            } else if (key.startsWith("ZTS")) {
                assertThat(TokenStandard.parse(v.asText()).toString()).isEqualTo(v.asText());
            } else if (key.startsWith("A")) {
                assertThat(Address.parse(v.asText()).toString()).isEqualTo(v.asText());
            } else if (key.startsWith("H")) {
                assertThat(Hash.parse(v.asText()).toString()).isEqualTo(v.asText());
            }
        }
    }

    @Test
    void unsignedIntegersAboveLongMaxRoundTrip() {
        AccountBlock b = AccountBlock.builder().version(-1L).height(Long.MIN_VALUE).build();
        String json = AccountBlockJson.toJsonString(b);
        assertThat(json).contains("\"version\":18446744073709551615", "\"height\":9223372036854775808");
        assertThat(AccountBlockJson.fromJson(json)).isEqualTo(b);
    }

    @Test
    void goStyleStringEscaping() {
        ObjectNode o = GoJson.nodes().objectNode();
        o.put("s", "<a & b>\u2028\u0001\n\"\\");
        assertThat(GoJson.write(o)).isEqualTo("{\"s\":\"\\u003ca \\u0026 b\\u003e\\u2028\\u0001\\n\\\"\\\\\"}");
    }

    @Test
    void malformedFieldsAreRejectedWithTheirName() {
        ObjectNode good = (ObjectNode) Records.allBlockNodes().getFirst();
        assertRejects(good, "amount", GoJson.nodes().textNode("12x"), "accountBlock.amount");
        assertRejects(good, "amount", GoJson.nodes().textNode("-1"), "negative");
        assertRejects(good, "height", GoJson.nodes().textNode("5"), "accountBlock.height");
        assertRejects(good, "height", GoJson.nodes().numberNode(-5), "uint64");
        assertRejects(good, "height", GoJson.nodes().numberNode(new BigInteger("18446744073709551616")), "uint64");
        assertRejects(good, "height", GoJson.nodes().numberNode(new java.math.BigDecimal("1.5")), "accountBlock.height");
        assertRejects(good, "nonce", GoJson.nodes().textNode("00"), "accountBlock.nonce");
        assertRejects(good, "nonce", GoJson.nodes().nullNode(), "accountBlock.nonce");
        assertRejects(good, "hash", GoJson.nodes().textNode("abc"), "accountBlock.hash");
        assertRejects(good, "address", GoJson.nodes().textNode("z1qqq"), "accountBlock.address");
        assertRejects(good, "tokenStandard", GoJson.nodes().textNode("zts1xyz"), "accountBlock.tokenStandard");
        assertRejects(good, "publicKey", GoJson.nodes().textNode("AAAA"), "publicKey must be empty or 32 bytes");
        assertRejects(good, "data", GoJson.nodes().textNode("!!!!"), "accountBlock.data");
        assertRejects(good, "momentumAcknowledged", GoJson.nodes().textNode("x"), "accountBlock.momentumAcknowledged");
        assertRejects(good, "descendantBlocks", GoJson.nodes().objectNode(), "accountBlock.descendantBlocks");
        assertThatThrownBy(() -> AccountBlockJson.fromJson("{\"version\":")).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> AccountBlockJson.fromJson("[1]")).hasMessageContaining("must be a JSON object");
    }

    private static void assertRejects(ObjectNode good, String field, JsonNode value, String messagePart) {
        ObjectNode bad = good.deepCopy();
        bad.set(field, value);
        assertThatThrownBy(() -> AccountBlockJson.fromJson(bad)).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining(messagePart);
    }

    @Test
    void keysMatchCaseInsensitivelyAsInGo() {
        ObjectNode good = (ObjectNode) Records.allBlockNodes().getFirst();
        ObjectNode renamed = GoJson.nodes().objectNode();
        good.properties().forEach(e -> renamed.set(e.getKey().equals("amount") ? "Amount" : e.getKey(), e.getValue()));
        assertThat(AccountBlockJson.fromJson(renamed)).isEqualTo(AccountBlockJson.fromJson(good));
    }
}
