package io.unikernelz.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hex;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DerivationTest {
    @Test
    void mnemonicVectorAccounts() {
        int checked = 0;
        for (JsonNode v : Vectors.wallet("mnemonic-vectors.json").get("vectors")) {
            KeyStore ks = KeyStore.fromMnemonic(v.get("mnemonic").asText());
            assertThat(Hex.encode(ks.seed())).isEqualTo(v.get("seed").asText());
            for (JsonNode a : v.get("accounts")) {
                int index = a.get("index").asInt();
                assertThat(Derivation.pathForIndex(index)).isEqualTo(a.get("derivationPath").asText());
                KeyPair kp = ks.derive(index);
                assertThat(Hex.encode(kp.privateKey())).isEqualTo(a.get("privateKey").asText());
                assertThat(Hex.encode(kp.publicKey())).isEqualTo(a.get("publicKey").asText());
                assertThat(kp.address()).hasToString(a.get("address").asText());
                assertThat(Hex.encode(kp.address().bytes())).isEqualTo(a.get("addressBytes").asText());
                assertThat(Derivation.deriveForPath(a.get("derivationPath").asText(), ks.seed())).isEqualTo(kp);
                checked++;
            }
            assertThat(ks.baseAddress()).isEqualTo(ks.derive(0).address());
        }
        assertThat(checked).isEqualTo(6);
    }

    @Test
    void goZenonRawSeedVectors() {
        JsonNode vectors = Vectors.wallet("seed-derivation-vectors.json").get("vectors");
        assertThat(vectors).hasSize(4);
        for (JsonNode v : vectors) {
            byte[] seed = Hex.decode(v.get("seed").asText());
            assertThat(seed).as(v.get("name").asText()).hasSize(16);
            KeyPair kp = KeyPair.deriveWithIndex(v.get("index").asInt(), seed);
            assertThat(Hex.encode(kp.privateKey())).as(v.get("name").asText()).isEqualTo(v.get("privateKey").asText());
            assertThat(Hex.encode(kp.publicKey())).isEqualTo(v.get("publicKey").asText());
            assertThat(kp.address()).isEqualTo(Address.parse(v.get("address").asText()));
        }
    }

    /** SLIP-0010 test vector 1 for ed25519 (seed 000102…0f). */
    @Test
    void slip10SpecVector1() {
        byte[] seed = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
        Derivation.Node master = Derivation.master(seed);
        assertThat(Hex.encode(master.key())).isEqualTo("2b4be7f19ee27bbf30c667b642d5f4aa69fd169872f8fc3059c08ebae2eb19e7");
        assertThat(Hex.encode(master.chainCode())).isEqualTo("90046a93de5380a72b5e45010748567d5ea02bbf6522f979e05c0d8d8ca9fffb");
        KeyPair m0 = Derivation.deriveForPath("m/0'", seed);
        assertThat(Hex.encode(m0.privateKey())).isEqualTo("68e0fe46dfb67e368c75379acec591dad19df3cde26e63b93a8e704f1dade7a3");
        assertThat(Hex.encode(m0.publicKey())).isEqualTo("8c8a13df77a28f3445213a0f432fde644acaa215fc72dcdf300d5efaa85d350c");
        assertThat(Hex.encode(Derivation.deriveNode(new int[] {0}, seed).chainCode()))
                .isEqualTo("8b59aa11380b624e81507a27fedda59fea6d0b779a778918a2fd3590e16e9c69");
        KeyPair m01 = Derivation.deriveForPath("m/0'/1'", seed);
        assertThat(Hex.encode(m01.privateKey())).isEqualTo("b1d0bad404bf35da785a64ca1ac54b2617211d2777696fbffaf208f746ae84f2");
        assertThat(Hex.encode(m01.publicKey())).isEqualTo("1932a5270f335bed617d5b935c80aedb1a35bd9fc1e31acafd5372c30f5c1187");
    }

    @Test
    void rejectsNonHardenedOrMalformedPathsAndBadIndexes() {
        byte[] seed = new byte[16];
        for (String bad : new String[] {"m", "m/0", "m/44'/73404'/0", "44'/0'", "m/'", "m/-1'", "m/2147483648'", "m/99999999999999999999'", ""}) {
            assertThatThrownBy(() -> Derivation.deriveForPath(bad, seed))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("invalid derivation path");
        }
        assertThat(Derivation.deriveForPath("m/2147483647'", seed)).isNotNull();
        assertThatThrownBy(() -> Derivation.deriveWithIndex(-1, seed)).hasMessageContaining("account index");
        assertThatThrownBy(() -> Derivation.deriveWithIndex(0, new byte[0])).hasMessageContaining("seed is empty");
    }

    @Test
    void findAddressSearchesTheFirstAccounts() {
        KeyStore ks = KeyStore.fromEntropy(new byte[32]);
        assertThat(ks.findAddress(ks.derive(5).address())).contains(ks.derive(5));
        assertThat(ks.findAddress(Address.ZERO)).isEmpty();
    }
}
