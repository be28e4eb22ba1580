package io.unikernelz.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.types.Hash;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Points over a real chain with empty ticks (the layout of {@link ChainTickerTest}), and when finished points are
 * stored, reused and recomputed.
 */
class ConsensusPointsTest {
    private static final BigInteger W1 = BigInteger.valueOf(2_100_000_000_000L);
    private static final BigInteger W2 = BigInteger.valueOf(200_000_000_000L);

    @TempDir
    Path dir;

    private SlotChain c;
    private PointStore store;
    private ConsensusPoints points;

    @BeforeEach
    void build() {
        c = new SlotChain(dir.resolve("nom"), SlotChain.hourEpochs());
        c.produceRange(10, 100);
        c.produceRange(600, 610);
        c.produceRange(3600, 3610);
        store = PointStore.inMemory(100);
        points = new ConsensusPoints(c.chain, c.election, store);
    }

    @AfterEach
    void close() {
        c.close();
    }

    private static long sum(ConsensusPoint p, boolean expected) {
        return p.pillars().values().stream().mapToLong(d -> expected ? d.expectedNum() : d.factualNum()).sum();
    }

    @Test
    void periodPointsFollowTheChain() {
        ConsensusPoint tick0 = points.periodPoint(0, c.at(15)).orElseThrow();
        assertThat(tick0.prevHash()).isEqualTo(c.at(1).hash());
        assertThat(tick0.endHash()).isEqualTo(c.at(11).hash());
        assertThat(sum(tick0, false)).isEqualTo(10);
        assertThat(sum(tick0, true)).isEqualTo(30);
        assertThat(tick0.totalWeight()).isEqualTo(W1.add(W2).add(W2));

        // an empty tick: anchored at the previous end block, all slots missed
        ConsensusPoint tick1 = points.periodPoint(1, c.at(15)).orElseThrow();
        assertThat(tick1.isEmpty()).isTrue();
        assertThat(tick1.endHash()).isEqualTo(c.at(11).hash());
        assertThat(sum(tick1, false)).isZero();
        assertThat(sum(tick1, true)).isEqualTo(30);
        assertThat(tick1.pillars().get("TEST-pillar-1").weight()).isEqualTo(W1);

        assertThat(points.periodPoint(13, c.at(15))).isEmpty();
        assertThat(points.periodPoint(1, c.at(5))).isEmpty();
    }

    @Test
    void epochPointsMergeThroughEmptyTicks() {
        ConsensusPoint epoch0 = points.epochPoint(0, c.at(15)).orElseThrow();
        assertThat(epoch0.prevHash()).isEqualTo(c.at(1).hash());
        assertThat(epoch0.endHash()).isEqualTo(c.at(13).hash());
        assertThat(sum(epoch0, false)).isEqualTo(12);
        assertThat(sum(epoch0, true)).isEqualTo(360);
        // the delegations never change, so the averaged weights are the weights
        assertThat(epoch0.pillars().get("TEST-pillar-1").weight()).isEqualTo(W1);
        assertThat(epoch0.totalWeight()).isEqualTo(W1.add(W2).add(W2));

        // epoch 1 so far: only tick 12 has started, and the weights are divided by that one present point
        ConsensusPoint epoch1 = points.epochPoint(1, c.at(15)).orElseThrow();
        assertThat(epoch1.prevHash()).isEqualTo(c.at(13).hash());
        assertThat(epoch1.endHash()).isEqualTo(c.at(15).hash());
        assertThat(sum(epoch1, false)).isEqualTo(2);
        assertThat(sum(epoch1, true)).isEqualTo(30);
        assertThat(epoch1.pillars().get("TEST-pillar-cool").weight()).isEqualTo(W2);

        // as of momentum 5, epoch 0 holds tick 0 only, up to momentum 5
        ConsensusPoint early = points.epochPoint(0, c.at(5)).orElseThrow();
        assertThat(early.endHash()).isEqualTo(c.at(5).hash());
        assertThat(sum(early, false)).isEqualTo(4);
        assertThat(sum(early, true)).isEqualTo(30);
        assertThat(points.epochPoint(1, c.at(13))).isEmpty();
    }

