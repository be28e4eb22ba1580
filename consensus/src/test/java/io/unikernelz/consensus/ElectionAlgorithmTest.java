package io.unikernelz.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Address;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ElectionAlgorithmTest {
    private static final JsonNode V = Vectors.json("conformance/consensus/election-vectors.json");

    static List<PillarDelegation> pillars(JsonNode array) {
        List<PillarDelegation> out = new ArrayList<>();
        for (JsonNode p : array) {
            String name = p.path("name").asText();
            // Synthetic cases carry no addresses; any distinct address per name will do for them.
            Address producing = p.has("producing_address")
                    ? Address.parse(p.path("producing_address").asText())
                    : Address.fromPublicKey(name.getBytes(StandardCharsets.UTF_8));
            out.add(new PillarDelegation(name, producing, new BigInteger(p.path("weight").asText())));
        }
        return out;
    }

    static List<String> names(List<PillarDelegation> list) {
        return list.stream().map(PillarDelegation::name).toList();
    }

    @TestFactory
    Iterable<DynamicTest> everyCase() {
        assertThat(V.path("06_cases").size()).isEqualTo(19);
        return () -> StreamSupport.stream(V.path("06_cases").spliterator(), false)
                .map(c -> DynamicTest.dynamicTest(c.path("id").asText(), () -> checkCase(c)))
                .iterator();
    }

    private static void checkCase(JsonNode c) {
        List<PillarDelegation> input = pillars(c.path("pillars"));
        long seed = Vectors.int64(c.path("seed"));
        assertThat(seed).isEqualTo(Vectors.int64(c.path("proof_momentum_height")));
        int nodeCount = c.path("node_count").asInt();
        int randCount = c.path("rand_count").asInt();
        JsonNode e = c.path("expected");

        ElectionTrace trace = ElectionAlgorithm.trace(input, seed, nodeCount, randCount);
        assertThat(names(trace.sorted())).isEqualTo(Vectors.strings(e.path("sorted")));
        assertThat(names(trace.selectedBeforeShuffle())).isEqualTo(Vectors.strings(e.path("selected_before_shuffle")));
        assertThat(names(trace.producers())).isEqualTo(Vectors.strings(e.path("producers")));
        assertThat(trace.producers()).hasSize(nodeCount);

        // Input order never matters.
        List<PillarDelegation> shuffled = new ArrayList<>(input);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(names(ElectionAlgorithm.elect(shuffled, seed, nodeCount, randCount))).isEqualTo(Vectors.strings(e.path("producers")));
        Collections.reverse(shuffled);
        assertThat(names(ElectionAlgorithm.elect(shuffled, seed, nodeCount, randCount))).isEqualTo(Vectors.strings(e.path("producers")));
    }

    @Test
    void mainnetSizesAreTheDefault() {
        JsonNode c = V.path("06_cases").get(0);
        assertThat(names(ElectionAlgorithm.elect(pillars(c.path("pillars")), 1))).isEqualTo(Vectors.strings(c.path("expected").path("producers")));
    }

    @Test
    void sortsByWeightThenGoByteOrder() {
        Address a = Address.fromPublicKey(new byte[] {1});
        List<PillarDelegation> in = List.of(
                new PillarDelegation("b", a, BigInteger.ONE),
                new PillarDelegation("B", a, BigInteger.ONE),
                new PillarDelegation("a", a, BigInteger.TEN),
                // U+FF21 sorts before U+1F600 in Go (UTF-8 bytes) but after it in UTF-16.
                new PillarDelegation("\uFF21", a, BigInteger.ZERO),
                new PillarDelegation("\uD83D\uDE00", a, BigInteger.ZERO));
        ElectionTrace t = ElectionAlgorithm.trace(in, 5, 30, 15);
        assertThat(names(t.sorted())).containsExactly("a", "B", "b", "\uFF21", "\uD83D\uDE00");
    }

    @Test
    void rejectsBadInput() {
        Address a = Address.fromPublicKey(new byte[] {1});
        PillarDelegation p = new PillarDelegation("x", a, BigInteger.ONE);
        assertThatThrownBy(() -> ElectionAlgorithm.elect(List.of(), 1)).hasMessageContaining("no active pillars");
        assertThatThrownBy(() -> ElectionAlgorithm.elect(List.of(p, p), 1)).hasMessageContaining("duplicate pillar name");
        assertThatThrownBy(() -> ElectionAlgorithm.elect(List.of(p), 1, 5, 6)).hasMessageContaining("rand count");
        assertThatThrownBy(() -> ElectionAlgorithm.elect(List.of(p), 1, 0, 0)).hasMessageContaining("node count");
        assertThatThrownBy(() -> new PillarDelegation("x", a, BigInteger.valueOf(-1))).hasMessageContaining("negative");
    }

    @Test
    void seedPlusOneWrapsLikeGo() {
        List<PillarDelegation> in = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            in.add(new PillarDelegation("p" + i, Address.fromPublicKey(new byte[] {(byte) i}), BigInteger.valueOf(1000 - i)));
        }
        // Height 2^63-1 seeds the random pick with -2^63; both must simply work and be deterministic.
        assertThat(ElectionAlgorithm.elect(in, Long.MAX_VALUE)).hasSize(30).isEqualTo(ElectionAlgorithm.elect(in, Long.MAX_VALUE));
    }
}
