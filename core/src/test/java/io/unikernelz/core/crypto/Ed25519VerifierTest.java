package io.unikernelz.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class Ed25519VerifierTest {
    private record Signed(byte[] publicKey, byte[] message, byte[] signature) {}

    private static Signed signed(int keyIndex, int messageIndex) {
        byte[] seed = new byte[32];
        seed[0] = (byte) keyIndex;
        seed[1] = (byte) (keyIndex >>> 8);
        byte[] message = new byte[32];
        message[0] = (byte) messageIndex;
        message[1] = (byte) keyIndex;
        return new Signed(Ed25519.publicKey(seed), message, Ed25519.sign(seed, message));
    }

    @Test
    void aKeyGetsItsTableAfterTheConfiguredValidSignatures() {
        Ed25519Verifier v = new Ed25519Verifier(8, 3);
        for (int i = 0; i < 3; i++) {
            Signed s = signed(1, i);
            assertThat(v.warmKeys()).isZero();
            assertThat(v.verify(s.publicKey, s.message, s.signature)).isTrue();
        }
        assertThat(v.warmKeys()).isEqualTo(1);
        assertThat(v.counts()).containsExactly(0, 3);
        Signed fourth = signed(1, 3);
        byte[] forged = fourth.signature.clone();
        forged[40] ^= 1;
        assertThat(v.verify(fourth.publicKey, fourth.message, forged)).isFalse();
        assertThat(v.verify(fourth.publicKey, fourth.message, fourth.signature)).isTrue();
        assertThat(v.counts()).containsExactly(2, 3);
    }

    @Test
    void forgeriesNeverBuildATable() {
        Ed25519Verifier v = new Ed25519Verifier(8, 2);
        Signed s = signed(5, 0);
        for (int i = 0; i < 20; i++) {
            byte[] forged = s.signature.clone();
            forged[i] ^= 1;
            assertThat(v.verify(s.publicKey, s.message, forged)).isFalse();
        }
        assertThat(v.warmKeys()).isZero();
        assertThat(v.verify(s.publicKey, s.message, s.signature)).isTrue();
        assertThat(v.verify(s.publicKey, s.message, s.signature)).isTrue();
        assertThat(v.warmKeys()).isEqualTo(1);
    }

    @Test
    void tablesAreBoundedAndTheLeastRecentlyUsedGoes() {
        Ed25519Verifier v = new Ed25519Verifier(3, 1);
        for (int k = 0; k < 10; k++) {
            Signed s = signed(k, 0);
            assertThat(v.verify(s.publicKey, s.message, s.signature)).isTrue();
            assertThat(v.warmKeys()).isLessThanOrEqualTo(3);
        }
        assertThat(v.warmKeys()).isEqualTo(3);
        // every answer stays right after evictions
        for (int k = 0; k < 10; k++) {
            Signed s = signed(k, 1);
            assertThat(v.verify(s.publicKey, s.message, s.signature)).isTrue();
            assertThat(v.verify(s.publicKey, signed(k, 2).message, s.signature)).isFalse();
        }
    }

    @Test
    void aKeyThatDoesNotDecodeNeverGetsATable() {
        Ed25519Verifier v = new Ed25519Verifier(8, 1);
        byte[] notOnCurve = new byte[32];
        notOnCurve[0] = 2; // y = 2 has no x on edwards25519
        for (int i = 0; i < 5; i++) assertThat(v.verify(notOnCurve, new byte[32], new byte[64])).isFalse();
        assertThat(v.warmKeys()).isZero();
    }

    @Test
    void cachingOffUsesTheGeneralPath() {
        Ed25519Verifier v = new Ed25519Verifier(0, 1);
        Signed s = signed(7, 0);
        for (int i = 0; i < 5; i++) assertThat(v.verify(s.publicKey, s.message, s.signature)).isTrue();
        assertThat(v.warmKeys()).isZero();
    }

    @Test
    void malformedInputIsInvalidAndBadSettingsAreRefused() {
        Ed25519Verifier v = Ed25519Verifier.forNode();
        Signed s = signed(3, 0);
        assertThat(v.verify(null, s.message, s.signature)).isFalse();
        assertThat(v.verify(s.publicKey, null, s.signature)).isFalse();
        assertThat(v.verify(s.publicKey, s.message, null)).isFalse();
        assertThat(v.verify(new byte[31], s.message, s.signature)).isFalse();
        assertThat(v.verify(s.publicKey, s.message, new byte[65])).isFalse();
        assertThatThrownBy(() -> new Ed25519Verifier(-1, 1)).hasMessageContaining("maxKeys");
        assertThatThrownBy(() -> new Ed25519Verifier(1, 0)).hasMessageContaining("warmAfter");
    }

    /** Threads sharing one verifier while tables are built and evicted all get the right answers. */
    @Test
    void concurrentUseGivesTheSameAnswers() throws Exception {
        Ed25519Verifier v = new Ed25519Verifier(4, 2);
        List<Signed> work = new ArrayList<>();
        for (int k = 0; k < 6; k++) for (int m = 0; m < 6; m++) work.add(signed(k, m));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < work.size(); i++) {
                        Signed s = work.get((i + offset * 5) % work.size());
                        if (!v.verify(s.publicKey, s.message, s.signature)) wrong++;
                        byte[] bad = s.signature.clone();
                        bad[0] ^= 1;
                        if (v.verify(s.publicKey, s.message, bad)) wrong++;
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> f : results) assertThat(f.get()).isZero();
        } finally {
            pool.shutdownNow();
        }
        assertThat(v.warmKeys()).isBetween(1, 4);
    }
}
