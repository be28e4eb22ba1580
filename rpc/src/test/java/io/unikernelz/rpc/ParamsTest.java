package io.unikernelz.rpc;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParamsTest {
    private static RpcException error(Runnable r) {
        try {
            r.run();
        } catch (RpcException e) {
            return e;
        }
        throw new AssertionError("expected an RpcException");
    }

    @Property
    void everyUint64RoundTrips(@ForAll @BigRange(min = "0", max = "18446744073709551615") BigInteger v) {
        long bits = Params.fromJson("[" + v + "]").uint64(0);
        assertThat(new BigInteger(Long.toUnsignedString(bits))).isEqualTo(v);
    }

    @Property
    void outsideUint64IsInvalidParams(@ForAll @BigRange(min = "-100000000000000000000", max = "100000000000000000000") BigInteger v) {
        boolean inRange = v.signum() >= 0 && v.bitLength() <= 64;
        if (inRange) return;
        RpcException e = error(() -> Params.fromJson("[" + v + "]").uint64(0));
        assertThat(e.code()).isEqualTo(RpcException.INVALID_PARAMS);
        assertThat(e.getMessage()).isEqualTo("invalid argument 0: number " + v + " is out of range for an unsigned 64-bit integer");
    }

    @Property
    void uint32Bounds(@ForAll @BigRange(min = "-10", max = "8589934592") BigInteger v) {
        boolean inRange = v.signum() >= 0 && v.bitLength() <= 32;
        if (inRange) {
            assertThat(Params.fromJson("[" + v + "]").uint32(0)).isEqualTo(v.longValueExact());
        } else {
            assertThat(error(() -> Params.fromJson("[" + v + "]").uint32(0)).code()).isEqualTo(RpcException.INVALID_PARAMS);
        }
    }

    @Test
    void int64AcceptsNegativesAndRejectsOverflow() {
        assertThat(Params.fromJson("[-5]").int64(0)).isEqualTo(-5);
        assertThat(Params.fromJson("[9223372036854775807]").int64(0)).isEqualTo(Long.MAX_VALUE);
        assertThat(error(() -> Params.fromJson("[9223372036854775808]").int64(0)).getMessage())
                .isEqualTo("invalid argument 0: number 9223372036854775808 is out of range for a 64-bit integer");
    }

    @Test
    void typedValues() {
        Params p = Params.fromJson("[\"z1qxemdeddedxplasmaxxxxxxxxxxxxxxxxsctrp\", \"zts1qsrxxxxxxxxxxxxxmrhjll\", "
                + "\"9e204601d1b7b1427fe12bc82622e610d8a6ad43c40abf020eb66e538bb8eeb0\", true, \"name\", "
                + "[\"9e204601d1b7b1427fe12bc82622e610d8a6ad43c40abf020eb66e538bb8eeb0\"], null]");
        assertThat(p.size()).isEqualTo(7);
        assertThat(p.address(0)).isEqualTo(Address.PLASMA);
        assertThat(p.tokenStandard(1)).isEqualTo(TokenStandard.QSR);
        assertThat(p.hash(2)).isEqualTo(Hash.parse("9e204601d1b7b1427fe12bc82622e610d8a6ad43c40abf020eb66e538bb8eeb0"));
        assertThat(p.bool(3)).isTrue();
        assertThat(p.string(4)).isEqualTo("name");
        assertThat(p.hashList(5)).containsExactly(p.hash(2));
        assertThat(p.has(6)).isFalse();
        assertThat(p.has(7)).isFalse();
        assertThat(p.has(0)).isTrue();
        assertThat(error(() -> p.string(6)).getMessage()).isEqualTo("invalid argument 6: expected a string, got null");
        assertThat(error(() -> p.bool(4)).getMessage()).isEqualTo("invalid argument 4: expected a boolean, got string");
        assertThat(error(() -> p.hashList(4)).getMessage()).isEqualTo("invalid argument 4: expected an array of hashes, got string");
        assertThat(error(() -> p.address(7)).getMessage()).isEqualTo("missing value for required argument 7");
        assertThat(error(() -> p.atMost(6)).getMessage()).isEqualTo("too many arguments, want at most 6");
    }

    @Test
    void rangeChecksUseGoZenonTexts() {
        assertThat(Params.fromJson("[1024]").pageSize(0)).isEqualTo(1024);
        assertThat(error(() -> Params.fromJson("[1025]").pageSize(0)))
                .satisfies(e -> assertThat(e.code()).isEqualTo(-32000)).hasMessage("page-size parameter is too big");
        assertThat(error(() -> Params.fromJson("[1025]").count(0))).hasMessage("count parameter is too big");
        assertThat(error(() -> Params.fromJson("[0]").height(0))).hasMessage("height parameter must be strictly greater than zero");
        assertThat(error(() -> Params.checkPageIndexBelow(10, 10))).hasMessage("page-index parameter is too big");
        assertThat(Params.checkPageIndexBelow(9, 10)).isEqualTo(9);
        // an unsigned count above Long.MAX_VALUE is still "too big", not negative
        assertThat(error(() -> Params.checkCount(-1L))).hasMessage("count parameter is too big");
    }

    @Test
    void paramsShapes() {
        assertThat(Params.fromJson(null).size()).isZero();
        assertThat(Params.fromJson("null").size()).isZero();
        assertThat(error(() -> Params.fromJson("{\"a\":1}"))).hasMessage("non-array args");
        assertThatThrownBy(() -> Params.fromJson("[")).isInstanceOf(IllegalArgumentException.class);
    }
}
