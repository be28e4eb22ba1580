package io.unikernelz.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PointsTest {
    private static final JsonNode MOCK = Vectors.json("conformance/consensus/election-vectors.json").path("07_mock_genesis_chain");
    private static final BigInteger W1 = BigInteger.valueOf(2_100_000_000_000L);
    private static final BigInteger W2 = BigInteger.valueOf(200_000_000_000L);

    private final MockChain chain = MockChain.fromVectors(MOCK, 1000);
    // go-zenon's consensus tests run with one-hour epochs: 12 ticks.
    private final ConsensusParams params = new ConsensusParams(chain.genesis, 10, 30, 15, 3600);
    private final Election election = new Election(params, chain);

    /** The period point of a tick on the mock chain, every momentum signed by its slot's elected producer. */
    private ConsensusPoint periodPoint(long tick, long frontierHeight) {
        long end = Math.min(frontierHeight, chain.momentumBefore(params.electionTicker().tickEnd(tick)).orElseThrow().height());
        long start = tick == 0 ? 1 : Math.min(frontierHeight, chain.momentumBefore(params.electionTicker().tickEnd(tick - 1)).orElseThrow().height());
        List<TickMomentum> content = new ArrayList<>();
        for (long h = start + 1; h <= end; h++) {
            Address producer = election.producerAt(chain.momentum(h).timestamp()).orElseThrow();
            content.add(new TickMomentum(MockChain.hashOf(h), MockChain.hashOf(h - 1), producer));
        }
        return Points.period(election.byTick(tick), MockChain.hashOf(end), content);
    }

    @Test
    void epochZeroMatchesGoZenonConsensusTests() {
        List<ConsensusPoint> periods = new ArrayList<>();
        for (long t = 0; t < 12; t++) periods.add(periodPoint(t, Long.MAX_VALUE));
        assertThat(periods.getFirst().prevHash()).isEqualTo(MockChain.hashOf(1));
        assertThat(periods.getFirst().endHash()).isEqualTo(MockChain.hashOf(30));
        assertThat(periods.getFirst().pillars().get("TEST-pillar-1").factualNum()).isEqualTo(periods.getFirst().pillars().get("TEST-pillar-1").expectedNum() - 1);

        ConsensusPoint epoch = Points.epoch(periods, MockChain.hashOf(360));
        assertThat(epoch.prevHash()).isEqualTo(MockChain.hashOf(1));
        assertThat(epoch.endHash()).isEqualTo(MockChain.hashOf(360));
        // TestConsensus_1/2: TEST-pillar-1 produced 119 of 120, the others 120 of 120 (slot 0 of tick 0 is genesis).
        assertThat(epoch.pillars()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "TEST-pillar-1", new ProducerDetail(120, 119, W1),
                "TEST-pillar-cool", new ProducerDetail(120, 120, W2),
                "TEST-pillar-znn", new ProducerDetail(120, 120, W2)));
        assertThat(epoch.totalWeight()).isEqualTo(W1.add(W2).add(W2));

        EpochStats stats = EpochStats.of(0, epoch);
        assertThat(stats.totalBlocks()).isEqualTo(359);
        assertThat(stats.pillars().get("TEST-pillar-1").blockNum()).isEqualTo(119);
        assertThat(stats.pillars().get("TEST-pillar-1").expectedBlockNum()).isEqualTo(120);

        assertThat(ConsensusPoint.decode(epoch.encode())).isEqualTo(epoch);
    }

    @Test
    void partialEpochAveragesOverPresentPeriods() {
        long frontier = 140; // inside tick 4
        List<ConsensusPoint> periods = new ArrayList<>();
        for (long t = 0; t <= 4; t++) periods.add(periodPoint(t, frontier));
        assertThat(periods.getLast().endHash()).isEqualTo(MockChain.hashOf(140));
        assertThat(periods.getLast().pillars().values().stream().mapToLong(ProducerDetail::factualNum).sum()).isEqualTo(20);

        ConsensusPoint epoch = Points.epoch(periods, MockChain.hashOf(frontier));
        assertThat(epoch.pillars().get("TEST-pillar-1").weight()).isEqualTo(W1);
        assertThat(epoch.pillars().values().stream().mapToLong(ProducerDetail::expectedNum).sum()).isEqualTo(150);
        assertThat(epoch.pillars().values().stream().mapToLong(ProducerDetail::factualNum).sum()).isEqualTo(139);
    }

    @Test
    void weightsAreAveragedWithTruncation() {
        Hash h0 = MockChain.hashOf(100), h1 = MockChain.hashOf(101), h2 = MockChain.hashOf(102), h3 = MockChain.hashOf(103);
        ConsensusPoint a = ConsensusPoint.of(h0, h1, Map.of("x", new ProducerDetail(1, 1, BigInteger.TEN)), BigInteger.TEN);
        ConsensusPoint b = ConsensusPoint.of(h1, h2, Map.of("x", new ProducerDetail(1, 0, BigInteger.valueOf(11)), "y", new ProducerDetail(0, 0, BigInteger.ONE)), BigInteger.valueOf(12));
        ConsensusPoint c = ConsensusPoint.of(h2, h3, Map.of("x", new ProducerDetail(1, 1, BigInteger.valueOf(11))), BigInteger.valueOf(11));
        ConsensusPoint e = Points.epoch(List.of(a, b, c), h3);
        assertThat(e.prevHash()).isEqualTo(h0);
        assertThat(e.pillars().get("x")).isEqualTo(new ProducerDetail(3, 2, BigInteger.TEN));
        assertThat(e.pillars().get("y")).isEqualTo(new ProducerDetail(0, 0, BigInteger.ZERO));
        assertThat(e.totalWeight()).isEqualTo(BigInteger.TEN);

        assertThatThrownBy(() -> Points.epoch(List.of(a, c), h3)).hasMessageContaining("failed to merge consensus points");
        assertThat(Points.epoch(List.of(), h3)).isEqualTo(ConsensusPoint.empty(h3));
    }

    @Test
    void emptyTickAndForeignProducer() {
        ElectionResult r = election.byTick(0);
        Hash end = MockChain.hashOf(1);
        ConsensusPoint empty = Points.period(r, end, List.of());
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.prevHash()).isEqualTo(end);
        assertThat(empty.pillars().values().stream().mapToLong(ProducerDetail::factualNum).sum()).isZero();
        assertThat(empty.pillars().values().stream().mapToLong(ProducerDetail::expectedNum).sum()).isEqualTo(30);

        Address stranger = Address.fromPublicKey(new byte[] {42});
        ConsensusPoint odd = Points.period(r, MockChain.hashOf(2), List.of(new TickMomentum(MockChain.hashOf(2), MockChain.hashOf(1), stranger)));
        assertThat(odd.pillars().get("")).isEqualTo(new ProducerDetail(0, 1, BigInteger.ZERO));
        assertThat(ConsensusPoint.decode(odd.encode())).isEqualTo(odd);
    }
}
