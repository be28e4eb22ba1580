package io.unikernelz.core.proto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.Records;
import io.unikernelz.core.Shared;
import io.unikernelz.core.json.MomentumJson;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.Hex;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtoCodecTest {
    private static final GoProtoSchema SCHEMA = new GoProtoSchema();

    @Test
    void everyRealBlockEncodesLikeTheReferenceAndRoundTrips() {
        List<AccountBlock> blocks = Records.allBlocks();
        assertThat(blocks).hasSizeGreaterThan(200);
        for (AccountBlock b : blocks) {
            byte[] encoded = AccountBlockProtoCodec.encode(b);
            assertThat(encoded).as("proto of %s", b.hash()).isEqualTo(SCHEMA.accountBlock(b).toByteArray());
            AccountBlock decoded = AccountBlockProtoCodec.decode(encoded);
            assertThat(decoded).isEqualTo(b);
            assertThat(AccountBlockProtoCodec.encode(decoded)).isEqualTo(encoded);
            assertThat(decoded.computeHash()).isEqualTo(b.hash());
        }
    }

    @Test
    void everyRealMomentumEncodesLikeTheReferenceAndRoundTrips() {
        List<Momentum> momentums = new java.util.ArrayList<>(Records.momentums());
        momentums.add(MomentumJson.fromJson(Shared.json("genesis/genesis-momentum.json").get("momentum")));
        for (Momentum m : momentums) {
            byte[] encoded = MomentumProtoCodec.encode(m);
            assertThat(encoded).isEqualTo(SCHEMA.momentum(m).toByteArray());
            Momentum decoded = MomentumProtoCodec.decode(encoded);
            assertThat(decoded).isEqualTo(m);
            assertThat(MomentumProtoCodec.encode(decoded)).isEqualTo(encoded);
        }
    }

    @Test
    void wrapperLayoutsAreExact() {
        Hash h = Hash.parse("1dbd7d0b561a41d23c2a469ad42fbd70d5438bae826f6fd607413190c37c363b");
        Address a = Address.parse("z1qph8dkja68pg3g6j4spwk9re0kjdkul0amwqnt");
        assertThat(Hex.encode(HashProtoCodec.encode(h))).isEqualTo("0a20" + h);
        assertThat(Hex.encode(HashProtoCodec.encode(Hash.ZERO))).isEqualTo("0a20" + "00".repeat(32));
        assertThat(Hex.encode(AddressProtoCodec.encode(a))).isEqualTo("0a14" + Hex.encode(a.rawBytes()));
        assertThat(Hex.encode(HashHeightProtoCodec.encode(new HashHeight(h, 10)))).isEqualTo("0a220a20" + h + "100a");
        assertThat(Hex.encode(HashHeightProtoCodec.encode(new HashHeight(h, 0)))).isEqualTo("0a220a20" + h);
        AccountHeader header = new AccountHeader(a, h, 300);
        assertThat(Hex.encode(AccountHeaderProtoCodec.encode(header)))
                .isEqualTo("0a160a14" + Hex.encode(a.rawBytes()) + "12270a220a20" + h + "10ac02");
        assertThat(AccountHeaderProtoCodec.encode(header)).isEqualTo(SCHEMA.accountHeader(header).toByteArray());
        assertThat(AccountHeaderProtoCodec.decode(AccountHeaderProtoCodec.encode(header))).isEqualTo(header);
        assertThat(HashHeightProtoCodec.decode(HashHeightProtoCodec.encode(new HashHeight(h, 10)))).isEqualTo(new HashHeight(h, 10));
    }

    @Test
    void zeroBlockStillCarriesWrappersAmountTokenAndNonce() {
        byte[] encoded = AccountBlockProtoCodec.encode(AccountBlock.builder().build());
        String hex = Hex.encode(encoded);
        // hash(4), previousHash(5) wrappers, momentumAcknowledged(7), addresses(8,9), amount(10) 32 zero bytes,
        // tokenStandard(11) 10 zero bytes, fromBlockHash(12), nonce(18) 8 zero bytes, changesHash(21)
        assertThat(hex).startsWith("22220a20").contains("52200000", "5a0a" + "00".repeat(10), "92010800");
        assertThat(encoded).isEqualTo(SCHEMA.accountBlock(AccountBlock.builder().build()).toByteArray());
        AccountBlock back = AccountBlockProtoCodec.decode(encoded);
        assertThat(back.dataAbsent()).isTrue();
        assertThat(back.publicKey()).isNull();
    }

    @Test
    void unknownFieldsAreSkippedAndRepeatedWrappersMerge() {
        AccountBlock b = Records.allBlocks().getFirst();
        byte[] encoded = AccountBlockProtoCodec.encode(b);
        // unknown field 16 (varint 7) and 99 (bytes) appended, as a newer writer might
        byte[] extended = Bytes.concat(encoded, Hex.decode("8001079a06026869"));
        assertThat(AccountBlockProtoCodec.decode(extended)).isEqualTo(b);
        // a second changesHash occurrence overrides the first (protobuf merge semantics)
        Hash other = Hash.of(new byte[] {9});
        byte[] twice = Bytes.concat(encoded, Hex.decode("aa0122"), HashProtoCodec.encode(other));
        assertThat(AccountBlockProtoCodec.decode(twice).changesHash()).isEqualTo(other);
    }

    @Test
    void malformedInputIsRejectedWithTheFieldName() {
        AccountBlock b = Records.allBlocks().getFirst();
        byte[] encoded = AccountBlockProtoCodec.encode(b);
        assertThatThrownBy(() -> AccountBlockProtoCodec.decode(java.util.Arrays.copyOf(encoded, encoded.length - 3)))
                .isInstanceOf(ProtoFormatException.class).hasMessageContaining("AccountBlockProto: malformed protobuf");
        assertThatThrownBy(() -> AccountBlockProtoCodec.decode(new byte[0]))
                .isInstanceOf(ProtoFormatException.class).hasMessageContaining("AccountBlockProto.hash: missing");
        assertThatThrownBy(() -> HashProtoCodec.decode(Hex.decode("0a0101")))
                .isInstanceOf(ProtoFormatException.class).hasMessageContaining("hash must be 32 bytes, got 1");
        assertThatThrownBy(() -> AddressProtoCodec.decode(new byte[0]))
                .isInstanceOf(ProtoFormatException.class).hasMessageContaining("address must be 20 bytes, got 0");
        assertThatThrownBy(() -> HashHeightProtoCodec.decode(Hex.decode("1001")))
                .isInstanceOf(ProtoFormatException.class).hasMessageContaining("HashHeightProto.hash: missing");
        // a nonce of 7 bytes
        AccountBlock zero = AccountBlock.builder().build();
        String hex = Hex.encode(AccountBlockProtoCodec.encode(zero)).replace("92010800" + "00".repeat(7), "920107" + "00".repeat(7));
        assertThatThrownBy(() -> AccountBlockProtoCodec.decode(Hex.decode(hex)))
                .isInstanceOf(ProtoFormatException.class).hasMessageContaining("AccountBlockProto.nonce: must be 8 bytes, got 7");
        // an amount above 2^256
        byte[] big = Bytes.concat(AccountBlockProtoCodec.encode(zero), Hex.decode("5221" + "01" + "00".repeat(32)));
        assertThatThrownBy(() -> AccountBlockProtoCodec.decode(big))
                .isInstanceOf(ProtoFormatException.class).hasMessageContaining("amount does not fit 32 bytes");
        assertThatThrownBy(() -> MomentumProtoCodec.decode(Hex.decode("ff")))
                .isInstanceOf(ProtoFormatException.class).hasMessageContaining("MomentumProto");
    }

    @Test
    void amountIsAlways32BytesBigEndian() {
        AccountBlock b = AccountBlock.builder().amount(BigInteger.valueOf(0x0102)).build();
        assertThat(Hex.encode(AccountBlockProtoCodec.encode(b))).contains("5220" + "00".repeat(30) + "0102");
        assertThat(AccountBlockProtoCodec.decode(AccountBlockProtoCodec.encode(b)).amount()).isEqualTo(BigInteger.valueOf(0x0102));
    }
}
