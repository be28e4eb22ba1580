package io.unikernelz.core.nom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.Records;
import io.unikernelz.core.Shared;
import io.unikernelz.core.check.Integrity;
import io.unikernelz.core.crypto.Ed25519;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningTest {

    private static byte[] privateKey(String name) {
        for (JsonNode v : Shared.json("wallet/seed-derivation-vectors.json").get("vectors")) {
            if (v.get("name").asText().equals(name)) return Hex.decode(v.get("privateKey").asText());
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void signingGoZenonsTestBlockReproducesItsSignature() {
        AccountBlock published = Records.devnetBlockNodes().stream()
                .map(io.unikernelz.core.json.AccountBlockJson::fromJson).findFirst().orElseThrow();
        AccountBlock unsigned = published.toBuilder().hash(Hash.ZERO).publicKey(null).signature(null).build();
        AccountBlock signed = unsigned.sign(privateKey("User1"));
        assertThat(signed.hash()).isEqualTo(published.hash());
        assertThat(signed.publicKey()).isEqualTo(published.publicKey());
        assertThat(signed.signature()).isEqualTo(published.signature());
        assertThat(Integrity.check(signed)).isEmpty();
    }

    @Test
    void aFreshlySignedMomentumVerifiesAndNamesItsProducer() {
        byte[] seed = privateKey("Pillar1");
        Momentum m = Momentum.builder().version(1).chainIdentifier(100).height(2).timestamp(1_000_000_010L)
                .previousHash(Hash.of(new byte[] {1})).changesHash(Hash.EMPTY_DATA).data(new byte[0]).build().sign(seed);
        assertThat(Integrity.check(m)).isEmpty();
        assertThat(m.producer()).isEqualTo(Address.fromPublicKey(Ed25519.publicKey(seed)));
        assertThat(Integrity.check(m.toBuilder().signature(null).build())).contains(Integrity.M_SIGNATURE_MISSING);
        assertThat(Integrity.check(m.toBuilder().timestamp(5).build())).get().asString().startsWith(Integrity.M_HASH_INVALID);
    }

    @Test
    void userBlockSignedByAnotherKeyIsRejectedForItsAddress() {
        byte[] user1 = privateKey("User1");
        byte[] user2 = privateKey("User2");
        AccountBlock b = AccountBlock.builder().version(1).chainIdentifier(100).blockType(BlockType.USER_SEND)
                .height(1).address(Address.fromPublicKey(Ed25519.publicKey(user1))).amount(BigInteger.TEN).build();
        assertThat(Integrity.check(b.sign(user1))).isEmpty();
        assertThat(Integrity.check(b.sign(user2))).get().asString().startsWith(Integrity.AB_PUBLIC_KEY_WRONG_ADDRESS);
        assertThat(Integrity.check(b.withComputedHash())).contains(Integrity.AB_SIGNATURE_MISSING);
        assertThat(Integrity.check(b)).contains(Integrity.AB_HASH_MISSING);
        assertThat(Integrity.check(b.sign(user1).toBuilder().difficulty(1_500_000).build().withComputedHash()))
                .isPresent();
        assertThat(Integrity.check(b.sign(user1).toBuilder().addDescendantBlock(b).build()))
                .get().asString().startsWith(Integrity.AB_HASH_INVALID);
    }

    @Test
    void contractBlocksMustCarryNoKeyAndNoPoW() {
        AccountBlock c = AccountBlock.builder().version(1).chainIdentifier(1).blockType(BlockType.CONTRACT_RECEIVE)
                .height(3).address(Address.PLASMA).data(new byte[8]).build().withComputedHash();
        assertThat(Integrity.check(c)).isEmpty();
        assertThat(Integrity.check(c.toBuilder().publicKey(new byte[32]).build())).contains(Integrity.AB_PUBLIC_KEY_MUST_BE_ZERO);
        assertThat(Integrity.check(c.toBuilder().signature(new byte[64]).build())).contains(Integrity.AB_SIGNATURE_MUST_BE_ZERO);
        assertThat(Integrity.check(c.toBuilder().difficulty(1).build().withComputedHash())).contains(Integrity.AB_POW_INVALID);
        AccountBlock send = AccountBlock.builder().version(1).chainIdentifier(1).blockType(BlockType.CONTRACT_SEND)
                .height(2).address(Address.PLASMA).build().withComputedHash();
        AccountBlock withChild = c.toBuilder().descendantBlocks(List.of(send)).build().withComputedHash();
        assertThat(Integrity.check(withChild)).isEmpty();
        AccountBlock badChild = send.toBuilder().height(9).build();
        assertThat(Integrity.check(c.toBuilder().descendantBlocks(List.of(badChild)).build().withComputedHash()))
                .get().asString().startsWith(Integrity.AB_DESCENDANT_VERIFY);
    }

    @Test
    void constructionRejectsValuesGoZenonCannotEncode() {
        assertThatThrownBy(() -> AccountBlock.builder().amount(BigInteger.valueOf(-1)).build()).hasMessageContaining("negative");
        assertThatThrownBy(() -> AccountBlock.builder().amount(BigInteger.ONE.shiftLeft(256)).build()).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> AccountBlock.builder().publicKey(new byte[31]).build()).hasMessageContaining("publicKey");
        assertThatThrownBy(() -> AccountBlock.builder().signature(new byte[63]).build()).hasMessageContaining("signature");
        assertThatThrownBy(() -> AccountBlock.builder().nonce(new byte[7])).hasMessageContaining("nonce must be 8 bytes");
        assertThatThrownBy(() -> AccountBlock.builder().hash(null).build()).isInstanceOf(NullPointerException.class);
        assertThat(AccountBlock.builder().amount(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)).build().amount().bitLength()).isEqualTo(256);
    }

    @Test
    void blockIsImmutable() {
        byte[] data = {1, 2, 3};
        AccountBlock b = AccountBlock.builder().data(data).build();
        data[0] = 9;
        assertThat(b.data()).containsExactly(1, 2, 3);
        b.data()[1] = 9;
        assertThat(b.data()).containsExactly(1, 2, 3);
    }
}
