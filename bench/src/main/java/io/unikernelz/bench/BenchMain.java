package io.unikernelz.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.crypto.Ed25519;
import io.unikernelz.core.crypto.SodiumEd25519;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * {@code ./unikernel-z bench [--json] [--full] [--cpu] [--verbose] [--list] [FILTER...]}: runs the JMH suite with
 * short, bounded settings (about two minutes on two cores) and prints a table, or JSON with {@code --json}.
 * {@code --full} uses longer runs for the figures in docs/benchmarks.md; {@code --cpu} times the single-thread
 * operations by thread CPU time instead (see {@link CpuTimeRun}). A FILTER keeps the benchmarks whose id contains it.
 */
public final class BenchMain {
    /** How long and how often one benchmark runs. */
    record Settings(int forks, int warmups, TimeValue warmupTime, int measurements, TimeValue measurementTime) {}

    /** One benchmark of the suite: JMH method, a readable label, and the settings of the quick and full runs. */
    record Spec(String id, Class<?> type, String method, String label, Settings quick, Settings full) {
        String include() {
            return "^" + type.getName().replace(".", "\\.") + "\\." + method + "$";
        }
    }

    private static final Settings THROUGHPUT = new Settings(1, 2, TimeValue.seconds(1), 3, TimeValue.seconds(1));
    private static final Settings THROUGHPUT_FULL = new Settings(2, 3, TimeValue.seconds(2), 5, TimeValue.seconds(2));
    private static final Settings SEARCH = new Settings(1, 1, TimeValue.seconds(2), 3, TimeValue.seconds(3));
    private static final Settings SEARCH_FULL = new Settings(2, 1, TimeValue.seconds(3), 5, TimeValue.seconds(5));
    /** Cold: a new JVM per shot, no warm-up: what a user's first start pays. */
    private static final Settings COLD = new Settings(3, 0, TimeValue.NONE, 1, TimeValue.NONE);
    private static final Settings COLD_FULL = new Settings(6, 0, TimeValue.NONE, 1, TimeValue.NONE);
    private static final Settings WARM = new Settings(1, 3, TimeValue.NONE, 5, TimeValue.NONE);
    private static final Settings WARM_FULL = new Settings(1, 5, TimeValue.NONE, 10, TimeValue.NONE);

    static final List<Spec> SUITE = List.of(
            new Spec("block.hash", BlockHashBench.class, "accountBlockHash", "account block hash (computeHash)", THROUGHPUT, THROUGHPUT_FULL),
            new Spec("ed25519.node", Ed25519Bench.class, "verifyNode", "Ed25519 verify, node path (Ed25519.verify)", THROUGHPUT, THROUGHPUT_FULL),
            new Spec("ed25519.libsodium", Ed25519Bench.class, "verifyLibsodium", "Ed25519 verify, libsodium via FFM", THROUGHPUT, THROUGHPUT_FULL),
            new Spec("ed25519.warm", Ed25519Bench.class, "verifyWarmKey", "Ed25519 verify, chain verifier, 30 signers", THROUGHPUT, THROUGHPUT_FULL),
            new Spec("ed25519.java", Ed25519Bench.class, "verifyJava", "Ed25519 verify, Java Go-rules, no key table", THROUGHPUT, THROUGHPUT_FULL),
            new Spec("ed25519.bouncycastle", Ed25519Bench.class, "verifyBouncyCastle", "Ed25519 verify, BouncyCastle", THROUGHPUT, THROUGHPUT_FULL),
            new Spec("ed25519.jdk", Ed25519Bench.class, "verifyJdk", "Ed25519 verify, JDK provider", THROUGHPUT, THROUGHPUT_FULL),
            new Spec("pow.attempt.1", PowBench.class, "powAttemptOneThread", "PoW attempt, 1 thread", THROUGHPUT, THROUGHPUT_FULL),
            new Spec("pow.attempt.all", PowBench.class, "powAttemptAllCores", "PoW attempt, 1 thread per core", THROUGHPUT, THROUGHPUT_FULL),
            new Spec("pow.vector.1", PowBench.class, "powAttemptVectorOneThread", "PoW attempt, SIMD candidate, 1 thread", THROUGHPUT, THROUGHPUT_FULL),
            new Spec("pow.vector.all", PowBench.class, "powAttemptVectorAllCores", "PoW attempt, SIMD candidate, 1 thread per core", THROUGHPUT, THROUGHPUT_FULL),
            new Spec("pow.search.all", PowBench.class, "nonceSearchAllCores", "NonceSearch.find, all cores, difficulty 2^21", SEARCH, SEARCH_FULL),
            new Spec("ledger.block", LedgerApplyBench.class, "accountBlockApply", "account block verified + applied (send)", THROUGHPUT, THROUGHPUT_FULL),
            new Spec("ledger.momentum", LedgerApplyBench.class, "momentumApply", "momentum of 40 sends verified + applied", THROUGHPUT, THROUGHPUT_FULL),
            new Spec("genesis.cold", GenesisLoadBench.class, "mainnetGenesisLoad", "mainnet genesis load, fresh JVM (cold)", COLD, COLD_FULL),
            new Spec("genesis.warm", GenesisLoadBench.class, "mainnetGenesisLoad", "mainnet genesis load, warmed up", WARM, WARM_FULL));

