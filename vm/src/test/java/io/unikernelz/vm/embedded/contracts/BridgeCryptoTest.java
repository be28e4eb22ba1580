package io.unikernelz.vm.embedded.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.embedded.definition.WrapTokenRequest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The bridge's message hashing and secp256k1 checks against go-zenon's z_bridge_test vectors. */
class BridgeCryptoTest {
    static final Address USER2 = Address.parse("z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx");

    @Test
    void keccakIsTheLegacyVariantNotSha3() {
        assertThat(Hex.encode(BridgeCrypto.keccak256(new byte[0]))).isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        assertThat(BridgeCrypto.keccak256("abc".getBytes(StandardCharsets.US_ASCII))).isNotEqualTo(Sha3.sha3("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void decompressionMatchesGoZenon() {
        byte[] compressed = Base64.getDecoder().decode(EvmTestSigner.TSS_PUBLIC_B64);
        assertThat(BridgeCrypto.base64(BridgeCrypto.decompress(compressed).orElseThrow())).isEqualTo(EvmTestSigner.TSS_DECOMPRESSED_B64);
        assertThat(EvmTestSigner.compressedPublicKey(EvmTestSigner.TSS_PRIVATE_B64)).isEqualTo(EvmTestSigner.TSS_PUBLIC_B64);
        assertThat(EvmTestSigner.compressedPublicKey(EvmTestSigner.OTHER_PRIVATE_B64)).isEqualTo(EvmTestSigner.OTHER_PUBLIC_B64);
        // not a point: x = 5 has no square root on secp256k1 (y² = 132 is a non-residue), and a wrong prefix
        byte[] bad = new byte[33];
        bad[0] = 2;
        bad[32] = 5;
        assertThat(BridgeCrypto.decompress(bad)).isEmpty();
        compressed[0] = 4;
        assertThat(BridgeCrypto.decompress(compressed)).isEmpty();
    }

    @Test
    void aCoordinateWithLeadingZeroBytesShortensTheKeyAsGoBigIntBytesDoes() {
        // find a key whose x starts with a zero byte: G·k for small k until one does
        for (int k = 1; k < 2000; k++) {
            byte[] point = org.bouncycastle.crypto.ec.CustomNamedCurves.getByName("secp256k1").getG()
                    .multiply(BigInteger.valueOf(k)).normalize().getEncoded(true);
            if (point[1] == 0) {
                assertThat(BridgeCrypto.decompress(point).orElseThrow()).hasSizeLessThan(65);
                return;
            }
        }
        throw new AssertionError("no small multiple of G with a leading zero x byte");
    }

    /** go-zenon activateBridgeStep7: the two unwrap signatures, reproduced from the message and the TSS key. */
    @Test
    void unwrapSignaturesOfGoZenonsBridgeTest() {
        byte[] znn = BridgeCrypto.unwrapRequestMessage(2, 123, Hash.parse("0123456789012345678901234567890123456789012345678901234567890123"), 200,
                USER2, "0x5fbdb2315678afecb367f032d93f642f64180aa3", BigInteger.valueOf(10_000_000_000L));
        String znnSignature = "YXFeAH2BIKnbHm7qd1zXt6SSReI9ovhYg5jVPGumNOkj3Bw6OfUwSZSCKSMPCw4NRZGDXT6m7Axe5UIwAno4xQE=";
        assertThat(EvmTestSigner.sign(znn, EvmTestSigner.TSS_PRIVATE_B64)).isEqualTo(znnSignature);
        assertThat(BridgeCrypto.checkSignature(znn, EvmTestSigner.TSS_DECOMPRESSED_B64, znnSignature)).isEmpty();

        byte[] owned = BridgeCrypto.unwrapRequestMessage(2, 123, Hash.parse("0023456789012345678901234567890123456789012345678901234567890123"), 200,
                USER2, "0x5aaaa2315678afecb367f032d93f642f64180aa3", BigInteger.valueOf(800));
        String ownedSignature = "eCKubWhwnuqqX9vjGl9ltqxCNwE2V9Xi4bO1q404JYNCUlJ0c3h5Cq558pLxtimrS73hPStjtz281+GcfNPTyAE=";
        assertThat(EvmTestSigner.sign(owned, EvmTestSigner.TSS_PRIVATE_B64)).isEqualTo(ownedSignature);
        assertThat(BridgeCrypto.checkSignature(owned, EvmTestSigner.TSS_DECOMPRESSED_B64, ownedSignature)).isEmpty();
        // another message recovers another key
        assertThat(BridgeCrypto.checkSignature(znn, EvmTestSigner.TSS_DECOMPRESSED_B64, ownedSignature)).contains("invalid secp256k1 signature");
    }

    @Test
    void signatureCheckFailuresCarryGoZenonsTexts() {
        byte[] message = Sha3.sha3(new byte[] {1});
        String good = EvmTestSigner.sign(message, EvmTestSigner.TSS_PRIVATE_B64);
        String key = EvmTestSigner.TSS_DECOMPRESSED_B64;
        assertThat(BridgeCrypto.checkSignature(message, key, good)).isEmpty();
        assertThat(BridgeCrypto.checkSignature(message, "not base64!", good)).contains("invalid b64 decode");
        assertThat(BridgeCrypto.checkSignature(message, EvmTestSigner.TSS_PUBLIC_B64, good)).contains("invalid decompressed secp256k1 public key length");
        assertThat(BridgeCrypto.checkSignature(message, key, "@@@@")).contains("invalid b64 decode");
        assertThat(BridgeCrypto.checkSignature(message, key, Base64.getEncoder().encodeToString(new byte[64]))).contains("invalid secp256k1 signature");
        byte[] sig = Base64.getDecoder().decode(good);
        sig[64] = 4;
        assertThat(BridgeCrypto.checkSignature(message, key, Base64.getEncoder().encodeToString(sig))).contains("invalid signature recovery id");
        byte[] zero = new byte[65];
        assertThat(BridgeCrypto.checkSignature(message, key, Base64.getEncoder().encodeToString(zero))).contains("recovery failed");
        sig[64] = (byte) (Base64.getDecoder().decode(good)[64] ^ 1);
        assertThat(BridgeCrypto.checkSignature(message, key, Base64.getEncoder().encodeToString(sig))).contains("invalid secp256k1 signature");
    }

    @Test
    void networkClassesPickTheHash() {
        byte[] packed = {1, 2, 3};
        assertThat(BridgeCrypto.hashByNetworkClass(packed, 1)).isEqualTo(Sha3.sha3(packed));
        byte[] prefix = "\u0019Ethereum Signed Message:\n32".getBytes(StandardCharsets.US_ASCII);
        assertThat(BridgeCrypto.hashByNetworkClass(packed, 2)).isEqualTo(BridgeCrypto.keccak256(prefix, BridgeCrypto.keccak256(packed)));
        assertThatThrownBy(() -> BridgeCrypto.hashByNetworkClass(packed, 3)).isInstanceOfSatisfying(NomException.class,
                e -> assertThat(e.getMessage()).isEqualTo("network type not supported"));
    }

    @Test
    void basicMethodMessageIsAnEvmPackedStringAndThreeNumbers() {
        byte[] expected = Hex.decode(
                "0000000000000000000000000000000000000000000000000000000000000080"
                        + "0000000000000000000000000000000000000000000000000000000000000001"
                        + "0000000000000000000000000000000000000000000000000000000000000064"
                        + "0000000000000000000000000000000000000000000000000000000000000007"
                        + "0000000000000000000000000000000000000000000000000000000000000004"
                        + "48616c7400000000000000000000000000000000000000000000000000000000");
        assertThat(BridgeCrypto.basicMethodMessage("Halt", 7, 1, 100)).isEqualTo(Sha3.sha3(expected));
    }

    @Test
    void wrapMessagePacksAmountLessFee() {
        Hash id = Hash.of(new byte[] {9});
        WrapTokenRequest r = new WrapTokenRequest(1, 3, id, "0xb794f5ea0ba39494ce839613fffba74279579268", TokenStandard.ZNN,
                "0x5fbdb2315678afecb367f032d93f642f64180aa3", BigInteger.valueOf(1000), BigInteger.valueOf(15), "", 5);
        byte[] contract = BridgeCrypto.hexToAddress("0x323b5d4c32345ced77393b3530b1eed0f346429d");
        byte[] expected = Hex.decode(
                "0000000000000000000000000000000000000000000000000000000000000001"
                        + "0000000000000000000000000000000000000000000000000000000000000003"
                        + "000000000000000000000000323b5d4c32345ced77393b3530b1eed0f346429d"
                        + Hex.encode(id.bytes())
                        + "000000000000000000000000b794f5ea0ba39494ce839613fffba74279579268"
                        + "0000000000000000000000005fbdb2315678afecb367f032d93f642f64180aa3"
                        + "00000000000000000000000000000000000000000000000000000000000003d9");
        assertThat(BridgeCrypto.wrapRequestMessage(r, contract)).isEqualTo(Sha3.sha3(expected));
    }

    @Test
    void evmAddressesAsGoEthereumReadsThem() {
        assertThat(BridgeCrypto.isHexAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3")).isTrue();
        assertThat(BridgeCrypto.isHexAddress("0X5FBDB2315678AFECB367F032D93F642F64180AA3")).isTrue();
        assertThat(BridgeCrypto.isHexAddress("5fbdb2315678afecb367f032d93f642f64180aa3")).isTrue();
        assertThat(BridgeCrypto.isHexAddress("0xtfbdb2315678afecb367f032d93f642f64180aa3")).isFalse();
        assertThat(BridgeCrypto.isHexAddress("0x5fbdb2315678afecb367f032d93f642f64180aa")).isFalse();
        assertThat(BridgeCrypto.isHexAddress("")).isFalse();
        assertThat(Hex.encode(BridgeCrypto.hexToAddress("0x5FBDB2315678afecb367f032d93f642f64180aa3")))
                .isEqualTo("5fbdb2315678afecb367f032d93f642f64180aa3");
        // short input is left-padded, an odd count gets a leading zero, decoding stops at the first bad pair
        assertThat(Hex.encode(BridgeCrypto.hexToAddress("0xabc"))).isEqualTo("0000000000000000000000000000000000000abc");
        assertThat(Hex.encode(BridgeCrypto.hexToAddress("12zz34"))).isEqualTo("0000000000000000000000000000000000000012");
        // a long input keeps its last 20 bytes
        assertThat(Hex.encode(BridgeCrypto.hexToAddress("ff" + "5fbdb2315678afecb367f032d93f642f64180aa3")))
                .isEqualTo("5fbdb2315678afecb367f032d93f642f64180aa3");
        assertThat(BridgeCrypto.lower("0xABCdef")).isEqualTo("0xabcdef");
    }
}
