package io.unikernelz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a committing child JVM with SIGKILL at seeded-random points and checks that the reopened store is exactly at
 * a committed height, with exactly that height's state, history and patch.
 */
class CrashSafetyTest {
    private static final byte[] ALL = new byte[0];
    private static final int ROUNDS = 22;

    @TempDir
    Path tmp;

    private String classPath;

    /**
     * The child's class path: the jars and class directories this JVM loaded the store, core, BouncyCastle and
     * RocksDB from, with class directories copied once so a concurrent rebuild of target/ cannot pull classes away
     * from a child mid-run.
     */
    private String childClassPath() throws IOException {
        if (classPath != null) return classPath;
        List<String> entries = new ArrayList<>();
        Class<?>[] anchors = {CrashChild.class, VersionedStore.class, io.unikernelz.core.types.Hash.class,
            org.bouncycastle.crypto.digests.SHA3Digest.class, org.rocksdb.RocksDB.class};
        for (Class<?> c : anchors) {
            Path source;
            try {
                source = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IOException("class path entry of " + c.getName() + " is not a file", e);
            }
            if (Files.isDirectory(source)) {
                Path copy = tmp.resolve("cp" + entries.size());
                try (var files = Files.walk(source)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        Path to = copy.resolve(source.relativize(f).toString());
                        if (Files.isDirectory(f)) Files.createDirectories(to); else Files.copy(f, to);
                    }
                }
                source = copy;
            }
            entries.add(source.toString());
        }
        classPath = String.join(java.io.File.pathSeparator, entries);
        return classPath;
    }

    private Process startChild(String mode, Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                childClassPath(), CrashChild.class.getName(), mode, dir.toString());
        pb.redirectError(tmp.resolve("child-stderr.txt").toFile());
        return pb.start();
    }

    private String childError() throws IOException {
        Path f = tmp.resolve("child-stderr.txt");
        return Files.exists(f) ? Files.readString(f) : "";
    }

    @Test
    @Timeout(600) // a hung child would otherwise hang the build; not a timing assertion
    void killedWriterLeavesACommittedFrontier() throws Exception {
        Path dir = tmp.resolve("data");
        Random rnd = new Random(0x5EEDL);
        long known = 0; // height the child last reported
        List<Long> heights = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int commitsBeforeKill = 1 + rnd.nextInt(30);
            Process child = startChild("commit", dir);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                String first = out.readLine();
                assertThat(first).as("child start line; stderr: %s", childError()).isEqualTo("start " + known);
                int commits = 0;
                while (commits < commitsBeforeKill) {
                    String line = out.readLine();
                    assertThat(line).as("child progress; stderr: %s", childError()).isNotNull();
                    known = reportedHeight(line);
                    if (line.startsWith("committed ")) commits++;
                }
                // SIGKILL through the handle: Process.destroyForcibly() would also close our end of the pipe
                assertThat(child.toHandle().destroyForcibly()).isTrue();
                assertThat(child.waitFor()).as("exit status of a SIGKILLed child").isEqualTo(128 + 9);
                // the pipe may still hold lines the child wrote before it died: the last one is its last known step
                for (String line = out.readLine(); line != null; line = out.readLine()) known = reportedHeight(line);
            }

            try (VersionedStore store = VersionedStore.open(dir)) {
                long h = store.height();
                // the child may have finished one more step (a commit, or the rollback after a multiple of 9)
                List<Long> possible = new ArrayList<>(List.of(known, known + 1));
                if (known % 9 == 0) possible.add(known - 2);
                assertThat(h).as("round %d: reopened height after last report %d", round, known).isIn(possible);
                assertStateIs(store, h);
                heights.add(h);
                known = h;
            }
        }
        assertThat(heights).hasSize(ROUNDS);
        assertThat(heights.getLast()).isGreaterThan(ROUNDS);
    }

    private static long reportedHeight(String line) {
        String[] parts = line.split(" ");
        assertThat(parts).hasSize(2);
        assertThat(parts[0]).isIn("committed", "rolled");
        return Long.parseLong(parts[1]);
    }

    private static void assertStateIs(VersionedStore store, long h) {
        StateLayer expected = Workload.stateAt(h);
        try (StateView view = store.view()) {
            assertThat(view.height()).isEqualTo(h);
            assertThat(view.entries(ALL)).isEqualTo(expected.entries(ALL));
        }
        if (h >= 1) {
            assertThat(store.patch(h)).contains(Workload.patch(h));
            assertThat(store.patch(h + 1)).isEmpty();
            long back = Math.max(0, h - 3);
            try (StateView old = store.viewAt(back)) {
                assertThat(old.entries(ALL)).isEqualTo(Workload.stateAt(back).entries(ALL));
            }
        }
    }

    @Test
    void aDirectoryHeldByAnotherProcessIsReportedAsInUse() throws Exception {
        Path dir = tmp.resolve("held");
        Process child = startChild("hold", dir);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
            assertThat(out.readLine()).as("child stderr: %s", childError()).isEqualTo("holding");
            assertThatThrownBy(() -> VersionedStore.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("data directory " + dir.toAbsolutePath() + " is in use by another process");
            child.getOutputStream().close(); // the child closes its store and exits
            assertThat(child.waitFor()).isZero();
        } finally {
            child.destroyForcibly();
        }
        try (VersionedStore store = VersionedStore.open(dir)) {
            assertThat(store.height()).isZero();
        }
    }
}