    /** Parsed command line. */
    record Args(boolean json, boolean full, boolean cpu, boolean verbose, boolean list, boolean help, List<String> filters) {
        static Args parse(String... argv) {
            boolean json = false;
            boolean full = false;
            boolean cpu = false;
            boolean verbose = false;
            boolean list = false;
            boolean help = false;
            List<String> filters = new ArrayList<>();
            for (String a : argv) {
                switch (a) {
                    case "--json" -> json = true;
                    case "--full" -> full = true;
                    case "--cpu" -> cpu = true;
                    case "--verbose" -> verbose = true;
                    case "--list" -> list = true;
                    case "-h", "--help" -> help = true;
                    default -> {
                        if (a.startsWith("-")) throw new IllegalArgumentException("unknown option " + a + " (try --help)");
                        filters.add(a);
                    }
                }
            }
            return new Args(json, full, cpu, verbose, list, help, List.copyOf(filters));
        }

        boolean matches(String id) {
            return filters.isEmpty() || filters.stream().anyMatch(id::contains);
        }

        List<Spec> selected() {
            List<Spec> out = SUITE.stream().filter(s -> matches(s.id())).toList();
            if (out.isEmpty()) throw new IllegalArgumentException("no benchmark id contains " + String.join(" or ", filters) + " (try --list)");
            return out;
        }
    }

    static final String USAGE = """
            usage: unikernel-z bench [--json] [--full] [--cpu] [--verbose] [--list] [FILTER...]
              --json     print the results as JSON on stdout
              --full     longer runs (more forks and iterations), as used for docs/benchmarks.md
              --cpu      time single-thread operations by thread CPU time (robust on a busy machine)
              --verbose  show JMH's own output on stderr
              --list     list the benchmark ids and exit
              FILTER     run only the benchmarks whose id contains FILTER
            """;

    private BenchMain() {}

