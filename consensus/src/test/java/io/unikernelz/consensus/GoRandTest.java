package io.unikernelz.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.crypto.Sha3;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class GoRandTest {
    private static final JsonNode V = Vectors.json("conformance/consensus/go-math-rand-vectors.json");

    @Test
    void cookedTableMatchesGoTableAndItsDigest() {
        long[] expected = Vectors.int64s(V.path("07_rngCooked").path("values"));
        assertThat(GoRand.cookedTable()).containsExactly(expected);
        String joined = Arrays.stream(GoRand.cookedTable()).mapToObj(Long::toString).collect(Collectors.joining(","));
        String digest = HexFormat.of().formatHex(Sha3.sha256(joined.getBytes(StandardCharsets.US_ASCII)));
        assertThat(digest).isEqualTo(V.path("07_rngCooked").path("sha256_of_comma_joined_decimal").asText());
    }

    @TestFactory
    Iterable<DynamicTest> everySeedVector() {
        return () -> java.util.stream.StreamSupport.stream(V.path("08_seeds").spliterator(), false)
                .map(s -> DynamicTest.dynamicTest("seed " + s.path("seed").asText(), () -> checkSeed(s)))
                .iterator();
    }

    private static void checkSeed(JsonNode s) {
        long seed = Vectors.int64(s.path("seed"));

        GoRand state = new GoRand(seed);
        JsonNode st = s.path("state_after_seed");
        long[] first5 = Vectors.int64s(st.path("vec_0_to_4"));
        for (int i = 0; i < first5.length; i++) assertThat(state.stateWord(i)).as("vec[%d]", i).isEqualTo(first5[i]);
        assertThat(state.stateWord(606)).isEqualTo(Vectors.int64(st.path("vec_606")));
        // The effective seed is observable: a seed equal to it must give the same state.
        assertThat(new GoRand(s.path("effective_seed").asLong()).stateWord(0)).isEqualTo(state.stateWord(0));

        GoRand r = new GoRand(seed);
        for (long v : Vectors.int64s(s.path("int63_first10"))) assertThat(r.int63()).isEqualTo(v);
        r = new GoRand(seed);
        for (int v : Vectors.ints(s.path("int31_first10"))) assertThat(r.int31()).isEqualTo(v);

        for (JsonNode c : s.path("int31n_first10")) {
            GoRand g = new GoRand(seed);
            int n = c.path("n").asInt();
            for (int v : Vectors.ints(c.path("values"))) assertThat(g.int31n(n)).as("Int31n(%d)", n).isEqualTo(v);
            assertThat(g.draws()).isEqualTo(c.path("int63_draws_consumed").asLong());
        }
        for (String key : new String[] {"intn_first10", "intn_first10_extra"}) {
            for (JsonNode c : s.path(key)) {
                GoRand g = new GoRand(seed);
                GoRand g64 = new GoRand(seed);
                long n = Vectors.int64(c.path("n"));
                for (int v : Vectors.ints(c.path("values"))) {
                    assertThat(g.intn((int) n)).as("Intn(%d)", n).isEqualTo(v);
                    assertThat(g64.intn(n)).as("Intn(%d) via long", n).isEqualTo(v);
                }
                assertThat(g.draws()).isEqualTo(c.path("int63_draws_consumed").asLong());
            }
        }
        for (JsonNode c : s.path("int63n_and_intn_large_first10")) {
            GoRand g = new GoRand(seed);
            long n = Vectors.int64(c.path("n"));
            boolean viaIntn = c.path("method").asText().equals("Intn");
            for (long v : Vectors.int64s(c.path("values"))) {
                assertThat(viaIntn ? g.intn(n) : g.int63n(n)).as("%s(%d)", c.path("method").asText(), n).isEqualTo(v);
            }
            assertThat(g.draws()).isEqualTo(c.path("int63_draws_consumed").asLong());
        }
        for (JsonNode c : s.path("perm")) {
            GoRand g = new GoRand(seed);
            int n = c.path("n").asInt();
            assertThat(g.perm(n)).as("Perm(%d)", n).containsExactly(Vectors.ints(c.path("perm")));
            assertThat(g.draws()).isEqualTo(c.path("int63_draws_consumed").asLong());
            assertThat(g.int63()).isEqualTo(Vectors.int64(c.path("next_int63_after_perm")));
        }
    }

    @Test
    void electionCallSequences() {
        int calls = 0;
        for (JsonNode seq : V.path("09_election_call_sequences")) {
            for (JsonNode call : seq.path("calls")) {
                assertThat(call.path("method").asText()).isEqualTo("Perm");
                GoRand g = new GoRand(Vectors.int64(call.path("source_seed")));
                assertThat(g.perm(call.path("n").asInt()))
                        .as("%s seed %s n %d", call.path("step").asText(), call.path("source_seed").asText(), call.path("n").asInt())
                        .containsExactly(Vectors.ints(call.path("result")));
                calls++;
            }
        }
        assertThat(calls).isGreaterThan(100);
    }

    @Test
    void reseedingRestartsTheStream() {
        GoRand g = new GoRand(42);
        long first = g.int63();
        g.int63();
        g.seed(42);
        assertThat(g.draws()).isZero();
        assertThat(g.int63()).isEqualTo(first);
    }

    @Property
    void int63IsUint64WithoutSignBit(@ForAll long seed) {
        GoRand a = new GoRand(seed);
        GoRand b = new GoRand(seed);
        for (int i = 0; i < 700; i++) assertThat(a.int63()).isEqualTo(b.uint64() & Long.MAX_VALUE);
    }

    @Property
    void permIsAPermutationUsingOneDrawPerSlotForSmallN(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int n) {
        GoRand g = new GoRand(seed);
        int[] p = g.perm(n);
        assertThat(Arrays.stream(p).sorted().toArray()).containsExactly(java.util.stream.IntStream.range(0, n).toArray());
        // Rejection for bound i+1 ≤ 201 happens with probability < 1e-7 per draw; allow it anyway.
        assertThat(g.draws()).isGreaterThanOrEqualTo(n);
    }

    @Test
    void rejectsNonPositiveBounds() {
        GoRand g = new GoRand(1);
        assertThatThrownBy(() -> g.int31n(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("int31n");
        assertThatThrownBy(() -> g.int63n(-5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5");
        assertThatThrownBy(() -> g.intn(0L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.perm(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(g.perm(0)).isEmpty();
        assertThat(g.draws()).isZero();
    }
}
