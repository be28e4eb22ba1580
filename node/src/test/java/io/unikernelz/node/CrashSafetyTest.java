package io.unikernelz.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.chain.Chain;
import io.unikernelz.chain.genesis.DevnetGenesis;
import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.wallet.KeyPair;
import io.unikernelz.wallet.KeyStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a devnet node process with SIGKILL at random points while it writes momentums, 20 times; after each kill the
 * reopened data directory must hold a consistent chain: linked, correctly hashed and signed momentums, at least the
 * last reported height, and account state that agrees with what the momentums confirmed.
 */
class CrashSafetyTest {
    static final String MNEMONIC = "route become dream access impulse price inform obtain engage ski believe awful "
            + "absent pig thing vibrant possible exotic flee pepper marble rural fire fancy";
    private static final int ROUNDS = 20;

    @TempDir
    Path dir;

    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    @Test
    void killNineAtRandomPointsNeverCorruptsTheChain() throws Exception {
        Path data = dir.resolve("devnet");
        Random random = new Random(20261124);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        KeyPair a0 = KeyStore.fromMnemonic(MNEMONIC).derive(0);
        KeyPair a1 = KeyStore.fromMnemonic(MNEMONIC).derive(1);
        long reported = 1;
        for (int round = 1; round <= ROUNDS; round++) {
            List<String> cmd = new ArrayList<>(List.of(java));
            cmd.addAll(CrashChild.javaArgs());
            cmd.addAll(List.of("-cp", classPath(), CrashChild.class.getName(), data.toString()));
            Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            LinkedBlockingQueue<Long> heights = new LinkedBlockingQueue<>();
            Thread reader = Thread.ofVirtual().start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("height ")) heights.add(Long.parseLong(line.substring(7).trim()));
                    }
                } catch (java.io.IOException | NumberFormatException e) {
                    // the pipe breaks when the child is killed
                }
            });
            long target = reported + 1 + random.nextInt(12);
            long seen = 0;
            while (seen < target) {
                Long h = heights.poll(60, TimeUnit.SECONDS);
                if (h == null) {
                    child.toHandle().destroyForcibly();
                    throw new AssertionError("round " + round + ": child reported nothing for 60 s (last height " + seen + ")");
                }
                seen = h;
            }
            child.toHandle().destroyForcibly(); // SIGKILL, mid-work
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(5_000);
            Long h;
            while ((h = heights.poll()) != null) seen = Math.max(seen, h);
            reported = seen;

            DevnetData devnet = DevnetData.open(data);
            try (Chain chain = Chain.open(data.resolve("nom"), Genesis.build(devnet.genesis()))) {
                long height = chain.height();
                assertThat(height).as("round %d frontier", round).isGreaterThanOrEqualTo(reported);
                chain.read(ms -> {
                    checkMomentums(ms, height);
                    checkState(ms, a0, a1);
                    return null;
                });
            }
        }
        assertThat(reported).isGreaterThan(ROUNDS);
    }

    private static void checkMomentums(MomentumStore ms, long height) {
        Momentum previous = ms.momentumByHeight(1).orElseThrow();
        for (long h = 2; h <= height; h++) {
            Momentum m = ms.momentumByHeight(h).orElseThrow(() -> new AssertionError("missing momentum"));
            assertThat(m.previousHash()).isEqualTo(previous.hash());
            assertThat(m.hashMatches()).isTrue();
            assertThat(m.signatureValid()).isTrue();
            assertThat(ms.momentumByHash(m.hash())).contains(m);
            previous = m;
        }
        assertThat(ms.identifier()).isEqualTo(previous.identifier());
    }

    /** Every confirmed send of account 0 took exactly 1 ZNN and sits unreceived in account 1's mailbox. */
    private static void checkState(MomentumStore ms, KeyPair a0, KeyPair a1) {
        var account0 = ms.account(a0.address());
        long sends = account0.identifier().height() - 1;
        BigInteger one = BigInteger.valueOf(100_000_000L);
        assertThat(account0.balance(TokenStandard.ZNN)).isEqualTo(DevnetGenesis.FUNDED_ZNN.subtract(one.multiply(BigInteger.valueOf(sends))));
        assertThat(ms.znnWeight(a0.address())).isEqualTo(account0.balance(TokenStandard.ZNN));
        assertThat(ms.mailbox(a1.address()).pendingHashes(Integer.MAX_VALUE)).hasSize((int) sends);
        for (long h = 2; h <= account0.identifier().height(); h++) {
            var block = account0.byHeight(h).orElseThrow();
            assertThat(ms.confirmationHeight(block.hash())).isPositive();
        }
    }
}