    public static void main(String[] argv) {
        Args args;
        List<Spec> specs;
        try {
            args = Args.parse(argv);
            specs = args.selected();
        } catch (IllegalArgumentException e) {
            System.err.println("unikernel-z bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (args.help()) {
            System.out.print(USAGE);
            return;
        }
        if (args.list()) {
            for (Spec s : SUITE) System.out.printf(Locale.ROOT, "%-22s %s%n", s.id(), s.label());
            return;
        }
        if (args.cpu() && !vectorApi()) {
            // --cpu measures in this JVM, and the SIMD candidate needs the Vector API module: run again with it.
            System.exit(relaunchWithVectorModule(argv));
            return;
        }
        if (args.cpu()) {
            List<CpuTimeRun.Measured> measured = new ArrayList<>();
            for (CpuTimeRun.Op op : CpuTimeRun.ops()) {
                if (!args.matches(op.id())) continue;
                System.err.printf(Locale.ROOT, "unikernel-z bench: timing %s by thread CPU time …%n", op.id());
                measured.add(CpuTimeRun.measure(op));
            }
            System.out.print(args.json() ? cpuJson(measured) + "\n" : cpuTable(measured));
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (Spec s : specs) {
            System.err.printf(Locale.ROOT, "unikernel-z bench: running %s …%n", s.id());
            try {
                rows.add(run(s, args.full() ? s.full() : s.quick(), args.verbose()));
            } catch (RunnerException | RuntimeException e) {
                System.err.println("unikernel-z bench: " + s.id() + " failed: " + e.getMessage() + " (rerun with --verbose " + s.id() + ")");
                System.exit(1);
                return;
            }
        }
        if (args.json()) {
            System.out.println(json(rows, args.full()));
        } else {
            System.out.print(table(rows, args.full()));
        }
    }

    private static int relaunchWithVectorModule(String[] argv) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(forkJvmArgs());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BenchMain.class.getName());
        cmd.addAll(List.of(argv));
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            System.err.println("unikernel-z bench: cannot start " + cmd.get(0) + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** One measured figure. {@code perThread} and {@code attemptsPerSecond} are derived for the reader. */
    record Row(Spec spec, String mode, int threads, double score, double error, String unit, long samples) {
        double perThread() {
            return threads > 0 ? score / threads : score;
        }
    }

    private static Row run(Spec spec, Settings settings, boolean verbose) throws RunnerException {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(spec.include())
                .forks(settings.forks())
                .warmupIterations(settings.warmups())
                .measurementIterations(settings.measurements())
                .shouldFailOnError(true)
                .jvmArgsAppend(forkJvmArgs().toArray(String[]::new))
                .verbosity(verbose ? VerboseMode.NORMAL : VerboseMode.SILENT);
        if (settings.warmupTime() != TimeValue.NONE) b.warmupTime(settings.warmupTime());
        if (settings.measurementTime() != TimeValue.NONE) b.measurementTime(settings.measurementTime());
        // JMH's progress goes to stderr so that --json output stays clean.
        PrintStream err = System.err;
        Runner runner = new Runner(b.build(), OutputFormatFactory.createFormatInstance(err, verbose ? VerboseMode.NORMAL : VerboseMode.SILENT));
        Collection<RunResult> results = runner.run();
        if (results.isEmpty()) throw new IllegalStateException("JMH produced no result");
        RunResult r = results.iterator().next();
        Result<?> primary = r.getPrimaryResult();
        return new Row(spec, r.getParams().getMode().shortLabel(), r.getParams().getThreads(), primary.getScore(),
                primary.getScoreError(), primary.getScoreUnit(), primary.getSampleCount());
    }

    static final String VECTOR_MODULE = "jdk.incubator.vector";

    /** True when this JVM runs with the Vector API module, so {@link VectorPowHasher} can be loaded. */
    static boolean vectorApi() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /** Native access for libsodium and RocksDB; the Vector API for the SIMD candidate; protobuf's Unsafe use stays quiet; the sodium switch is passed on. */
    static List<String> forkJvmArgs() {
        List<String> out = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "--add-modules=" + VECTOR_MODULE));
        String sodium = System.getProperty(SodiumEd25519.ENABLE_PROPERTY);
        if (sodium != null) out.add("-D" + SodiumEd25519.ENABLE_PROPERTY + "=" + sodium);
        return out;
    }

