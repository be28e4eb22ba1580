package io.unikernelz.vm.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Call data a user can put in a block: errors where go-zenon errors, go-zenon's leniency where it is lenient. */
class HostileInputTest {
    private static final Address A = Address.parse("z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz");

    private static byte[] cat(byte[]... parts) {
        return Bytes.concat(parts);
    }

    private static byte[] word(long v) {
        return AbiType.word(BigInteger.valueOf(v));
    }

    @Test
    void wrongSelectorIsRejected() {
        byte[] cancel = Abis.PLASMA.encodeMethod("CancelFuse", Hash.of(new byte[] {1}));
        assertThatThrownBy(() -> Abis.PLASMA.decodeMethod("Fuse", cancel))
                .isInstanceOf(AbiException.class).hasMessageContaining("could not locate named method");
        assertThatThrownBy(() -> Abis.PILLAR.decodeEmptyMethod("Undelegate", Abis.PILLAR.method("CollectReward").id()))
                .isInstanceOf(AbiException.class).hasMessageContaining("could not locate named method");
    }

    @Test
    void methodWithArgumentsNeedsMoreThanTheSelector() {
        Method fuse = Abis.PLASMA.method("Fuse");
        assertThatThrownBy(() -> fuse.decode(fuse.id())).isInstanceOf(AbiException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> fuse.decode(new byte[] {1, 2})).isInstanceOf(AbiException.class);
        assertThatThrownBy(() -> fuse.decode(null)).isInstanceOf(AbiException.class);
        assertThatThrownBy(() -> fuse.decode(cat(fuse.id(), new byte[31]))).isInstanceOf(AbiException.class).hasMessageContaining("too short");
    }

    @Test
    void emptyMethodNeedsExactlyFourBytes() {
        Method undelegate = Abis.PILLAR.method("Undelegate");
        undelegate.decode(undelegate.id());
        Abis.PILLAR.decodeEmptyMethod("Undelegate", undelegate.id());
        assertThatThrownBy(() -> undelegate.decode(cat(undelegate.id(), new byte[1])))
                .isInstanceOf(AbiException.class).hasMessageContaining("too long");
        assertThatThrownBy(() -> undelegate.decode(new byte[3])).isInstanceOf(AbiException.class).hasMessageContaining("empty");
    }

    @Test
    void trailingBytesAreIgnoredAsInGoZenon() {
        byte[] data = cat(Abis.PLASMA.encodeMethod("Fuse", A), new byte[45]);
        assertThat(Abis.PLASMA.decodeMethod("Fuse", data).address("address")).isEqualTo(A);
    }

    @Test
    void highBytesOfNarrowWordsAreIgnoredAsInGoZenon() {
        Method vote = Abis.COMMON.method("VoteByProdAddress");
        byte[] dirty = cat(vote.id(), new byte[32], Hex.decode("ff".repeat(31) + "02"));
        assertThat(vote.decode(dirty).intValue("vote")).isEqualTo(2);
        byte[] dirtyAddress = cat(Abis.PLASMA.method("Fuse").id(), Hex.decode("ff".repeat(12)), A.bytes());
        assertThat(Abis.PLASMA.decodeMethod("Fuse", dirtyAddress).address("address")).isEqualTo(A);
        // and the canonical re-encoding is different, which go-zenon turns into a hash mismatch
        assertThat(Abis.PLASMA.method("Fuse").encode(A)).isNotEqualTo(dirtyAddress);
    }

    @Test
    void booleansMustBeZeroOrOne() {
        Method m = Abis.BRIDGE.method("SetAllowKeyGen");
        assertThat(m.decode(cat(m.id(), word(1))).bool("allowKeyGen")).isTrue();
        assertThat(m.decode(cat(m.id(), word(0))).bool("allowKeyGen")).isFalse();
        assertThatThrownBy(() -> m.decode(cat(m.id(), word(2)))).isInstanceOf(AbiException.class).hasMessageContaining("boolean");
        byte[] high = word(1);
        high[0] = 1;
        assertThatThrownBy(() -> m.decode(cat(m.id(), high))).isInstanceOf(AbiException.class).hasMessageContaining("boolean");
    }

