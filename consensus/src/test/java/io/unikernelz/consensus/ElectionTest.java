package io.unikernelz.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Address;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElectionTest {
    private static final JsonNode MOCK = Vectors.json("conformance/consensus/election-vectors.json").path("07_mock_genesis_chain");

    private final MockChain chain = MockChain.fromVectors(MOCK, 400);
    private final ConsensusParams params = ConsensusParams.defaults(chain.genesis);
    private final Election election = new Election(params, chain);

    @Test
    void mockChainTicksZeroToEleven() {
        assertThat(MOCK.path("ticks").size()).isEqualTo(12);
        for (JsonNode t : MOCK.path("ticks")) {
            long tick = t.path("tick").asLong();
            ElectionResult r = election.byTick(tick);
            assertThat(r.tick()).isEqualTo(tick);
            assertThat(r.startTime()).isEqualTo(t.path("tick_start_unix").asLong());
            assertThat(r.endTime()).isEqualTo(r.startTime() + 300);
            assertThat(params.proofTime(tick)).isEqualTo(t.path("proof_time_unix").asLong());
            assertThat(r.proof().height()).isEqualTo(Vectors.int64(t.path("proof_momentum_height")));
            assertThat(r.proof().hash()).isEqualTo(MockChain.hashOf(r.proof().height()));
            assertThat(r.producers().stream().map(ProducerSlot::name).toList()).as("tick %d", tick)
                    .isEqualTo(Vectors.strings(t.path("producers")));

            int[] heights = Vectors.ints(t.path("momentum_height_per_slot"));
            for (int i = 0; i < 30; i++) {
                ProducerSlot slot = r.producers().get(i);
                assertThat(slot.startTime()).isEqualTo(params.slotStart(tick, i)).isEqualTo(chain.momentum(heights[i]).timestamp());
                assertThat(slot.endTime()).isEqualTo(slot.startTime() + 10);
                assertThat(election.producerAt(slot.startTime())).contains(slot.producer());
                assertThat(election.isExpectedProducer(slot.startTime(), slot.producer())).isTrue();
            }
            assertThat(r.delegations()).extracting(PillarDelegation::name).containsExactly("TEST-pillar-1", "TEST-pillar-cool", "TEST-pillar-znn");
        }
    }

    @Test
    void goZenonMockExpectations() {
        Map<String, Address> byName = new HashMap<>();
        for (JsonNode p : MOCK.path("pillars")) byName.put(p.path("name").asText(), Address.parse(p.path("producing_address").asText()));
        for (JsonNode exp : MOCK.path("go_zenon_expectations")) {
            if (exp.has("momentum_heights")) {
                // TestStateProducer: the producer of momentum h.
                int[] heights = Vectors.ints(exp.path("momentum_heights"));
                List<String> addresses = Vectors.strings(exp.path("expected_producer_addresses"));
                for (int i = 0; i < heights.length; i++) {
                    long ts = chain.momentum(heights[i]).timestamp();
                    assertThat(election.producerAt(ts)).map(Address::toString).contains(addresses.get(i));
                }
            } else if (exp.path("expected").isObject()) {
                // currentStats: producers of slots 1..16 of tick 0.
                Map<String, Integer> counts = new HashMap<>();
                List<ProducerSlot> slots = election.byTick(0).producers();
                for (int i = 1; i <= 16; i++) counts.merge(slots.get(i).name(), 1, Integer::sum);
                exp.path("expected").properties().forEach(e -> assertThat(counts.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue().asInt()));
            }
        }
        assertThat(election.byTick(0).producers().getFirst().producer()).isEqualTo(byName.get("TEST-pillar-1"));
    }

    @Test
    void timestampsOffTheSlotGridHaveNoProducer() {
        long slot3 = params.slotStart(0, 3);
        assertThat(election.producerAt(slot3 + 1)).isEmpty();
        assertThat(election.isExpectedProducer(slot3 + 9, election.producerAt(slot3).orElseThrow())).isFalse();
        assertThat(election.byTime(slot3 + 9).tick()).isZero();
    }

    @Test
    void cachesByProofHash() {
        election.byTick(0);
        int queries = chain.stateQueries.get();
        // Ticks 0 and 1 share the genesis proof; repeating either hits the cache.
        election.byTick(1);
        election.byTick(0);
        assertThat(chain.stateQueries.get()).isEqualTo(queries);
        election.byTick(2);
        assertThat(chain.stateQueries.get()).isEqualTo(queries + 1);
    }

    @Test
    void onMomentumInsertedPrecomputesTheNextProof() {
        // A momentum in tick 3 completes tick 2, whose last momentum (height 90) is the proof for tick 4.
        election.onMomentumInserted(chain.momentum(95));
        int queries = chain.stateQueries.get();
        assertThat(election.byTick(4).proof().height()).isEqualTo(90);
        assertThat(chain.stateQueries.get()).isEqualTo(queries);
        election.onMomentumInserted(chain.momentum(5));
    }

    @Test
    void storedElectionDataIsUsed() {
        ElectionCache cache = ElectionCache.inMemory(4);
        Election e = new Election(params, chain, cache);
        ElectionData data = e.electionData(chain.momentum(1));
        assertThat(cache.get(MockChain.hashOf(1))).contains(data);
        assertThat(ElectionData.decode(data.encode())).isEqualTo(data);
        assertThat(data.producers()).hasSize(30);
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> election.byTime(chain.genesis - 1)).isInstanceOf(ElectionException.class).hasMessageContaining("before the genesis");
        assertThatThrownBy(() -> election.byTick(-1)).isInstanceOf(ElectionException.class);
        MockChain empty = new MockChain(chain.genesis, 10, 400);
        assertThatThrownBy(() -> new Election(params, empty).byTick(0)).isInstanceOf(ElectionException.class).hasMessageContaining("no active pillars");
        // A view with no momentum before the proof time.
        Election lateElection = new Election(ConsensusParams.defaults(chain.genesis - 5), chain);
        assertThatThrownBy(() -> lateElection.byTick(0)).isInstanceOf(ElectionException.class).hasMessageContaining("no momentum before time");
    }

    @Test
    void delegationsByTickAndEpoch() {
        List<PillarDelegationDetail> tick0 = election.delegationsByTick(0);
        assertThat(tick0).extracting(PillarDelegationDetail::weight)
                .containsExactly(BigInteger.valueOf(2_100_000_000_000L), BigInteger.valueOf(200_000_000_000L), BigInteger.valueOf(200_000_000_000L));
        assertThat(tick0.getFirst().backers()).hasSize(3);

        // Mock epochs of one hour (12 ticks); the frontier covers them all and weights never change.
        MockChain c = MockChain.fromVectors(MOCK, 400);
        Election hourly = new Election(new ConsensusParams(c.genesis, 10, 30, 15, 3600), c);
        Map<String, PillarDelegationDetail> epoch0 = hourly.delegationsByEpoch(0);
        assertThat(epoch0.get("TEST-pillar-1").weight()).isEqualTo(BigInteger.valueOf(2_100_000_000_000L));
        assertThat(epoch0.get("TEST-pillar-znn").backers().values()).containsExactlyInAnyOrder(
                BigInteger.valueOf(100_000_000_000L), BigInteger.valueOf(50_000_000_000L), BigInteger.valueOf(50_000_000_000L));
    }

    @Test
    void weightsIgnoreDelegationsToUnknownPillarsAndCountZeroForUndelegated() {
        MockChain c = MockChain.fromVectors(MOCK, 10);
        c.delegate("Stray", "no-such-pillar", 5000);
        c.pillars.add(new MomentumView.Pillar("lonely", Address.fromPublicKey(new byte[] {9})));
        List<PillarDelegation> weights = PillarWeights.compute(c, c.momentum(1));
        assertThat(weights).extracting(PillarDelegation::name).containsExactly("TEST-pillar-1", "TEST-pillar-cool", "TEST-pillar-znn", "lonely");
        assertThat(weights.getLast().weight()).isZero();
    }
}
