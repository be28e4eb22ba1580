package io.unikernelz.chain.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.chain.SharedData;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.StateLayer;
import io.unikernelz.store.ledger.MomentumStore;
import java.math.BigInteger;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The three genesis hashes go-zenon asserts (chain/genesis/*_test.go). */
class GenesisHashTest {

    @Test
    void emptyTestGenesis() throws Exception {
        GenesisConfig cfg = GenesisConfigReader.parseUnchecked(Files.readAllBytes(SharedData.conformance("genesis/empty-genesis.json")));
        assertThat(Genesis.build(cfg).momentum().hash())
                .isEqualTo(Hash.parse("30a9c36aa27d0b441eff8328a277e417ae0f1661f298f6376858f6819492811a"));
    }

    @Test
    void mockTestGenesis() {
        MockGenesis mock = new MockGenesis();
        assertThat(mock.user(1).address()).isEqualTo(Address.parse("z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz"));
        GenesisConfig cfg = mock.config();
        assertThat(GenesisChecks.firstProblem(cfg)).isNull();
        assertThat(Genesis.build(cfg).momentum().hash())
                .isEqualTo(Hash.parse("0385d849ee33b94c8783288c148e3ae741c2ecec98b08b3f59d6bcc219168fe5"));
    }

    @Test
    void mainnetGenesisWithIntermediateValues() throws Exception {
        GenesisConfig cfg = GenesisConfigReader.read(SharedData.conformance("genesis/mainnet-genesis.json"));
        Genesis g = Genesis.build(cfg);
        assertThat(g.transactions()).hasSize(14094);
        assertThat(g.momentum().dataHash()).isEqualTo(Hash.parse("afec215ac4fde9e11df7f3e965ac0fbc4c4705225e9f6f91d4ba3dc84adcf8e6"));
        assertThat(g.momentum().content().hash()).isEqualTo(Hash.parse("1bfc9e7035ceba7e45f6ab0fa40c448fc060b17ec31201fa51fa67a11b1ca577"));
        assertThat(g.momentum().changesHash()).isEqualTo(Hash.parse("fe37ddbea9fc05b16cd91e8b50d6aa74c1754f00f3339c3512717fe92fdb3d78"));
        assertThat(g.momentum().hash()).isEqualTo(Hash.parse("9e204601d1b7b1427fe12bc82622e610d8a6ad43c40abf020eb66e538bb8eeb0"));
    }

    @Test
    void mainnetGenesisStateAnswersBalanceQueries() throws Exception {
        GenesisConfig cfg = GenesisConfigReader.read(SharedData.conformance("genesis/mainnet-genesis.json"));
        Genesis g = Genesis.build(cfg);
        StateLayer state = StateLayer.empty();
        state.apply(g.momentumChanges());
        MomentumStore ms = MomentumStore.writable(state);
        ms.setFrontierMomentum(g.momentum());
        assertThat(ms.frontierMomentum().orElseThrow().hash()).isEqualTo(g.momentum().hash());
        for (var b : cfg.genesisBlocks().blocks().subList(0, 50)) {
            b.balanceList().forEach((zts, amount) -> assertThat(ms.account(b.address()).balance(zts)).isEqualTo(amount));
        }
        BigInteger pillarStake = cfg.pillarConfig().pillars().stream().map(GenesisConfig.Pillar::amount).reduce(BigInteger.ZERO, BigInteger::add);
        assertThat(ms.account(Address.PILLAR).balance(TokenStandard.ZNN)).isEqualTo(pillarStake);
        assertThat(ms.znnWeight(Address.PILLAR)).isEqualTo(pillarStake);
        var first = g.transactions().get(0).block();
        assertThat(ms.confirmationHeight(first.hash())).isEqualTo(1);
        assertThat(ms.accountBlockByHash(first.hash()).orElseThrow()).isEqualTo(first);
    }
}
