package io.unikernelz.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.chain.genesis.MockGenesis;
import io.unikernelz.consensus.mock.MockZenon;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.PillarReader;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contracts' consensus data over a real chain produced by the mock harness with go-zenon's one-hour test epochs
 * (go-zenon {@code vm/embedded/tests/pillar_test.go}: TestConsensus_1, TestConsensus_2 and the currentStats of
 * TestPillar_RegisterRevokeRegisterPillar).
 */
class ConsensusPillarReadersTest {
    private static final String P1 = "TEST-pillar-1";
    private static final String COOL = "TEST-pillar-cool";
    private static final String ZNN = "TEST-pillar-znn";
    private static final long G = MockGenesis.GENESIS_TIMESTAMP;

    private static BigInteger znn(long whole) {
        return BigInteger.valueOf(whole).multiply(BigInteger.valueOf(MockGenesis.ZEXP));
    }

    @TempDir
    Path dir;

    private static PillarReader frontierReader(MockZenon z) {
        return z.pillars.at(z.chain.frontierMomentum().identifier());
    }

    private static PillarReader readerAt(MockZenon z, long height) {
        return z.pillars.at(z.chain.read(ms -> ms.momentumByHeight(height)).orElseThrow().identifier());
    }

    /** User 1 moves its 12,000 ZNN of weight from TEST-pillar-1 to TEST-pillar-cool. */
    private static void delegateUser1ToCool(MockZenon z) {
        AccountBlock send = z.callContract(AccountBlock.builder()
                .address(z.g.user(1).address())
                .toAddress(Address.PILLAR)
                .data(Abis.PILLAR.encodeMethod("Delegate", COOL))
                .tokenStandard(TokenStandard.ZNN)
                .amount(BigInteger.ZERO)
                .build());
        z.insertNewMomentum();
        assertThat(z.contractError(send.hash())).isEmpty();
    }

