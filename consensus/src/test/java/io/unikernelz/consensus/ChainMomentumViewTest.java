package io.unikernelz.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.chain.Chain;
import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.chain.genesis.MockGenesis;
import io.unikernelz.core.types.Address;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The election over a real chain holding go-zenon's mock genesis gives go-zenon's producers (TestStateProducer). */
class ChainMomentumViewTest {
    @TempDir
    Path dir;

    @Test
    void mockGenesisChainElectsGoZenonsProducers() {
        MockGenesis mock = new MockGenesis();
        try (Chain chain = Chain.open(dir, Genesis.build(mock.config()))) {
            ChainMomentumView view = new ChainMomentumView(chain);
            MomentumRef genesis = ChainMomentumView.ref(chain.genesisMomentum());
            assertThat(view.activePillars(genesis)).extracting(MomentumView.Pillar::name)
                    .containsExactlyInAnyOrder("TEST-pillar-1", "TEST-pillar-cool", "TEST-pillar-znn");
            assertThat(view.delegations(genesis)).hasSize(8);

            Election election = new Election(ConsensusParams.defaults(MockGenesis.GENESIS_TIMESTAMP), view);
            // go-zenon zenon/mock/zenon_test.go TestStateProducer: producers of momentums 2..10 (slot i at genesis + 10 i)
            List<String> expected = List.of("z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju", "z1qqc8hqalt8je538849rf78nhgek30axq8h0g69",
                    "z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju", "z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju", "z1qqq43dyrswfehx9w9td43exflqzcxrt7g6alah",
                    "z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju", "z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju", "z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju",
                    "z1qqc8hqalt8je538849rf78nhgek30axq8h0g69");
            for (int h = 2; h <= 10; h++) {
                long ts = MockGenesis.GENESIS_TIMESTAMP + 10L * (h - 1);
                assertThat(election.producerAt(ts)).contains(Address.parse(expected.get(h - 2)));
            }
        }
    }
}