    @Test
    void offsetsAndLengthsOutsideTheDataAreRejected() {
        Method delegate = Abis.PILLAR.method("Delegate");
        // offset 0x20, length 3, "abc"
        byte[] ok = cat(delegate.id(), word(32), word(3), Hex.decode("616263" + "00".repeat(29)));
        assertThat(delegate.decode(ok).string("name")).isEqualTo("abc");
        assertThatThrownBy(() -> delegate.decode(cat(delegate.id(), word(64), word(3))))
                .isInstanceOf(AbiException.class).hasMessageContaining("offset");
        assertThatThrownBy(() -> delegate.decode(cat(delegate.id(), Hex.decode("ff".repeat(32)), word(3))))
                .isInstanceOf(AbiException.class).hasMessageContaining("offset");
        assertThatThrownBy(() -> delegate.decode(cat(delegate.id(), word(32), word(33), new byte[32])))
                .isInstanceOf(AbiException.class).hasMessageContaining("length");
        assertThatThrownBy(() -> delegate.decode(cat(delegate.id(), word(32), Hex.decode("ff".repeat(32)))))
                .isInstanceOf(AbiException.class).hasMessageContaining("length");
        // a length that only fits without padding is accepted (go-zenon does not check the padding)
        assertThat(delegate.decode(cat(delegate.id(), word(32), word(3), Hex.decode("616263"))).string("name")).isEqualTo("abc");
        // offset may point at the head itself: the word there is then read as the length
        assertThat(delegate.decode(cat(delegate.id(), word(0))).string("name")).isEmpty();
    }

    @Test
    void arrayElementCountMustFitTheData() {
        Method nominate = Abis.BRIDGE.method("NominateGuardians");
        byte[] ok = nominate.encode(java.util.List.of(A, A));
        assertThat(nominate.decode(ok).list("guardians", Address.class)).containsExactly(A, A);
        byte[] lying = cat(nominate.id(), word(32), word(3), new byte[64]);
        assertThatThrownBy(() -> nominate.decode(lying)).isInstanceOf(AbiException.class).hasMessageContaining("elements");
        byte[] huge = cat(nominate.id(), word(32), word(Long.MAX_VALUE / 16));
        assertThatThrownBy(() -> nominate.decode(huge)).isInstanceOf(AbiException.class);
    }

    @Test
    void nestedOffsetsInsideStringArraysAreChecked() {
        Method m = Abis.LIQUIDITY.method("SetTokenTuple");
        byte[] ok = m.encode(java.util.List.of("zts1znnxxxxxxxxxxxxx9z4ulx"), java.util.List.of(1L), java.util.List.of(2L),
                java.util.List.of(BigInteger.TEN));
        assertThat(m.decode(ok).list("tokenStandards", String.class)).containsExactly("zts1znnxxxxxxxxxxxxx9z4ulx");
        byte[] bad = ok.clone();
        // the first element offset of tokenStandards sits right after its length word
        int at = 4 + 4 * 32 + 32;
        bad[at + 31] = (byte) 0xf0;
        assertThatThrownBy(() -> m.decode(bad)).isInstanceOf(AbiException.class);
    }

    @Test
    void encodingRejectsValuesThatDoNotFitTheirType() {
        Method vote = Abis.COMMON.method("VoteByProdAddress");
        Hash h = Hash.ZERO;
        assertThatThrownBy(() -> vote.encode(h, 256)).isInstanceOf(AbiException.class).hasMessageContaining("does not fit uint8");
        assertThatThrownBy(() -> vote.encode(h, -1)).isInstanceOf(AbiException.class);
        assertThatThrownBy(() -> vote.encode(h, "1")).isInstanceOf(AbiException.class).hasMessageContaining("cannot use String");
        assertThatThrownBy(() -> vote.encode(h)).isInstanceOf(AbiException.class).hasMessageContaining("argument count mismatch");
        assertThatThrownBy(() -> vote.encode(null, 1)).isInstanceOf(AbiException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> Abis.TOKEN.encodeMethod("Mint", io.unikernelz.core.types.TokenStandard.ZNN,
                BigInteger.ONE.shiftLeft(256), A)).isInstanceOf(AbiException.class);
        assertThatThrownBy(() -> Abis.TOKEN.encodeMethod("Mint", io.unikernelz.core.types.TokenStandard.ZNN,
                BigInteger.valueOf(-1), A)).isInstanceOf(AbiException.class);
    }

    @Test
    void uint64CarriesRawBits() {
        Method m = Abis.BRIDGE.method("SetRedeemDelay");
        byte[] data = m.encode(-1L);
        assertThat(Hex.encode(data).substring(8)).isEqualTo("00".repeat(24) + "ff".repeat(8));
        assertThat(m.decode(data).longValue("redeemDelay")).isEqualTo(-1L);
        assertThat(m.decode(data).bigInteger("redeemDelay")).isEqualTo(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
    }

    @Test
    void unknownNamesGiveClearErrors() {
        assertThatThrownBy(() -> Abis.PLASMA.method("Nope")).isInstanceOf(AbiException.class).hasMessageContaining("'Nope' not found");
        assertThatThrownBy(() -> Abis.PLASMA.variable("nope")).isInstanceOf(AbiException.class).hasMessageContaining("'nope' not found");
        assertThatThrownBy(() -> Abis.PLASMA.decodeVariable("fusedAmount", new byte[0]))
                .isInstanceOf(AbiException.class).hasMessageContaining("empty");
        assertThat(Abis.PLASMA.methodById(new byte[] {1, 2, 3, 4})).isEmpty();
        assertThat(Abis.PLASMA.methodById(new byte[3])).isEmpty();
    }
}
