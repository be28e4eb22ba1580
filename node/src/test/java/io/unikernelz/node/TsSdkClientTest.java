package io.unikernelz.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.chain.genesis.DevnetGenesis;
import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.rpc.RpcConfig;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.wallet.KeyStore;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real third-party client, the {@code znn-ts-sdk} npm package (pinned in {@code clients/ts-sdk}), drives an in-process
 * devnet over WebSocket JSON-RPC: {@code clients/ts-sdk/drive.mjs} connects, reads the frontier momentum, derives
 * accounts from the devnet mnemonic, subscribes, sends ZNN with PoW from account 1, fuses QSR from account 0 for
 * account 2, sends with that fused plasma, receives both sends and checks balances. The script prints one
 * {@code ZNN-STEP <name> OK|FAIL} line per step; this test asserts every step and cross-checks the figures with the
 * node's own chain. It installs the package itself ({@code npm ci --ignore-scripts}) when it is missing.
 */
class TsSdkClientTest {
    private static final String MNEMONIC = "route become dream access impulse price inform obtain engage ski believe awful "
            + "absent pig thing vibrant possible exotic flee pepper marble rural fire fancy";
    private static final String SDK_VERSION_FIELD = "znn-ts-sdk";
    /** The SDK's wasm PoW for difficulty 31.5M takes 20–80 s on a free core; a busy CI machine can take several times that. */
    private static final Duration POW_BOUND = Duration.ofMinutes(7);
    private static final Duration SCRIPT_BOUND = Duration.ofMinutes(9);
    private static final Duration INSTALL_BOUND = Duration.ofMinutes(5);
    private static final List<String> STEPS = List.of("connect", "frontier-momentum", "derive", "subscribe", "balances-before",
            "plasma-before", "send-pow", "fuse", "fused-plasma", "receive-pow", "send-plasma", "receive-plasma",
            "confirm-receives", "balances-after", "unreceived-notification", "momentum-notifications");

    @TempDir
    Path dir;

    /** One {@code ZNN-STEP} line: its status and its {@code key=value} fields. */
    private record StepLine(String name, boolean ok, Map<String, String> fields, String line) {
        static Optional<StepLine> parse(String line) {
            if (!line.startsWith("ZNN-STEP ")) return Optional.empty();
            String[] parts = line.split(" ");
            if (parts.length < 3) return Optional.empty();
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 3; i < parts.length; i++) {
                int eq = parts[i].indexOf('=');
                if (eq > 0) fields.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
            return Optional.of(new StepLine(parts[1], parts[2].equals("OK"), fields, line));
        }

        String field(String key) {
            String v = fields.get(key);
            if (v == null) throw new AssertionError("step " + name + " printed no " + key + ": " + line);
            return v;
        }
    }

