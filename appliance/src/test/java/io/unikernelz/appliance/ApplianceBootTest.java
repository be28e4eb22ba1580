package io.unikernelz.appliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Builds the appliance image with {@code image.sh build}, boots the real node's devnet in it
 * under software emulation (TCG), and checks what issue 6 asks: momentums advance, a power-off
 * is clean, the frontier continues after a reboot on the same data disk, and the guest runs and
 * offers nothing but the node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class ApplianceBootTest {
    private static final Duration BOOT = Duration.ofSeconds(240);
    private static final Duration STOP = Duration.ofSeconds(150);
    /** Guest ports nobody should find open: ssh, telnet, http(s), JMX/RMI, JDWP, and neighbours of ours. */
    private static final int[] DECOYS = {22, 23, 80, 443, 1099, 5005, 8080, 9010, 35996, 35999};
    private static final Pattern AUDIT_PROCESS =
            Pattern.compile("uz-audit: process pid=(\\d+) ppid=(\\d+) name=\\((\\S+)\\) exe=(\\S*) rss=\\S+ uid=(\\d+)");
    private static final Pattern AUDIT_LISTEN = Pattern.compile("uz-audit: listen (\\w+) port=(\\d+)");
    // A new devnet's momentum interval; a short one keeps the test short under emulation.
    private static final String APPEND = "uz.aot=on uz.args=--momentum-interval,2";

    private Repo repo;
    private Path work;
    private Path dataDisk;
    private FirstBoot first;

    /** What the first boot showed, for the tests that look at it. */
    private record FirstBoot(long lastHeight, Set<Integer> answering, boolean webSocket, String console) {}

    @BeforeAll
    void buildImage() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        work = target.resolve("appliance-it");
        Files.createDirectories(work);
        repo = Repo.locate(work.resolve("build"));
        repo.requireNode();
        dataDisk = work.resolve("data.ext4");
        Files.deleteIfExists(dataDisk);
        Path log = work.resolve("build.log");
        Process p = repo.command(List.of("bash", repo.imageScript().toString(), "build"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(15, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(done && p.exitValue() == 0).as("image.sh build failed:\n%s", out).isTrue();
        for (String f : List.of("vmlinuz", "initramfs.img", "runtime.img")) {
            assertThat(repo.imageDir().resolve(f)).as(f).isNotEmptyFile();
        }
        assertThat(out).contains("total");
    }

    @Test
    @Order(1)
    void devnetAdvancesInTheGuestAndPowersOffCleanly() throws Exception {
        FirstBoot b = firstBoot();
        assertThat(b.lastHeight()).isGreaterThan(1);
        assertThat(b.console()).contains("uz: stopping node").contains("uz: powered off cleanly");
    }

    @Test
    @Order(2)
    void onlyTheNodeRunsAndOnlyItsPortsAnswer() throws Exception {
        FirstBoot b = firstBoot();
        // From the host: the RPC ports answer, none of the decoys does.
        assertThat(b.answering()).contains(Guest.GUEST_RPC);
        assertThat(b.webSocket()).as("WebSocket upgrade on the forwarded WS port").isTrue();
        assertThat(b.answering()).isSubsetOf(Guest.GUEST_RPC, Guest.GUEST_WS, Guest.GUEST_P2P);

        // From inside (the audit /etc/uz/halt prints before stopping the node): init is PID 1,
        // java is its child, and the only other process is that halt action itself.
        List<String[]> procs = new ArrayList<>();
        Matcher m = AUDIT_PROCESS.matcher(b.console());
        while (m.find()) {
            procs.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
        }
        assertThat(procs).as("audit lines in the console").isNotEmpty();
        Set<String> names = procs.stream().map(p -> p[2]).collect(Collectors.toCollection(TreeSet::new));
        assertThat(names).containsExactlyInAnyOrder("init", "java", "halt");
        String[] init = procs.stream().filter(p -> p[2].equals("init")).findFirst().orElseThrow();
        assertThat(init[0]).isEqualTo("1");
        String[] java = procs.stream().filter(p -> p[2].equals("java")).findFirst().orElseThrow();
        assertThat(java[1]).as("java's parent is init: the node was exec'd, no shell in between").isEqualTo("1");
        assertThat(java[3]).isEqualTo("/rt/runtime/bin/java");
        assertThat(java[4]).as("the node runs unprivileged").isEqualTo("1000");
        assertThat(procs.stream().filter(p -> p[2].equals("java")).count()).isEqualTo(1);

        Set<Integer> listening = new TreeSet<>();
        Matcher l = AUDIT_LISTEN.matcher(b.console());
        while (l.find()) {
            listening.add(Integer.parseInt(l.group(2)));
        }
        assertThat(listening).contains(Guest.GUEST_RPC).isSubsetOf(Guest.GUEST_RPC, Guest.GUEST_WS, Guest.GUEST_P2P);
    }

    @Test
    @Order(3)
    void frontierContinuesAfterRebootOnTheSameDataDisk() throws Exception {
        FirstBoot b = firstBoot();
        try (Guest g = Guest.boot(repo, work, "boot2", dataDisk, List.of(), APPEND)) {
            long resumed = g.awaitHeight(BOOT, h -> h >= 1, "RPC answer after the reboot");
            assertThat(resumed).as("frontier after reboot vs last seen before power-off").isGreaterThanOrEqualTo(b.lastHeight());
            long later = g.awaitHeight(BOOT, h -> h > resumed, "a new momentum after the reboot");
            assertThat(later).isGreaterThan(b.lastHeight());
            assertThat(g.consoleText()).doesNotContain("Creating a new devnet");
            int rc = g.powerOff(STOP);
            assertThat(rc).as("runner exit code\n%s", g.diagnostics()).isZero();
            assertThat(g.consoleText()).contains("uz: powered off cleanly");
        }
    }

    private FirstBoot firstBoot() throws Exception {
        if (first == null) {
            first = bootOnce();
        }
        return first;
    }

    private FirstBoot bootOnce() throws IOException, InterruptedException {
        int[] hostPorts = Guest.freePorts(DECOYS.length);
        List<int[]> forwards = new ArrayList<>();
        for (int i = 0; i < DECOYS.length; i++) {
            forwards.add(new int[] {hostPorts[i], DECOYS[i]});
        }
        try (Guest g = Guest.boot(repo, work, "boot1", dataDisk, forwards, APPEND)) {
            long h1 = g.awaitHeight(BOOT, h -> h >= 1, "RPC answer (ledger.getFrontierMomentum)");
            long h2 = g.awaitHeight(BOOT, h -> h > h1, "a new momentum");
            Set<Integer> answering = new TreeSet<>();
            if (Guest.guestAccepts(g.rpcPort)) {
                answering.add(Guest.GUEST_RPC);
            }
            if (Guest.guestAccepts(g.wsPort)) {
                answering.add(Guest.GUEST_WS);
            }
            if (Guest.guestAccepts(g.p2pPort)) {
                answering.add(Guest.GUEST_P2P);
            }
            for (int i = 0; i < DECOYS.length; i++) {
                if (Guest.guestAccepts(hostPorts[i])) {
                    answering.add(DECOYS[i]);
                }
            }
            boolean ws = Guest.webSocketUpgrades(g.wsPort);
            long last = g.frontierHeight().orElse(h2);
            int rc = g.powerOff(STOP);
            String console = g.consoleText();
            assertThat(rc).as("runner exit code\n%s", g.diagnostics()).isZero();
            return new FirstBoot(Math.max(last, h2), answering, ws, console);
        }
    }
}
