package io.unikernelz.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.Shared;
import io.unikernelz.core.crypto.Sha3;
import org.junit.jupiter.api.Test;

/** Every vector of conformance/types/types-vectors.json. */
class TypesVectorsTest {
    private static final JsonNode V = Shared.json("types/types-vectors.json");

    @Test
    void sha3AndSha256OfEmptyInput() {
        for (JsonNode v : V.get("sha3_256").get("vectors")) {
            byte[] in = Hex.decode(v.get("inputHex").asText());
            if (v.has("sha3_256")) assertThat(Hex.encode(Sha3.sha3(in))).isEqualTo(v.get("sha3_256").asText());
            if (v.has("sha256")) assertThat(Hex.encode(Sha3.sha256(in))).isEqualTo(v.get("sha256").asText());
        }
        assertThat(Hash.EMPTY_DATA.toString()).isEqualTo("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
    }

    @Test
    void publicKeyToAddress() {
        for (JsonNode v : V.get("publicKeyToAddress").get("vectors")) {
            assertThat(Address.fromPublicKey(Hex.decode(v.get("publicKey").asText())).toString()).isEqualTo(v.get("address").asText());
        }
    }

    @Test
    void everyValidAddressParsesAndPrints() {
        int n = 0;
        for (JsonNode v : V.get("addresses").get("valid")) {
            Address a = Address.parse(v.get("address").asText());
            assertThat(Hex.encode(a.rawBytes())).isEqualTo(v.get("bytes").asText());
            assertThat(a.isEmbedded()).isEqualTo(v.get("isEmbeddedContract").asBoolean());
            assertThat(a.toString()).isEqualTo(v.get("address").asText());
            assertThat(Address.wrap(Hex.decode(v.get("bytes").asText()))).isEqualTo(a);
            n++;
        }
        assertThat(n).isGreaterThan(10);
    }

    @Test
    void everyInvalidAddressIsRejected() {
        for (JsonNode v : V.get("addresses").get("invalid")) {
            assertThatThrownBy(() -> Address.parse(v.get("input").asText()))
                    .as(v.get("reason").asText()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid address");
        }
    }

    @Test
    void everyTokenStandard() {
        for (JsonNode v : V.get("tokenStandards").get("valid")) {
            TokenStandard t = TokenStandard.parse(v.get("tokenStandard").asText());
            assertThat(Hex.encode(t.rawBytes())).isEqualTo(v.get("bytes").asText());
            assertThat(t.toString()).isEqualTo(v.get("tokenStandard").asText());
        }
        // an address is not a token standard, and the reverse
        assertThatThrownBy(() -> TokenStandard.parse("z1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqsggv2f")).hasMessageContaining("prefix must be 'zts'");
        assertThatThrownBy(() -> Address.parse("zts1znnxxxxxxxxxxxxx9z4ulx")).hasMessageContaining("prefix must be 'z'");
    }

    @Test
    void hashHeightAndAccountHeaderLayoutsDiffer() {
        for (JsonNode v : V.get("hashHeightAndAccountHeaderBytes").get("vectors")) {
            Hash h = Hash.parse(v.get("hash").asText());
            long height = v.get("height").asLong();
            Address a = Address.parse(v.get("address").asText());
            assertThat(Hex.encode(new HashHeight(h, height).toBytes())).isEqualTo(v.get("hashHeightBytes").asText());
            assertThat(Hex.encode(new AccountHeader(a, h, height).toBytes())).isEqualTo(v.get("accountHeaderBytes").asText());
        }
    }
}