    @Test
    @Timeout(value = 16, unit = TimeUnit.MINUTES)
    void znnTsSdkDrivesADevnetOverWebSocket() throws Exception {
        Path client = clientDir();
        Path node = executable("node");
        Path npm = executable("npm");
        installIfMissing(client, npm);

        Path data = dir.resolve("devnet");
        DevnetData devnet = DevnetData.create(data, MNEMONIC, 1, 1, Clock.systemUTC(), new SecureRandom());
        KeyStore wallet = KeyStore.fromMnemonic(MNEMONIC);
        List<Address> accounts = List.of(wallet.derive(0).address(), wallet.derive(1).address(), wallet.derive(2).address());
        RpcConfig rpc = RpcConfig.defaults().withPorts(0, 0);
        try (NodeRuntime runtime = NodeRuntime.start(new NodeRuntime.Config(data, Genesis.build(devnet.genesis()),
                devnet.momentumIntervalSec(), devnet.producers(), rpc, Clock.systemUTC(), RpcWiring::methods))) {
            assertThat(runtime.wsPort()).as("WebSocket port").isPositive();
            Path work = Files.createDirectories(dir.resolve("sdk-work"));
            List<String> output = Collections.synchronizedList(new ArrayList<>());
            int exit;
            try {
                exit = run(List.of(node.toString(), "--no-experimental-fetch", client.resolve("drive.mjs").toString(),
                        "--url", "ws://127.0.0.1:" + runtime.wsPort(),
                        "--chain-id", Long.toString(DevnetGenesis.CHAIN_IDENTIFIER),
                        "--workdir", work.toString(),
                        "--pow-timeout-ms", Long.toString(POW_BOUND.toMillis()),
                        "--total-timeout-ms", Long.toString(SCRIPT_BOUND.minusSeconds(20).toMillis())),
                        work, Map.of("ZNN_MNEMONIC", MNEMONIC), SCRIPT_BOUND, output);
            } finally {
                // the script links the package's node_modules into its work directory; remove the link, never its target
                Files.deleteIfExists(work.resolve("node_modules"));
            }

            List<String> lines = List.copyOf(output);
            Map<String, StepLine> steps = new LinkedHashMap<>();
            List<StepLine> failed = new ArrayList<>();
            for (String line : lines) {
                StepLine.parse(line).ifPresent(s -> {
                    if (s.ok()) steps.put(s.name(), s);
                    else failed.add(s);
                });
            }
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            assertThat(failed).as("failed steps of the znn-ts-sdk run; last output:\n%s", tail).isEmpty();
            assertThat(steps.keySet()).as("steps the znn-ts-sdk run completed; last output:\n%s", tail).containsExactlyElementsOf(STEPS);
            assertThat(lines).as("the run's result line").contains("ZNN-RESULT OK");
            assertThat(exit).as("exit code of the znn-ts-sdk run").isZero();

            // the SDK's view agrees with the node's own chain
            assertThat(steps.get("connect").field("chainIdentifier")).isEqualTo(Long.toString(DevnetGenesis.CHAIN_IDENTIFIER));
            assertThat(steps.get("frontier-momentum").field("chainIdentifier")).isEqualTo(Long.toString(DevnetGenesis.CHAIN_IDENTIFIER));
            for (int i = 0; i < 3; i++) {
                assertThat(steps.get("derive").field("account" + i)).as("account %d derived by the SDK", i).isEqualTo(accounts.get(i).toString());
            }
            assertThat(steps.get("plasma-before").field("requiredDifficulty")).isEqualTo("31500000");
            assertThat(steps.get("send-pow").field("difficulty")).isEqualTo("31500000");
            for (String[] block : new String[][] {{"send-pow", "hash"}, {"fuse", "hash"}, {"receive-pow", "hash"},
                    {"send-plasma", "hash"}, {"receive-plasma", "hash"}}) {
                Hash hash = Hash.parse(steps.get(block[0]).field(block[1]));
                long confirmedAt = runtime.chain().read(ms -> ms.confirmationHeight(hash));
                assertThat(confirmedAt).as("%s %s confirmed on the node", block[0], hash).isPositive();
            }
            StepLine after = steps.get("balances-after");
            for (int i = 0; i < 3; i++) {
                Address a = accounts.get(i);
                assertThat(new BigInteger(after.field("znn" + i))).as("ZNN of account %d", i).isEqualTo(balance(runtime, a, TokenStandard.ZNN));
                assertThat(new BigInteger(after.field("qsr" + i))).as("QSR of account %d", i).isEqualTo(balance(runtime, a, TokenStandard.QSR));
            }
            StepLine before = steps.get("balances-before");
            assertThat(new BigInteger(after.field("znn1"))).isEqualTo(new BigInteger(before.field("znn1")).subtract(DevnetGenesis.ONE.multiply(BigInteger.TEN)));
            StepLine momentums = steps.get("momentum-notifications");
            assertThat(Integer.parseInt(momentums.field("count"))).isGreaterThanOrEqualTo(3);
            assertThat(Long.parseLong(momentums.field("last"))).isLessThanOrEqualTo(runtime.chain().height());
        }
    }

