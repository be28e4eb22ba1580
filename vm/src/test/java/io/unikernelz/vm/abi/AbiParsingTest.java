package io.unikernelz.vm.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AbiParsingTest {
    @Test
    void keysAreCaseInsensitiveLikeGo() {
        Abi abi = Abi.fromJson("X", """
                [{"Type":"function","NAME":"Fuse","Inputs":[{"Name":"address","TYPE":"address","indexed":false}]}]""");
        assertThat(abi.method("Fuse").idHex()).isEqualTo("5ac942e8");
    }

    @Test
    void typesParse() {
        for (String t : new String[] {"uint8", "uint24", "uint256", "int8", "int256", "bool", "address", "tokenStandard", "hash",
                "bytes", "bytes1", "bytes32", "string", "string[]", "uint32[]", "bytes[]", "hash[3]", "address[2]"}) {
            assertThat(AbiType.parse(t)).hasToString(t);
        }
        assertThat(AbiType.parse("string[]").isDynamic()).isTrue();
        assertThat(AbiType.parse("hash[3]").isDynamic()).isFalse();
        assertThat(AbiType.parse("uint64").size()).isEqualTo(64);
    }

    @Test
    void badTypesAreRejected() {
        for (String t : new String[] {"uint", "int", "uint7", "uint264", "uint0", "bytes33", "bytes0", "string[][]", "uint8[0]",
                "string[2]", "foo", "bool8", "uint8[", "uint8]", "", "uint8[x]", "address[2]x"}) {
            assertThatThrownBy(() -> AbiType.parse(t)).as(t).isInstanceOf(AbiException.class);
        }
    }

    @Test
    void malformedDefinitionsAreRejected() {
        assertThatThrownBy(() -> Abi.fromJson("X", "{")).isInstanceOf(AbiException.class).hasMessageContaining("invalid JSON");
        assertThatThrownBy(() -> Abi.fromJson("X", "{}")).isInstanceOf(AbiException.class).hasMessageContaining("array");
        assertThatThrownBy(() -> Abi.fromJson("X", "[{\"type\":\"variable\",\"name\":\"v\",\"inputs\":[]}]"))
                .isInstanceOf(AbiException.class).hasMessageContaining("no inputs");
        assertThatThrownBy(() -> Abi.fromJson("X", "[{\"type\":\"event\",\"name\":\"e\",\"inputs\":[]}]"))
                .isInstanceOf(AbiException.class).hasMessageContaining("unsupported entry type");
        assertThatThrownBy(() -> Abi.fromJson("X", "[{\"type\":\"function\",\"name\":\"f\",\"inputs\":[{\"name\":\"a\",\"type\":\"uint\"}]}]"))
                .isInstanceOf(AbiException.class).hasMessageContaining("unsupported arg type");
        assertThatThrownBy(() -> Abi.fromJson("X", "[{\"type\":\"function\",\"name\":\"f\",\"inputs\":[]},{\"type\":\"function\",\"name\":\"f\",\"inputs\":[]}]"))
                .isInstanceOf(AbiException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> Abi.fromResource("X", "/nope.json")).isInstanceOf(AbiException.class).hasMessageContaining("not found");
    }

    @Test
    void fixedArraysSitInTheHead() {
        Abi abi = Abi.fromJson("X", """
                [{"type":"variable","name":"v","inputs":[{"name":"a","type":"uint8[2]"},{"name":"s","type":"string"},{"name":"b","type":"bytes2"}]}]""");
        byte[] data = abi.encodeVariable("v", java.util.List.of(1, 2), "x", new byte[] {7, 8});
        assertThat(io.unikernelz.core.types.Hex.encode(data)).isEqualTo(
                "0000000000000000000000000000000000000000000000000000000000000001"
                + "0000000000000000000000000000000000000000000000000000000000000002"
                + "0000000000000000000000000000000000000000000000000000000000000080"
                + "0708000000000000000000000000000000000000000000000000000000000000"
                + "0000000000000000000000000000000000000000000000000000000000000001"
                + "7800000000000000000000000000000000000000000000000000000000000000");
        Values v = abi.decodeVariable("v", data);
        assertThat(v.list("a", Integer.class)).containsExactly(1, 2);
        assertThat(v.string("s")).isEqualTo("x");
        assertThat(v.bytes("b")).containsExactly(7, 8);
    }
}
