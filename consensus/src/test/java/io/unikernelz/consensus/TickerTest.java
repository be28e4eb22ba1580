package io.unikernelz.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TickerTest {
    private static final long GENESIS = 1_637_755_200L;
    private final ConsensusParams p = ConsensusParams.defaults(GENESIS);

    @Test
    void defaultsAreGoZenons() {
        assertThat(p.blockTimeSec()).isEqualTo(10);
        assertThat(p.nodeCount()).isEqualTo(30);
        assertThat(p.randCount()).isEqualTo(15);
        assertThat(p.tickSec()).isEqualTo(300);
        assertThat(p.epochSec()).isEqualTo(86_400);
        assertThat(p.ticksPerEpoch()).isEqualTo(288);
        assertThat(p.electionTicker().tickMultiplier(p.epochTicker())).isEqualTo(288);
    }

    @Test
    void ticksAndSlots() {
        Ticker t = p.electionTicker();
        assertThat(t.toTick(GENESIS)).isZero();
        assertThat(t.toTick(GENESIS + 299)).isZero();
        assertThat(t.toTick(GENESIS + 300)).isEqualTo(1);
        assertThat(t.tickStart(7)).isEqualTo(GENESIS + 2100);
        assertThat(t.tickEnd(7)).isEqualTo(GENESIS + 2400);
        assertThat(p.slotStart(7, 0)).isEqualTo(GENESIS + 2100);
        assertThat(p.slotStart(7, 29)).isEqualTo(GENESIS + 2390);
        assertThat(p.epochTicker().toTick(GENESIS + 86_399)).isZero();
        assertThat(p.epochTicker().toTick(GENESIS + 86_400)).isEqualTo(1);
    }

    @Test
    void proofTime() {
        assertThat(p.proofTime(0)).isEqualTo(GENESIS + 1);
        assertThat(p.proofTime(1)).isEqualTo(GENESIS + 1);
        assertThat(p.proofTime(2)).isEqualTo(GENESIS + 300);
        assertThat(p.proofTime(10)).isEqualTo(GENESIS + 2700);
    }

    @Test
    void devnetBlockTime() {
        ConsensusParams fast = p.withBlockTime(1);
        assertThat(fast.tickSec()).isEqualTo(30);
        assertThat(fast.ticksPerEpoch()).isEqualTo(288);
        assertThat(fast.slotStart(2, 5)).isEqualTo(GENESIS + 65);
        assertThat(fast.proofTime(3)).isEqualTo(GENESIS + 60);
    }

    @Property
    void everyTimeLiesInItsTick(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long offset) {
        Ticker t = p.electionTicker();
        long tick = t.toTick(GENESIS + offset);
        assertThat(t.tickStart(tick)).isLessThanOrEqualTo(GENESIS + offset);
        assertThat(t.tickEnd(tick)).isGreaterThan(GENESIS + offset);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> p.electionTicker().toTick(GENESIS - 1)).hasMessageContaining("before the ticker start");
        assertThatThrownBy(() -> p.electionTicker().tickStart(-1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> p.slotStart(0, 30)).hasMessageContaining("slot");
        assertThatThrownBy(() -> new ConsensusParams(GENESIS, 10, 30, 15, 1000)).hasMessageContaining("multiple");
        assertThatThrownBy(() -> new ConsensusParams(GENESIS, 0, 30, 15, 86_400)).hasMessageContaining("block time");
        assertThatThrownBy(() -> new ConsensusParams(GENESIS, 10, 30, 31, 86_400)).hasMessageContaining("rand count");
        assertThatThrownBy(() -> new Ticker(GENESIS, 300).tickMultiplier(new Ticker(GENESIS + 1, 600))).hasMessageContaining("different");
        assertThatThrownBy(() -> new Ticker(GENESIS, 300).tickMultiplier(new Ticker(GENESIS, 450))).hasMessageContaining("multiple");
        assertThatThrownBy(() -> new Ticker(GENESIS, 300).tickMultiplier(new Ticker(GENESIS, 200))).hasMessageContaining("shorter");
    }
}