    // ---------------------------------------------------------------- reporting

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: fall through to the architecture
        }
        return System.getProperty("os.arch");
    }

    static String machine() {
        return String.format(Locale.ROOT, "%s, %d cores, Java %s (%s)", cpuModel(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    static String table(List<Row> rows, boolean full) {
        StringBuilder sb = new StringBuilder();
        sb.append("unikernel-z benchmarks (").append(full ? "full" : "quick").append(" run), ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
        sb.append("machine:  ").append(machine()).append('\n');
        sb.append("ed25519:  ").append(Ed25519.verifyImplementation()).append("\n\n");
        sb.append(String.format(Locale.ROOT, "%-46s %7s %16s %14s  %s%n", "benchmark", "threads", "score", "± error", "unit"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-46s %7d %16s %14s  %s%n", r.spec().label(), r.threads(), number(r.score()),
                    "± " + number(r.error()), r.unit()));
        }
        List<String> derived = new ArrayList<>();
        for (Row r : rows) {
            if (r.spec().id().equals("pow.attempt.all")) {
                derived.add(String.format(Locale.ROOT, "PoW attempts per core with %d threads: %s/s", r.threads(), number(r.perThread())));
            }
            if (r.spec().id().equals("pow.search.all")) {
                derived.add(String.format(Locale.ROOT, "NonceSearch expected attempts: 2^21 / %s ms = %s/s (all cores)", number(r.score()),
                        number(searchAttemptsPerSecond(r))));
            }
        }
        if (!derived.isEmpty()) {
            sb.append('\n');
            derived.forEach(d -> sb.append(d).append('\n'));
        }
        return sb.toString();
    }

    static String cpuTable(List<CpuTimeRun.Measured> measured) {
        StringBuilder sb = new StringBuilder();
        sb.append("unikernel-z benchmarks by thread CPU time, ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
        sb.append("machine:  ").append(machine()).append('\n');
        sb.append("ed25519:  ").append(Ed25519.verifyImplementation()).append("\n\n");
        sb.append(String.format(Locale.ROOT, "%-46s %16s %14s%n", "operation (one thread)", "ops per CPU-s", "cpu-ns/op"));
        for (CpuTimeRun.Measured m : measured) {
            sb.append(String.format(Locale.ROOT, "%-46s %16s %14s%n", m.op().label(), number(m.perCpuSecond()), number(m.cpuNanosPerOp())));
        }
        return sb.toString();
    }

    static String cpuJson(List<CpuTimeRun.Measured> measured) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("run", "cpu");
        root.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("machine", machine());
        root.put("ed25519", Ed25519.verifyImplementation());
        ArrayNode results = root.putArray("results");
        for (CpuTimeRun.Measured m : measured) {
            ObjectNode o = results.addObject();
            o.put("id", m.op().id());
            o.put("label", m.op().label());
            o.put("operations", m.operations());
            o.put("cpuNanos", m.cpuNanos());
            o.put("perCpuSecond", m.perCpuSecond());
            o.put("cpuNanosPerOp", m.cpuNanosPerOp());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the results as JSON", e);
        }
    }

    static double searchAttemptsPerSecond(Row r) {
        return PowBench.SEARCH_DIFFICULTY / (r.score() / 1000.0);
    }

    static String json(List<Row> rows, boolean full) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("run", full ? "full" : "quick");
        root.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode machine = root.putObject("machine");
        machine.put("cpu", cpuModel());
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("vm", System.getProperty("java.vm.name"));
        root.put("ed25519", Ed25519.verifyImplementation());
        ArrayNode results = root.putArray("results");
        for (Row r : rows) {
            ObjectNode o = results.addObject();
            o.put("id", r.spec().id());
            o.put("label", r.spec().label());
            o.put("jmh", r.spec().type().getName() + "." + r.spec().method());
            o.put("mode", r.mode());
            o.put("threads", r.threads());
            o.put("score", r.score());
            o.put("error", Double.isNaN(r.error()) ? null : r.error());
            o.put("unit", r.unit());
            o.put("samples", r.samples());
            if (r.spec().id().equals("pow.attempt.all")) o.put("perThread", r.perThread());
            if (r.spec().id().equals("pow.search.all")) o.put("attemptsPerSecond", searchAttemptsPerSecond(r));
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the results as JSON", e);
        }
    }

    /** Grouped digits for large figures, three significant decimals for small ones; NaN (no error bar) as "n/a". */
    static String number(double v) {
        if (Double.isNaN(v)) return "n/a";
        if (Math.abs(v) >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
