package io.unikernelz.core.pow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.Shared;
import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import java.math.BigInteger;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PowTest {
    private static final JsonNode VECTORS = Shared.json("pow/pow-vectors.json").get("vectors");

    @Test
    void everyVectorIsAcceptedWithTheSameIntermediateValues() {
        int n = 0;
        for (JsonNode v : VECTORS) {
            Hash data = Pow.powData(Address.parse(v.get("address").asText()), Hash.parse(v.get("previousHash").asText()));
            long difficulty = v.get("difficulty").asLong();
            long nonce = Bytes.readBe8(Hex.decode(v.get("nonce").asText()), 0);
            assertThat(data.toString()).isEqualTo(v.get("powDataHash").asText());
            long target = Pow.target(difficulty);
            assertThat(Long.toUnsignedString(target)).isEqualTo(v.get("thresholdUint64").asText());
            assertThat(Hex.encode(Bytes.le8(target))).isEqualTo(v.get("thresholdLittleEndianHex").asText());
            long h = Pow.hashWithNonce(data, nonce);
            assertThat(Hex.encode(Bytes.le8(h))).isEqualTo(v.get("sha3NonceDataFirst8Hex").asText());
            assertThat(Pow.check(data, nonce, difficulty)).isEqualTo(v.get("valid").asBoolean()).isTrue();
            assertThat(difficulty).isEqualTo(Plasma.difficultyForPlasma(v.get("basePlasma").asLong()));
            n++;
        }
        assertThat(n).isEqualTo(4);
    }

    @Test
    void aNonceThatMissesTheTargetIsRejected() {
        for (JsonNode v : VECTORS) {
            Hash data = Hash.parse(v.get("powDataHash").asText());
            long difficulty = v.get("difficulty").asLong();
            long nonce = Bytes.readBe8(Hex.decode(v.get("nonce").asText()), 0);
            long miss = nonce + 1;
            while (Long.compareUnsigned(Pow.hashWithNonce(data, miss), Pow.target(difficulty)) >= 0) miss++;
            assertThat(Pow.check(data, miss, difficulty)).isFalse();
            // the same nonce against a different powData misses too (almost surely; checked, not assumed)
            Hash other = Hash.of(data.rawBytes());
            assertThat(Pow.check(other, nonce, difficulty))
                    .isEqualTo(Long.compareUnsigned(Pow.hashWithNonce(other, nonce), Pow.target(difficulty)) >= 0);
        }
    }

    @Test
    void targetEdgeCases() {
        assertThat(Pow.target(0)).isZero();
        assertThat(Pow.target(1)).isZero(); // 2^64 - 2^64
        assertThat(Pow.target(2)).isEqualTo(Long.MIN_VALUE); // 2^63
        // go converts to int64: a "negative" difficulty d gives |2^64 / d| as the target
        long d = -2; // uint64 2^64-2
        assertThat(Pow.target(d)).isEqualTo(BigInteger.ONE.shiftLeft(63).longValue());
        assertThat(Pow.check(Hash.ZERO, 0, 0)).isTrue();
    }

    @Property(tries = 300)
    void specialisedHasherEqualsSha3(@ForAll @Size(32) byte[] powData, @ForAll long nonce) {
        byte[] full = Sha3.sha3(Bytes.be8(nonce), powData);
        long expected = Bytes.readBe8(full, 0);
        assertThat(Pow.hashWithNonce(Hash.wrap(powData), nonce)).isEqualTo(Long.reverseBytes(expected));
    }

    @Test
    void searchFindsAValidNonceOnSeveralThreads() {
        Hash data = Hash.of("unikernel-z".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long difficulty = Plasma.difficultyForPlasma(7); // 10 500: a few thousand attempts
        OptionalLong nonce = NonceSearch.find(data, difficulty, 2, () -> false);
        assertThat(nonce).isPresent();
        assertThat(Pow.check(data, nonce.getAsLong(), difficulty)).isTrue();
    }

    @Test
    void searchReturnsEmptyWhenCancelled() {
        AtomicInteger polls = new AtomicInteger();
        // target 2^64 - 2: practically unreachable, so only cancellation ends the search
        OptionalLong nonce = NonceSearch.find(Hash.ZERO, Long.MAX_VALUE, 2, () -> polls.incrementAndGet() > 3);
        assertThat(nonce).isEmpty();
        assertThat(polls.get()).isGreaterThan(3);
        assertThatThrownBy(() -> NonceSearch.find(Hash.ZERO, 1, 0, () -> false)).hasMessageContaining("threads");
    }

    @Test
    void plasmaConversions() {
        assertThat(Plasma.difficultyToPlasma(0)).isZero();
        assertThat(Plasma.difficultyToPlasma(31_500_000)).isEqualTo(21_000);
        assertThat(Plasma.difficultyToPlasma(1_499)).isZero();
        assertThat(Plasma.difficultyToPlasma(Plasma.MAX_DIFFICULTY_FOR_ACCOUNT_BLOCK)).isEqualTo(94_500);
        assertThat(Plasma.difficultyToPlasma(Plasma.MAX_DIFFICULTY_FOR_ACCOUNT_BLOCK + 1)).isEqualTo(94_500);
        assertThat(Plasma.difficultyToPlasma(-1)).isEqualTo(94_500);
        assertThat(Plasma.difficultyForPlasma(21_000)).isEqualTo(31_500_000);
        assertThat(Plasma.difficultyForPlasma(0)).isZero();
        assertThatThrownBy(() -> Plasma.difficultyForPlasma(94_501)).hasMessageContaining("exceeds");
        assertThat(Plasma.fusedAmountToPlasma(null)).isZero();
        assertThat(Plasma.fusedAmountToPlasma(BigInteger.valueOf(-5))).isZero();
        assertThat(Plasma.fusedAmountToPlasma(BigInteger.valueOf(199_999_999))).isEqualTo(2_100);
        assertThat(Plasma.fusedAmountToPlasma(BigInteger.valueOf(10).multiply(BigInteger.valueOf(100_000_000)))).isEqualTo(21_000);
        assertThat(Plasma.fusedAmountToPlasma(BigInteger.valueOf(500_000_000_000L))).isEqualTo(10_500_000);
        assertThat(Plasma.fusedAmountToPlasma(BigInteger.TEN.pow(30))).isEqualTo(10_500_000);
        assertThat(Plasma.MAX_FUSION_PLASMA_FOR_ACCOUNT).isEqualTo(10_500_000);
        assertThat(Plasma.MAX_DIFFICULTY_FOR_ACCOUNT_BLOCK).isEqualTo(141_750_000);
    }
}
