package io.unikernelz.chain.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.chain.genesis.DevnetGenesis.DevnetPillar;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.StateLayer;
import io.unikernelz.store.ledger.MomentumStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevnetGenesisTest {
    private final MockGenesis keys = new MockGenesis();

    @Test
    void devnetGenesisPassesGoZenonsChecksAndFundsTheAccounts() throws Exception {
        List<DevnetPillar> pillars = List.of(new DevnetPillar("devnet-pillar-1", keys.pillar(1).address()),
                new DevnetPillar("devnet-pillar-2", keys.pillar(2).address()));
        List<Address> funded = List.of(keys.user(1).address(), keys.user(2).address(), keys.user(3).address());
        GenesisConfig cfg = DevnetGenesis.config(pillars, funded, 1_700_000_000L);
        assertThat(GenesisChecks.firstProblem(cfg)).isNull();
        // round trip through the JSON the devnet stores in its data directory
        assertThat(GenesisConfigReader.parse(GenesisConfigWriter.write(cfg))).isEqualTo(cfg);

        Genesis g = Genesis.build(cfg);
        StateLayer state = StateLayer.empty();
        state.apply(g.momentumChanges());
        MomentumStore ms = MomentumStore.writable(state);
        for (Address a : funded) {
            assertThat(ms.account(a).balance(TokenStandard.ZNN)).isEqualTo(DevnetGenesis.FUNDED_ZNN);
            assertThat(ms.account(a).balance(TokenStandard.QSR)).isEqualTo(DevnetGenesis.FUNDED_QSR);
        }
        assertThat(ms.account(Address.PILLAR).balance(TokenStandard.ZNN)).isEqualTo(DevnetGenesis.PILLAR_STAKE.multiply(java.math.BigInteger.TWO));
        assertThat(g.momentum().chainIdentifier()).isEqualTo(DevnetGenesis.CHAIN_IDENTIFIER);
    }

    @Test
    void needsPillarsAndFundedAccounts() {
        assertThatThrownBy(() -> DevnetGenesis.config(List.of(), List.of(keys.user(1).address()), 1)).hasMessageContaining("pillar");
        assertThatThrownBy(() -> DevnetGenesis.config(List.of(new DevnetPillar("p", keys.pillar(1).address())), List.of(), 1))
                .hasMessageContaining("funded");
    }
}