    private static BigInteger balance(NodeRuntime node, Address a, TokenStandard zts) {
        return AccountStore.readOnly(a, node.chain().frontierAccountState(a)).balance(zts);
    }

    /** {@code clients/ts-sdk} of this checkout: from surefire's {@code unikernelz.root}, else the nearest parent holding it. */
    private static Path clientDir() {
        String root = System.getProperty("unikernelz.root");
        List<Path> candidates = new ArrayList<>();
        if (root != null) candidates.add(Path.of(root));
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) candidates.add(p);
        for (Path c : candidates) {
            Path client = c.resolve("clients").resolve("ts-sdk");
            if (Files.isRegularFile(client.resolve("package.json")) && Files.isRegularFile(client.resolve("drive.mjs"))) return client;
        }
        return fail("clients/ts-sdk (package.json, drive.mjs) not found from " + candidates);
    }

    /** An executable on PATH; a missing one fails the test (CI installs Node.js: .ci/run apt-get installs nodejs npm). */
    private static Path executable(String name) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(File.pathSeparator)) {
                if (d.isEmpty()) continue;
                Path p = Path.of(d, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
            }
        }
        return fail("'" + name + "' is not on PATH (" + path + "): this test drives the node with the znn-ts-sdk npm package and "
                + "needs Node.js 18+ and npm; .ci/run installs them (apt-get install nodejs npm)");
    }

    /** Runs {@code npm ci --ignore-scripts} in the client directory unless the pinned SDK is already installed there. */
    private static void installIfMissing(Path client, Path npm) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        String pinned = json.readTree(client.resolve("package.json").toFile()).path("dependencies").path(SDK_VERSION_FIELD).asText("");
        assertThat(pinned).as("znn-ts-sdk pinned to an exact version in clients/ts-sdk/package.json").matches("\\d+\\.\\d+\\.\\d+");
        Path installed = client.resolve("node_modules").resolve(SDK_VERSION_FIELD);
        if (Files.isRegularFile(installed.resolve("dist").resolve("index.node.js"))
                && Files.isRegularFile(client.resolve("node_modules").resolve("ethers").resolve("package.json"))
                && pinned.equals(json.readTree(installed.resolve("package.json").toFile()).path("version").asText())) {
            return;
        }
        // --ignore-scripts: the SDK's argon2 dependency would download a native binary, which the SDK's node build never loads
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        int exit = run(List.of(npm.toString(), "ci", "--ignore-scripts", "--prefer-offline", "--no-audit", "--no-fund"),
                client, Map.of(), INSTALL_BOUND, output);
        assertThat(exit).as("npm ci --ignore-scripts in %s failed:\n%s", client, String.join("\n", output)).isZero();
    }

    /** Runs a process with its output streamed to this test's output and collected; kills it after {@code bound}. */
    private static int run(List<String> command, Path cwd, Map<String, String> env, Duration bound, List<String> output)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String tag = "[" + Path.of(command.get(0)).getFileName() + "] ";
        Thread reader = Thread.ofPlatform().daemon(true).name("ts-sdk-output").start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    output.add(line);
                    System.out.println(tag + (line.length() > 2000 ? line.substring(0, 2000) + "…" : line));
                }
            } catch (IOException e) {
                output.add("output stream failed: " + e);
            }
        });
        try {
            if (!p.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                reader.join(Duration.ofSeconds(10));
                List<String> seen = List.copyOf(output);
                return fail(String.join(" ", command.subList(0, Math.min(3, command.size()))) + " did not finish within " + bound
                        + "; last output:\n" + String.join("\n", seen.subList(Math.max(0, seen.size() - 60), seen.size())));
            }
            reader.join(Duration.ofSeconds(10));
            return p.exitValue();
        } finally {
            if (p.isAlive()) p.destroyForcibly();
        }
    }
}