    /** The VM lines with {@code message}, in go-zenon's logfmt without the time. */
    private static List<String> lines(MockZenon z, String message) {
        List<String> out = new ArrayList<>();
        for (VmLog.Record r : z.vmLog()) {
            if (!r.message().equals(message)) continue;
            StringBuilder sb = new StringBuilder("lvl=").append(r.level().logfmt()).append(" msg=\"").append(r.message()).append('"');
            for (int i = 0; i < r.context().size(); i += 2) {
                String v = r.context().get(i + 1);
                sb.append(' ').append(r.context().get(i)).append('=').append(v.contains(" ") ? '"' + v + '"' : v);
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static String reward(long epoch, String name, String reward, long selfWeight) {
        return "lvl=dbug msg=\"computer pillar-reward\" module=embedded contract=pillar epoch=" + epoch + " pillar-name=" + name
                + " reward=\"&{" + reward + "}\" total-weight=2500000000000 self-weight=" + selfWeight;
    }

    /** The three reward lines of an epoch in which User 1 backs TEST-pillar-1 (go-zenon's epoch 0) or TEST-pillar-cool. */
    private static List<String> rewards(long epoch, boolean user1OnCool) {
        String cool = "DelegationReward:+8064000000 BlockReward:+9999999960 TotalReward:+18063999960 ProducedBlockNum:120 ExpectedBlockNum:120 Weight:+1400000000000";
        String p1 = "DelegationReward:+5184000000 BlockReward:+9999999960 TotalReward:+15183999960 ProducedBlockNum:120 ExpectedBlockNum:120 Weight:+900000000000";
        String znnLine = "DelegationReward:+1152000000 BlockReward:+9999999960 TotalReward:+11151999960 ProducedBlockNum:120 ExpectedBlockNum:120 Weight:+200000000000";
        if (user1OnCool) {
            return List.of(reward(epoch, P1, p1, 900000000000L), reward(epoch, COOL, cool, 1400000000000L), reward(epoch, ZNN, znnLine, 200000000000L));
        }
        return List.of(
                reward(epoch, P1, "DelegationReward:+11995200000 BlockReward:+9916666627 TotalReward:+21911866627 ProducedBlockNum:119 ExpectedBlockNum:120 Weight:+2100000000000",
                        2100000000000L),
                reward(epoch, COOL, "DelegationReward:+1152000000 BlockReward:+9999999960 TotalReward:+11151999960 ProducedBlockNum:120 ExpectedBlockNum:120 Weight:+200000000000",
                        200000000000L),
                reward(epoch, ZNN, znnLine, 200000000000L));
    }

    private static PillarReader.EpochPillarStats stats(long epoch, long produced, long expected, BigInteger weight, String name) {
        return new PillarReader.EpochPillarStats(epoch, produced, expected, weight, name);
    }

    /**
     * TestPillar_RegisterRevokeRegisterPillar's pillar.getAll at height 17: the current epoch's produced/expected
     * momentums (4/10, 6/10, 6/10: momentums 2…17 of tick 0, whose 30 slots the three pillars share) and the weights.
     */
    @Test
    void currentStatsEarlyInTheFirstEpoch() {
        try (MockZenon z = MockZenon.withEpochDuration(dir, Duration.ofHours(1))) {
            z.insertMomentumsTo(17);
            PillarReader reader = frontierReader(z);
            PillarReader.EpochStats current = reader.epochStats(reader.epochTicker().toTick(z.chain.frontierMomentum().timestamp()));
            assertThat(current.epoch()).isZero();
            assertThat(current.pillars()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    P1, stats(0, 4, 10, znn(21_000), P1),
                    COOL, stats(0, 6, 10, znn(2_000), COOL),
                    ZNN, stats(0, 6, 10, znn(2_000), ZNN)));
            assertThat(current.totalBlocks()).isEqualTo(16);
            assertThat(current.totalWeight()).isEqualTo(znn(25_000));
            assertThat(reader.pillarWeights()).containsExactlyInAnyOrderEntriesOf(Map.of(P1, znn(21_000), COOL, znn(2_000), ZNN, znn(2_000)));

            PillarReader.EpochTicker epochs = reader.epochTicker();
            assertThat(epochs.startTime(1)).isEqualTo(G + 3600);
            assertThat(epochs.endTime(1)).isEqualTo(G + 7200);
            assertThat(epochs.toTick(G + 3599)).isZero();
            assertThat(epochs.toTick(G + 3600)).isEqualTo(1);

            assertThatThrownBy(() -> reader.epochStats(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("epoch 1 has not started");
            assertThatThrownBy(() -> z.pillars.at(new HashHeight(Hash.ZERO, 5))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is not part of the chain");
            assertThatThrownBy(() -> z.pillars.at(new HashHeight(Hash.ZERO, 500))).isInstanceOf(IllegalStateException.class);
        }
    }

    /**
     * TestConsensus_1: User 1 delegates to TEST-pillar-cool at momentum 301, too late to change epoch 0's elections
     * (the proof of its last tick is momentum 300) and in time for all of epoch 1. The pillar contract's rewards, which
     * read the stats through these readers, match go-zenon's log line for line.
     */
    @Test
    void delegationBetweenEpochsMovesTheWholeNextEpoch() {
        try (MockZenon z = MockZenon.withEpochDuration(dir, Duration.ofHours(1))) {
            z.insertMomentumsTo(300);
            delegateUser1ToCool(z);
            z.insertMomentumsTo(360 * 4);
            z.insertNewMomentum();

            assertThat(lines(z, "delegating to pillar")).containsExactly("lvl=info msg=\"delegating to pillar\" module=embedded contract=pillar"
                    + " address=" + z.g.user(1).address() + " pillar-name=" + COOL + " height=301");
            List<String> expected = new ArrayList<>(rewards(0, false));
            expected.addAll(rewards(1, true));
            expected.addAll(rewards(2, true));
            assertThat(lines(z, "computer pillar-reward")).containsExactlyElementsOf(expected);

            PillarReader reader = frontierReader(z);
            PillarReader.EpochStats epoch0 = reader.epochStats(0);
            assertThat(epoch0.pillars()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    P1, stats(0, 119, 120, znn(21_000), P1),
                    COOL, stats(0, 120, 120, znn(2_000), COOL),
                    ZNN, stats(0, 120, 120, znn(2_000), ZNN)));
            assertThat(epoch0.totalBlocks()).isEqualTo(359);
            assertThat(epoch0.totalWeight()).isEqualTo(znn(25_000));
            assertThat(reader.epochStats(1).pillars().get(COOL)).isEqualTo(stats(1, 120, 120, znn(14_000), COOL));
            assertThat(reader.epochStats(1).totalBlocks()).isEqualTo(360);

            // epoch-average backers: User 1 fully on TEST-pillar-1 in epoch 0 and fully on TEST-pillar-cool in epoch 1
            Address user1 = z.g.user(1).address();
            assertThat(reader.pillarDelegationsByEpoch(0).get(P1).backers()).containsEntry(user1, znn(12_000));
            assertThat(reader.pillarDelegationsByEpoch(0).get(COOL).backers()).doesNotContainKey(user1);
            Map<String, PillarReader.PillarDelegationDetail> epoch1 = reader.pillarDelegationsByEpoch(1);
            assertThat(epoch1.get(COOL).backers()).containsEntry(user1, znn(12_000));
            assertThat(epoch1.get(COOL).weight()).isEqualTo(znn(14_000));
            assertThat(epoch1.get(COOL).producing()).isEqualTo(z.g.pillar(2).address());
            assertThat(epoch1.get(P1).weight()).isEqualTo(znn(9_000));

            // a reader fixed at momentum 400 (tick 13 of epoch 1) sees epoch 0 as the frontier does and epoch 1 so far
            PillarReader at400 = readerAt(z, 400);
            assertThat(at400.epochStats(0)).isEqualTo(epoch0);
            PillarReader.EpochStats partial = at400.epochStats(1);
            assertThat(partial.totalBlocks()).isEqualTo(40);
            assertThat(partial.pillars().values().stream().mapToLong(PillarReader.EpochPillarStats::expectedBlockNum).sum()).isEqualTo(60);
            assertThat(partial.pillars().get(COOL).weight()).isEqualTo(znn(14_000));
            assertThatThrownBy(() -> at400.epochStats(2)).isInstanceOf(IllegalStateException.class);
            // weights of the last finished tick: tick 11's proof (momentum 300) predates the delegation, tick 12's does not
            assertThat(readerAt(z, 361).pillarWeights()).containsEntry(COOL, znn(2_000));
            assertThat(readerAt(z, 391).pillarWeights()).containsEntry(COOL, znn(14_000));
        }
    }

    /**
     * TestConsensus_2: the delegation lands at momentum 541, in the middle of epoch 1, so the last 4 of its 12
     * elections (proofs from momentum 570 on) see it: averaged weights 1.7T / 0.6T, and the backers' epoch averages.
     */
    @Test
    void delegationInsideAnEpochIsAveragedOverItsTicks() {
        try (MockZenon z = MockZenon.withEpochDuration(dir, Duration.ofHours(1))) {
            z.insertMomentumsTo(540);
            delegateUser1ToCool(z);
            z.insertMomentumsTo(360 * 5);

            List<String> expected = new ArrayList<>(rewards(0, false));
            expected.addAll(List.of(
                    reward(1, P1, "DelegationReward:+9792000000 BlockReward:+9999999960 TotalReward:+19791999960 ProducedBlockNum:120 ExpectedBlockNum:120 Weight:+1700000000000",
                            1700000000000L),
                    reward(1, COOL, "DelegationReward:+3456000000 BlockReward:+9999999960 TotalReward:+13455999960 ProducedBlockNum:120 ExpectedBlockNum:120 Weight:+600000000000",
                            600000000000L),
                    reward(1, ZNN, "DelegationReward:+1152000000 BlockReward:+9999999960 TotalReward:+11151999960 ProducedBlockNum:120 ExpectedBlockNum:120 Weight:+200000000000",
                            200000000000L)));
            expected.addAll(rewards(2, true));
            expected.addAll(rewards(3, true));
            assertThat(lines(z, "computer pillar-reward")).containsExactlyElementsOf(expected);

            PillarReader reader = frontierReader(z);
            PillarReader.EpochStats epoch1 = reader.epochStats(1);
            assertThat(epoch1.pillars().get(P1).weight()).isEqualTo(znn(17_000));
            assertThat(epoch1.pillars().get(COOL).weight()).isEqualTo(znn(6_000));
            assertThat(epoch1.totalWeight()).isEqualTo(znn(25_000));

            Address user1 = z.g.user(1).address();
            Map<String, PillarReader.PillarDelegationDetail> delegations = reader.pillarDelegationsByEpoch(1);
            assertThat(delegations.get(P1).backers()).containsEntry(user1, znn(8_000));
            assertThat(delegations.get(COOL).backers()).containsEntry(user1, znn(4_000));
            assertThat(delegations.get(P1).weight()).isEqualTo(znn(17_000));
        }
    }
}
