package io.unikernelz.vm.abi;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts from go-zenon vm/embedded/tests/encoding_test.go and pack_test.go. */
class GoZenonEncodingTest {
    /** User1 of the go-zenon mock genesis. */
    private static final Address USER1 = Address.parse("z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz");

    @Test
    void mintWithZnnTokenStandard() {
        byte[] data = Abis.TOKEN.encodeMethod("Mint", TokenStandard.ZNN, BigInteger.valueOf(123456789), USER1);
        assertThat(Hex.encode(data)).isEqualTo("cd70f9bc0000000000000000000000000000000000000000000014e66318c6318c6318c6"
                + "00000000000000000000000000000000000000000000000000000000075bcd15"
                + "00000000000000000000000000bbfd629028e53999aa179ac6de460ef72aa76e");
        Values v = Abis.TOKEN.decodeMethod("Mint", data);
        assertThat(v.tokenStandard("tokenStandard")).isEqualTo(TokenStandard.ZNN);
        assertThat(v.bigInteger("amount")).isEqualTo(BigInteger.valueOf(123456789));
        assertThat(v.address("receiveAddress")).isEqualTo(USER1);
    }

    @Test
    void cancelStakeWithHash() {
        Hash id = Hash.of(new byte[] {'t'});
        byte[] data = Abis.STAKE.encodeMethod("Cancel", id);
        assertThat(Hex.encode(data)).isEqualTo("5a92fe32889729e8d2d8864a59db1e195ad67c76949578ff2b4637388564a81dd68fc01e");
        assertThat(Abis.STAKE.decodeMethod("Cancel", data).hash("id")).isEqualTo(id);
    }

    /** pack_test.go: a variable with string, string[], string[], uint256[] survives a round trip. */
    @Test
    void complexDataStructureRoundTrip() {
        Abi mock = Abi.fromJson("Mock", """
                [{"type":"variable","name":"ComplexDataStructure","inputs":[
                    {"name":"title","type":"string"},
                    {"name":"keys","type":"string[]"},
                    {"name":"values1","type":"string[]"},
                    {"name":"values2","type":"uint256[]"}
                ]}]""");
        List<String> keys = new ArrayList<>();
        List<String> values1 = new ArrayList<>();
        List<BigInteger> values2 = new ArrayList<>();
        for (int i = 1; i < 10; i++) {
            keys.add("k".repeat(i));
            values1.add("v".repeat(i * 37));
            values2.add(BigInteger.valueOf(i * 37L * 100_000_000L));
        }
        byte[] data = mock.encodeVariable("ComplexDataStructure", "znn", keys, values1, values2);
        Values v = mock.decodeVariable("ComplexDataStructure", data);
        assertThat(v.string("title")).isEqualTo("znn");
        assertThat(v.list("keys", String.class)).isEqualTo(keys);
        assertThat(v.list("values1", String.class)).isEqualTo(values1);
        assertThat(v.list("values2", BigInteger.class)).isEqualTo(values2);
        assertThat(mock.variable("ComplexDataStructure").encodeValues(v.asList())).isEqualTo(data);
    }

    @Test
    void emptyArraysEncodeAsZeroLength() {
        Abi mock = Abi.fromJson("Mock", """
                [{"type":"variable","name":"v","inputs":[{"name":"a","type":"string[]"},{"name":"b","type":"uint256[]"}]}]""");
        byte[] data = mock.encodeVariable("v", List.of(), List.of());
        assertThat(Hex.encode(data)).isEqualTo(
                "0000000000000000000000000000000000000000000000000000000000000040"
                + "0000000000000000000000000000000000000000000000000000000000000060"
                + "0000000000000000000000000000000000000000000000000000000000000000"
                + "0000000000000000000000000000000000000000000000000000000000000000");
        Values v = mock.decodeVariable("v", data);
        assertThat(v.list("a", String.class)).isEmpty();
        assertThat(v.list("b", BigInteger.class)).isEmpty();
    }

    @Test
    void stringArrayLayoutMatchesSolidityHeadTail() {
        Abi mock = Abi.fromJson("Mock", """
                [{"type":"variable","name":"v","inputs":[{"name":"a","type":"string[]"}]}]""");
        byte[] data = mock.encodeVariable("v", List.of("ab", "c"));
        assertThat(Hex.encode(data)).isEqualTo(
                "0000000000000000000000000000000000000000000000000000000000000020" // offset of a
                + "0000000000000000000000000000000000000000000000000000000000000002" // 2 elements
                + "0000000000000000000000000000000000000000000000000000000000000040" // offset of "ab" from element area
                + "0000000000000000000000000000000000000000000000000000000000000080" // offset of "c"
                + "0000000000000000000000000000000000000000000000000000000000000002"
                + "6162000000000000000000000000000000000000000000000000000000000000"
                + "0000000000000000000000000000000000000000000000000000000000000001"
                + "6300000000000000000000000000000000000000000000000000000000000000");
    }

    @Test
    void negativeInt64IsTwosComplement() {
        Abi mock = Abi.fromJson("Mock", """
                [{"type":"variable","name":"t","inputs":[{"name":"x","type":"int64"}]}]""");
        byte[] data = mock.encodeVariable("t", -1L);
        assertThat(Hex.encode(data)).isEqualTo("ff".repeat(32));
        assertThat(mock.decodeVariable("t", data).longValue("x")).isEqualTo(-1L);
    }
}
