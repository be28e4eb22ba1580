package io.unikernelz.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Hex;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyPairTest {
    @Test
    void signatureVectors() {
        JsonNode vectors = Vectors.wallet("signature-vectors.json").get("vectors");
        assertThat(vectors).isNotEmpty();
        for (JsonNode v : vectors) {
            KeyPair kp = KeyStore.fromMnemonic(v.get("mnemonic").asText()).derive(v.get("index").asInt());
            assertThat(Hex.encode(kp.privateKey())).isEqualTo(v.get("privateKey").asText());
            assertThat(Hex.encode(kp.publicKey())).isEqualTo(v.get("publicKey").asText());
            assertThat(kp.address()).hasToString(v.get("address").asText());
            byte[] message = Hex.decode(v.get("messageHex").asText());
            assertThat(new String(message, StandardCharsets.UTF_8)).isEqualTo(v.get("messageUtf8").asText());
            byte[] sig = kp.sign(message);
            assertThat(Hex.encode(sig)).isEqualTo(v.get("signature").asText());
            assertThat(kp.verify(message, sig)).isTrue();
            sig[0] ^= 1;
            assertThat(kp.verify(message, sig)).isFalse();
        }
    }

    @Test
    void fromPrivateKeyValidatesAndHidesSecret() {
        byte[] priv = Hex.decode("d6b01f96b566d7df9b5b53b1971e4baeb74cc64167a9843f82d04b2194ca4863");
        KeyPair kp = KeyPair.fromPrivateKey(priv);
        assertThat(kp.address()).hasToString("z1qqjnwjjpnue8xmmpanz6csze6tcmtzzdtfsww7");
        assertThat(kp.toString()).doesNotContain("d6b01f").contains("z1qqjnwjjpnue8xmmpanz6csze6tcmtzzdtfsww7");
        priv[0] ^= 1;
        assertThat(Hex.encode(kp.privateKey())).startsWith("d6b01f");
        assertThatThrownBy(() -> KeyPair.fromPrivateKey(new byte[31])).hasMessageContaining("32 bytes, got 31");
    }
}
