package io.unikernelz.consensus.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.chain.genesis.MockGenesis;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.TokenStandard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** go-zenon zenon/mock/zenon_test.go. */
class ZenonMockTest {
    @TempDir
    Path dir;

    @Test
    void stateGenesis() {
        try (MockZenon z = new MockZenon(dir)) {
            assertThat(z.chain.frontierMomentum().hash().toString())
                    .isEqualTo("0385d849ee33b94c8783288c148e3ae741c2ecec98b08b3f59d6bcc219168fe5");
            Momentum genesis = z.chain.read(ms -> ms.momentumByHeight(1)).orElseThrow();
            assertThat(new String(genesis.data(), 0, 43, StandardCharsets.UTF_8)).isEqualTo("This is the genesis config used for testing");
            z.expectBalance(z.g.user(1).address(), TokenStandard.ZNN, 12_000L * MockGenesis.ZEXP);
        }
    }

    /** TestStateProducer: the producer of each momentum 2…10, read off go-zenon's expected pillar log. */
    @Test
    void stateProducer() {
        List<String> expected = List.of("z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju", "z1qqc8hqalt8je538849rf78nhgek30axq8h0g69",
                "z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju", "z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju", "z1qqq43dyrswfehx9w9td43exflqzcxrt7g6alah",
                "z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju", "z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju", "z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju",
                "z1qqc8hqalt8je538849rf78nhgek30axq8h0g69");
        try (MockZenon z = new MockZenon(dir)) {
            List<String> producers = new ArrayList<>();
            List<Long> timestamps = new ArrayList<>();
            while (z.chain.height() < 10) {
                Momentum m = z.insertNewMomentum();
                producers.add(m.producer().toString());
                timestamps.add(m.timestamp());
                assertThat(m.signatureValid()).isTrue();
            }
            assertThat(producers).isEqualTo(expected);
            // 2001-09-09T01:46:50Z onwards, one slot every 10 s
            assertThat(timestamps.getFirst()).isEqualTo(MockGenesis.GENESIS_TIMESTAMP + 10);
            assertThat(timestamps.getLast()).isEqualTo(MockGenesis.GENESIS_TIMESTAMP + 90);
            // empty momentums commit the empty patch: changesHash = sha3("")
            assertThat(z.chain.frontierMomentum().changesHash().toString())
                    .isEqualTo("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
        }
    }
}