    @Test
    void onlyFinishedPointsAreStored() {
        // epoch 1 and its tick 12 are still running: computed, not stored
        points.epochPoint(1, c.at(15));
        assertThat(store.get(PointStore.Kind.PERIOD, 12)).isEmpty();
        assertThat(store.get(PointStore.Kind.EPOCH, 1)).isEmpty();
        // epoch 0 and all its ticks are finished
        ConsensusPoint epoch0 = points.epochPoint(0, c.at(15)).orElseThrow();
        for (long t = 0; t < 12; t++) assertThat(store.get(PointStore.Kind.PERIOD, t)).as("period %d", t).isPresent();
        assertThat(store.get(PointStore.Kind.EPOCH, 0)).contains(epoch0);
        // as of momentum 13 epoch 0 is not finished yet (it ends at momentum 13, but the frontier is still inside it)
        PointStore fresh = PointStore.inMemory(100);
        new ConsensusPoints(c.chain, c.election, fresh).epochPoint(0, c.at(13));
        assertThat(fresh.get(PointStore.Kind.EPOCH, 0)).isEmpty();
        assertThat(fresh.get(PointStore.Kind.PERIOD, 2)).isEmpty();
        assertThat(fresh.get(PointStore.Kind.PERIOD, 1)).isPresent();

        // an older view recomputes (other end block) and leaves the finished point alone
        ConsensusPoint tick0 = store.get(PointStore.Kind.PERIOD, 0).orElseThrow();
        assertThat(points.periodPoint(0, c.at(5)).orElseThrow().endHash()).isEqualTo(c.at(5).hash());
        assertThat(store.get(PointStore.Kind.PERIOD, 0)).contains(tick0);
    }

    @Test
    void storedPointsAreUsedWhileTheirEndHashMatches() {
        points.epochPoint(0, c.at(15));
        ConsensusPoint real = store.get(PointStore.Kind.PERIOD, 2).orElseThrow();

        // same end hash: the stored point is trusted as is
        ConsensusPoint doctored = ConsensusPoint.of(real.prevHash(), real.endHash(), Map.of("marker", new ProducerDetail(1, 1, BigInteger.ONE)), BigInteger.ONE);
        store.put(PointStore.Kind.PERIOD, 2, doctored);
        assertThat(points.periodPoint(2, c.at(15))).contains(doctored);

        // another end hash (a chain that changed): recomputed from the chain and stored again
        ConsensusPoint stale = ConsensusPoint.empty(Hash.of(new byte[] {7}));
        store.put(PointStore.Kind.PERIOD, 2, stale);
        assertThat(points.periodPoint(2, c.at(15))).contains(real);
        assertThat(store.get(PointStore.Kind.PERIOD, 2)).contains(real);

        store.put(PointStore.Kind.EPOCH, 0, stale);
        ConsensusPoint epoch0 = points.epochPoint(0, c.at(15)).orElseThrow();
        assertThat(epoch0.endHash()).isEqualTo(c.at(13).hash());
        assertThat(store.get(PointStore.Kind.EPOCH, 0)).contains(epoch0);
    }

    @Test
    void consensusDbGivesTheSamePointsAndKeepsThemAcrossRestarts() {
        ConsensusPoint expected = points.epochPoint(0, c.at(15)).orElseThrow();
        Path db = dir.resolve("consensus");
        try (ConsensusDb persistent = ConsensusDb.open(db)) {
            ConsensusPoints onDisk = new ConsensusPoints(c.chain, new Election(c.election.params(), new ChainMomentumView(c.chain), persistent), persistent);
            assertThat(onDisk.epochPoint(0, c.at(15))).contains(expected);
        }
        try (ConsensusDb reopened = ConsensusDb.open(db)) {
            assertThat(reopened.get(PointStore.Kind.EPOCH, 0)).contains(expected);
            assertThat(reopened.get(PointStore.Kind.PERIOD, 11)).contains(store.get(PointStore.Kind.PERIOD, 11).orElseThrow());
            // the elections of every tick went in too, keyed by proof hash
            Hash genesis = c.at(1).hash();
            assertThat(reopened.get(genesis)).contains(c.election.electionData(ChainMomentumView.ref(c.at(1))));
        }
    }
}
