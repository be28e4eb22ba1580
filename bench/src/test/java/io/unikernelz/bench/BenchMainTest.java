package io.unikernelz.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Command line, suite and report formatting of the bench launcher (no benchmark is run). */
class BenchMainTest {

    @Test
    void filtersSelectBenchmarksByIdSubstring() {
        assertThat(BenchMain.Args.parse("ed25519").selected()).extracting(BenchMain.Spec::id)
                .containsExactly("ed25519.node", "ed25519.libsodium", "ed25519.warm", "ed25519.java", "ed25519.bouncycastle", "ed25519.jdk");
        assertThat(BenchMain.Args.parse("--json").selected()).hasSameSizeAs(BenchMain.SUITE);
        BenchMain.Args a = BenchMain.Args.parse("--json", "--full", "genesis");
        assertThat(a.json()).isTrue();
        assertThat(a.full()).isTrue();
        assertThat(a.selected()).extracting(BenchMain.Spec::id).containsExactly("genesis.cold", "genesis.warm");
    }

    @Test
    void cpuModeTimesTheSingleThreadOperationsOnRealInputs() {
        assertThat(BenchMain.Args.parse("--cpu", "ed25519").cpu()).isTrue();
        List<CpuTimeRun.Op> ops = CpuTimeRun.ops();
        assertThat(ops).extracting(CpuTimeRun.Op::id).contains("block.hash", "ed25519.node", "ed25519.bouncycastle", "pow.attempt.1");
        for (CpuTimeRun.Op op : ops) {
            if (op.id().startsWith("ed25519")) assertThat(op.body().applyAsLong(0)).as(op.id()).isEqualTo(1);
        }
        CpuTimeRun.Measured m = new CpuTimeRun.Measured(ops.get(0), 3_000, 1_500_000_000L);
        assertThat(m.perCpuSecond()).isEqualTo(2_000.0);
        assertThat(BenchMain.cpuTable(List.of(m))).contains("ops per CPU-s", "account block hash", "2,000", "500,000");
        assertThat(BenchMain.cpuJson(List.of(m))).contains("\"perCpuSecond\" : 2000.0");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> BenchMain.Args.parse("--fast")).hasMessageContaining("unknown option --fast");
        assertThatThrownBy(() -> BenchMain.Args.parse("nothing-like-this").selected()).hasMessageContaining("no benchmark id contains nothing-like-this");
    }

    @Test
    void everySuiteEntryNamesAnExistingBenchmarkMethodOnce() throws Exception {
        Set<String> ids = BenchMain.SUITE.stream().map(BenchMain.Spec::id).collect(Collectors.toSet());
        assertThat(ids).hasSameSizeAs(BenchMain.SUITE);
        for (BenchMain.Spec s : BenchMain.SUITE) {
            assertThat(s.type().getMethod(s.method()).isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class)).as(s.id()).isTrue();
        }
    }

    @Test
    void reportsCarryMachineAndDerivedFigures() throws Exception {
        BenchMain.Spec all = BenchMain.SUITE.stream().filter(s -> s.id().equals("pow.attempt.all")).findFirst().orElseThrow();
        BenchMain.Spec search = BenchMain.SUITE.stream().filter(s -> s.id().equals("pow.search.all")).findFirst().orElseThrow();
        List<BenchMain.Row> rows = List.of(
                new BenchMain.Row(all, "thrpt", 2, 6_000_000, 100_000, "ops/s", 3),
                new BenchMain.Row(search, "avgt", 1, 500.0, Double.NaN, "ms/op", 3));
        String table = BenchMain.table(rows, false);
        assertThat(table).contains("machine:", "PoW attempt, 1 thread per core", "6,000,000", "per core with 2 threads: 3,000,000/s",
                "2^21 / 500.000 ms = 4,194,304/s");
        JsonNode json = new ObjectMapper().readTree(BenchMain.json(rows, true));
        assertThat(json.get("run").asText()).isEqualTo("full");
        assertThat(json.get("machine").get("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(json.get("results").get(0).get("perThread").asDouble()).isEqualTo(3_000_000.0);
        assertThat(json.get("results").get(1).get("error").isNull()).isTrue();
        assertThat(json.get("results").get(1).get("attemptsPerSecond").asDouble()).isEqualTo(4_194_304.0);
    }
}
