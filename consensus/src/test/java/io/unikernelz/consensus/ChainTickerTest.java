package io.unikernelz.consensus;

import static io.unikernelz.consensus.SlotChain.G;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Hash;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * go-zenon chainTicker semantics over a real chain with gaps: momentums 2…11 fill the first ten slots of tick 0,
 * ticks 1 and 3…11 stay empty, 12 and 13 open tick 2, and 14, 15 open tick 12 (epoch 1 of the one-hour epochs).
 */
class ChainTickerTest {
    @TempDir
    Path dir;

    private SlotChain c;
    private Ticker periods;

    @BeforeEach
    void build() {
        c = new SlotChain(dir, SlotChain.hourEpochs());
        c.produceRange(10, 100);
        c.produceRange(600, 610);
        c.produceRange(3600, 3610);
        periods = c.election.params().electionTicker();
    }

    @AfterEach
    void close() {
        c.close();
    }

    private ChainTicker asOf(long height) {
        return new ChainTicker(c.chain, periods, c.at(height));
    }

    private List<Hash> hashes(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(h -> c.at(h).hash()).toList();
    }

    @Test
    void atTheFrontier() {
        ChainTicker t = ChainTicker.atFrontier(c.chain, periods);
        assertThat(t.frontier().height()).isEqualTo(15);
        assertThat(t.hasStarted(12)).isTrue();
        assertThat(t.isFinished(12)).isFalse();
        assertThat(t.isFinished(11)).isTrue();
        assertThat(t.hasStarted(13)).isFalse();

        assertThat(t.endBlock(0).height()).isEqualTo(11);
        assertThat(t.endBlock(1).height()).isEqualTo(11);
        assertThat(t.endBlock(2).height()).isEqualTo(13);
        assertThat(t.endBlock(11).height()).isEqualTo(13);
        assertThat(t.endBlock(12).height()).isEqualTo(15);
        // a tick that has not started ends, as in go-zenon, at the frontier
        assertThat(t.endBlock(40).height()).isEqualTo(15);

        assertThat(t.content(0)).extracting(TickMomentum::hash).containsExactlyElementsOf(hashes(2, 11));
        assertThat(t.content(1)).isEmpty();
        assertThat(t.content(2)).extracting(TickMomentum::hash).containsExactlyElementsOf(hashes(12, 13));
        assertThat(t.content(5)).isEmpty();
        assertThat(t.content(12)).extracting(TickMomentum::hash).containsExactlyElementsOf(hashes(14, 15));
        assertThat(t.content(13)).isEmpty();

        TickMomentum first = t.content(2).getFirst();
        Momentum m12 = c.at(12);
        assertThat(first).isEqualTo(new TickMomentum(m12.hash(), c.at(11).hash(), m12.producer()));
        assertThat(m12.producer()).isEqualTo(c.election.producerAt(G + 600).orElseThrow());
    }

    @Test
    void asOfAnOlderMomentum() {
        ChainTicker t = asOf(5);
        assertThat(t.hasStarted(0)).isTrue();
        assertThat(t.isFinished(0)).isFalse();
        assertThat(t.hasStarted(1)).isFalse();
        assertThat(t.endBlock(0).height()).isEqualTo(5);
        assertThat(t.endBlock(1).height()).isEqualTo(5);
        assertThat(t.content(0)).extracting(TickMomentum::hash).containsExactlyElementsOf(hashes(2, 5));

        ChainTicker at13 = asOf(13);
        assertThat(at13.isFinished(2)).isFalse();
        assertThat(at13.content(2)).extracting(TickMomentum::hash).containsExactlyElementsOf(hashes(12, 13));
        assertThat(at13.momentumBefore(G + 3600).orElseThrow().height()).isEqualTo(13);
        assertThat(at13.momentumBefore(G + 610).orElseThrow().height()).isEqualTo(12);
        assertThat(at13.momentumBefore(G + 601).orElseThrow().height()).isEqualTo(12);
        assertThat(at13.momentumBefore(G + 600).orElseThrow().height()).isEqualTo(11);
    }

    @Test
    void atGenesis() {
        ChainTicker t = asOf(1);
        assertThat(t.hasStarted(0)).isTrue();
        assertThat(t.endBlock(0)).isEqualTo(c.chain.genesisMomentum());
        assertThat(t.content(0)).isEmpty();
        assertThat(t.momentumBefore(G)).isEmpty();
        assertThat(t.momentumBefore(G + 1)).contains(c.chain.genesisMomentum());
    }

    @Test
    void epochTicker() {
        ChainTicker epochs = new ChainTicker(c.chain, c.election.params().epochTicker(), c.at(15));
        assertThat(epochs.isFinished(0)).isTrue();
        assertThat(epochs.endBlock(0).height()).isEqualTo(13);
        assertThat(epochs.content(0)).hasSize(12);
        assertThat(epochs.content(1)).extracting(TickMomentum::hash).containsExactlyElementsOf(hashes(14, 15));
    }

    @Test
    void aMomentumOffTheChainIsRefused() {
        Momentum stranger = c.at(12).toBuilder().hash(Hash.of(new byte[] {1})).build();
        ChainTicker t = new ChainTicker(c.chain, periods, stranger);
        assertThatThrownBy(() -> t.content(0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("no longer part of the chain");
    }
}
