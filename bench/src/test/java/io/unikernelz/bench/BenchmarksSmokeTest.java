package io.unikernelz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.chain.genesis.EmbeddedGenesis;
import io.unikernelz.core.crypto.Ed25519Verifier;
import io.unikernelz.core.crypto.SodiumEd25519;
import io.unikernelz.core.pow.Pow;
import io.unikernelz.core.types.Hex;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every benchmark method runs once on its real inputs and computes the right thing (no JMH, no timing). */
class BenchmarksSmokeTest {

    @Test
    void blockHashRecomputesThePublishedHash() {
        BlockHashBench b = new BlockHashBench();
        b.load();
        assertThat(b.accountBlockHash()).isEqualTo(BenchData.firstBlock().hash());
        assertThat(b.accountBlockHash().toString()).isEqualTo("01e4877c8273f16a9ad21a1e28a96a88e142d59aec0ac9a46a312c0301cda50c");
    }

    @Test
    void everyVerifyPathAcceptsTheRealSignature() throws Exception {
        Ed25519Bench b = new Ed25519Bench();
        b.load();
        assertThat(b.verifyNode()).isTrue();
        assertThat(b.verifyBouncyCastle()).isTrue();
        assertThat(b.verifyJava()).isTrue();
        // every signature of the rotating set, a few times over so that the key tables answer too
        int rounds = (Ed25519Verifier.NODE_WARM_AFTER + 1) * CpuTimeRun.rotatingSigners().size();
        for (int i = 0; i < rounds; i++) {
            assertThat(b.verifyWarmKey()).isTrue();
        }
        assertThat(b.verifyJdk()).isTrue();
        assertThat(b.verifyLibsodium()).isEqualTo(SodiumEd25519.available());
    }

    @Test
    void powAttemptHashesLikeTheAcceptedMainnetNonce() {
        var v = BenchData.firstPowVector();
        long nonce = Long.parseUnsignedLong(v.get("nonce").asText(), 16);
        long first8 = Long.reverseBytes(Long.parseUnsignedLong(v.get("sha3NonceDataFirst8Hex").asText(), 16));
        assertThat(Pow.hashWithNonce(BenchData.powData(), nonce)).isEqualTo(first8);
        PowBench b = new PowBench();
        b.load();
        b.powAttemptOneThread();
        b.powAttemptAllCores();
    }

    @Test
    void nonceSearchFindsANonceMeetingTheBenchmarkDifficulty() {
        PowBench b = new PowBench();
        b.load();
        long nonce = b.nonceSearchAllCores().orElseThrow();
        assertThat(Pow.check(BenchData.powData(), nonce, PowBench.SEARCH_DIFFICULTY)).isTrue();
    }

    @Test
    void genesisLoadWritesTheMainnetGenesisAndCleansUp(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("data"));
        assertThat(Hex.encode(GenesisLoadBench.load(dir).bytes())).isEqualTo(EmbeddedGenesis.MAINNET_GENESIS_HASH);
        GenesisLoadBench.deleteTree(dir);
        assertThat(dir).doesNotExist();
    }
}
