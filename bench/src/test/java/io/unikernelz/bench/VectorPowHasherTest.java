package io.unikernelz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.pow.Pow;
import io.unikernelz.core.types.Hash;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The SIMD candidate computes exactly core's PoW hash, lane by lane (surefire runs with the Vector API module). */
class VectorPowHasherTest {

    private static void assertSameAsCore(Hash powData, long firstNonce) {
        VectorPowHasher v = new VectorPowHasher(powData);
        int width = VectorPowHasher.lanes();
        long[] lanes = new long[width];
        long[] out = new long[width];
        for (int i = 0; i < width; i++) lanes[i] = Long.reverseBytes(firstNonce + i);
        v.hash(lanes, 0, out);
        for (int i = 0; i < width; i++) {
            assertThat(out[i]).as("lane %d of nonce %x", i, firstNonce + i).isEqualTo(Pow.hashWithNonce(powData, firstNonce + i));
        }
    }

    @Test
    void theVectorModuleIsThereAndEveryAcceptedMainnetNonceHashesTheSame() {
        assertThat(BenchMain.vectorApi()).isTrue();
        assertThat(VectorPowHasher.lanes()).isBetween(2, PowBench.VECTOR_BATCH);
        JsonNode vector = BenchData.firstPowVector();
        long nonce = Long.parseUnsignedLong(vector.get("nonce").asText(), 16);
        long first8 = Long.reverseBytes(Long.parseUnsignedLong(vector.get("sha3NonceDataFirst8Hex").asText(), 16));
        assertSameAsCore(BenchData.powData(), nonce);
        VectorPowHasher v = new VectorPowHasher(BenchData.powData());
        long[] out = new long[VectorPowHasher.lanes()];
        v.hash(new long[] {Long.reverseBytes(nonce), 0, 0, 0, 0, 0, 0, 0}, 0, out);
        assertThat(out[0]).isEqualTo(first8);
    }

    @Property(tries = 200)
    void anyDataAndNoncesHashLikeCore(@ForAll @Size(32) byte[] data, @ForAll long nonce) {
        assertSameAsCore(Hash.wrap(data), nonce);
    }

    @Test
    void theBenchmarkBatchCoversEightAttempts() {
        PowBench b = new PowBench();
        b.load();
        b.vectorBatch();
        assertThat(PowBench.VECTOR_BATCH % VectorPowHasher.lanes()).isZero();
    }
}
