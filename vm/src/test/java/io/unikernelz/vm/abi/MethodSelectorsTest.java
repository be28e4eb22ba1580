package io.unikernelz.vm.abi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.vm.SharedData;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MethodSelectorsTest {
    private static JsonNode selectors() throws IOException {
        return new ObjectMapper().readTree(SharedData.conformance("abi/method-selectors.json").toFile()).get("selectors");
    }

    @Test
    void everySelectorInTheConformanceFileMatches() throws IOException {
        int n = 0;
        for (JsonNode s : selectors()) {
            String abiName = s.get("abi").asText();
            String signature = s.get("signature").asText();
            String name = signature.substring(0, signature.indexOf('('));
            Method m = Abis.byName(abiName).orElseThrow().method(name);
            assertThat(m.signature()).as(abiName).isEqualTo(signature);
            assertThat(m.idHex()).as(signature).isEqualTo(s.get("selector").asText());
            n++;
        }
        assertThat(n).isEqualTo(84);
    }

    @Test
    void everyFunctionOfEveryAbiIsCoveredByTheConformanceFile() throws IOException {
        Set<String> listed = new HashSet<>();
        for (JsonNode s : selectors()) listed.add(s.get("abi").asText() + "." + s.get("signature").asText());
        Set<String> ours = new HashSet<>();
        Abis.all().forEach((abiName, abi) -> abi.methods().values().forEach(m -> ours.add(abiName + "." + m.signature())));
        assertThat(ours).isEqualTo(listed);
    }

    @Test
    void knownSelectorsFromTheGuide() {
        assertThat(Abis.PLASMA.method("Fuse").idHex()).isEqualTo("5ac942e8");
        assertThat(Abis.COMMON.method("CollectReward").idHex()).isEqualTo("af43d3f0");
        assertThat(Abis.PILLAR.method("CollectReward").id()).isEqualTo(Abis.COMMON.method("CollectReward").id());
    }

    @Test
    void registryCoversEveryEmbeddedContract() {
        for (var contract : io.unikernelz.core.types.Address.EMBEDDED_CONTRACTS) {
            assertThat(Abis.forContract(contract)).as(contract.toString()).isPresent();
        }
        assertThat(Abis.forContract(io.unikernelz.core.types.Address.ZERO)).isEmpty();
        assertThat(Abis.all()).hasSize(12);
    }
}
