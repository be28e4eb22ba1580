package io.unikernelz.vm.abi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.SharedData;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vector of conformance/abi/embedded-call-vectors.json: encode to exactly dataHex, decode back. */
class EmbeddedCallVectorsTest {

    static Stream<Arguments> vectors() throws IOException {
        JsonNode root = new ObjectMapper().readTree(SharedData.conformance("abi/embedded-call-vectors.json").toFile());
        List<Arguments> out = new ArrayList<>();
        for (JsonNode group : root.get("groups")) {
            int i = 0;
            for (JsonNode v : group.get("vectors")) {
                out.add(Arguments.of(group.get("source").get("path").asText() + " #" + i++ + " " + v.get("method").asText(), v));
            }
        }
        assertThat(out).hasSize(2 + 22 + 33);
        return out.stream();
    }

    /** The ABI a vector belongs to: named, or the ABI of the contract the block was sent to. */
    private static Abi abiOf(JsonNode v) {
        if (v.has("contractAbi")) return Abis.byName(v.get("contractAbi").asText()).orElseThrow();
        return Abis.forContract(Address.parse(v.get("toAddress").asText())).orElseThrow();
    }

    static Object javaValue(String type, JsonNode value) {
        return switch (type) {
            case "address" -> Address.parse(value.asText());
            case "tokenStandard" -> TokenStandard.parse(value.asText());
            case "hash" -> Hash.parse(value.asText());
            case "bytes" -> Hex.decode(value.asText());
            case "string" -> value.asText();
            case "bool" -> value.asBoolean();
            default -> {
                if (!type.startsWith("uint") && !type.startsWith("int")) throw new IllegalArgumentException(type);
                yield value.isTextual() ? new BigInteger(value.asText()) : value.bigIntegerValue();
            }
        };
    }

    /** Integers compare by value whatever Java box the codec chose. */
    static Object normalize(Object o) {
        if (o instanceof Integer i) return BigInteger.valueOf(i);
        if (o instanceof Long l) return BigInteger.valueOf(l);
        if (o instanceof byte[] b) return Hex.encode(b);
        return o;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void encodesAndDecodes(String label, JsonNode v) {
        Abi abi = abiOf(v);
        String signature = v.get("signature").asText();
        byte[] data = Hex.decode(v.get("dataHex").asText());
        if (v.has("dataBase64")) assertThat(Base64.getDecoder().decode(v.get("dataBase64").asText())).isEqualTo(data);

        Method method = abi.methodById(data).orElseThrow();
        assertThat(method.signature()).isEqualTo(signature);
        assertThat(method.name()).isEqualTo(v.get("method").asText());
        assertThat(method.idHex()).isEqualTo(v.get("selector").asText());

        List<Object> args = new ArrayList<>();
        for (JsonNode in : v.get("inputs")) args.add(javaValue(in.get("type").asText(), in.get("value")));
        assertThat(Hex.encode(method.encodeValues(args))).isEqualTo(v.get("dataHex").asText());

        Values decoded = abi.decodeMethod(method.name(), data);
        assertThat(decoded.size()).isEqualTo(args.size());
        int i = 0;
        for (JsonNode in : v.get("inputs")) {
            assertThat(normalize(decoded.get(in.get("name").asText()))).as(in.get("name").asText()).isEqualTo(normalize(args.get(i++)));
        }
        // canonical data re-encodes to itself
        assertThat(method.encodeValues(decoded.asList())).isEqualTo(data);
    }
}
