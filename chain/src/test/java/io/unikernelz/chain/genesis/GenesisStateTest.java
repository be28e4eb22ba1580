package io.unikernelz.chain.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.chain.Chain;
import io.unikernelz.chain.SharedData;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.StateEntry;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.embedded.definition.DelegationInfo;
import io.unikernelz.vm.embedded.definition.FusedAmount;
import io.unikernelz.vm.embedded.definition.FusionInfo;
import io.unikernelz.vm.embedded.definition.LegacyPillarEntry;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import io.unikernelz.vm.embedded.definition.SwapAssets;
import io.unikernelz.vm.embedded.definition.TokenInfo;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After loading a genesis into a real data directory, chain queries return what the genesis JSON says. */
class GenesisStateTest {
    @TempDir
    Path dir;

    private static StateReader storage(io.unikernelz.store.ledger.MomentumStore ms, Address contract) {
        return ms.account(contract).storageReader();
    }

    @Test
    void mainnetGenesisStateMatchesTheJson() throws Exception {
        GenesisConfig cfg = GenesisConfigReader.read(SharedData.conformance("genesis/mainnet-genesis.json"));
        try (Chain chain = Chain.open(dir, Genesis.build(cfg))) {
            chain.read(ms -> {
                // balances of a spread of accounts
                var blocks = cfg.genesisBlocks().blocks();
                for (int i = 0; i < blocks.size(); i += 97) {
                    var b = blocks.get(i);
                    b.balanceList().forEach((zts, amount) -> assertThat(ms.account(b.address()).balance(zts)).isEqualTo(amount));
                }
                // tokens
                for (var t : cfg.tokenConfig().tokens()) {
                    TokenInfo info = TokenInfo.decode(TokenInfo.key(t.tokenStandard()), storage(ms, Address.TOKEN).get(TokenInfo.key(t.tokenStandard())));
                    assertThat(info.tokenSymbol()).isEqualTo(t.tokenSymbol());
                    assertThat(info.totalSupply()).isEqualTo(t.totalSupply());
                    assertThat(info.maxSupply()).isEqualTo(t.maxSupply());
                    assertThat(info.owner()).isEqualTo(t.owner());
                }
                // pillars
                List<StateEntry> pillars = storage(ms, Address.PILLAR).entries(new byte[] {PillarInfo.PREFIX});
                assertThat(pillars).hasSize(cfg.pillarConfig().pillars().size());
                for (var p : cfg.pillarConfig().pillars()) {
                    PillarInfo info = PillarInfo.decodeValue(storage(ms, Address.PILLAR).get(PillarInfo.key(p.name())));
                    assertThat(info.blockProducingAddress()).isEqualTo(p.blockProducingAddress());
                    assertThat(info.amount()).isEqualTo(p.amount());
                    assertThat(info.giveDelegateRewardPercentage()).isEqualTo(p.giveDelegateRewardPercentage());
                }
                for (var l : cfg.pillarConfig().legacyEntries()) {
                    byte[] key = LegacyPillarEntry.key(l.keyIdHash());
                    assertThat(LegacyPillarEntry.decode(key, storage(ms, Address.PILLAR).get(key)).pillarCount()).isEqualTo(l.pillarCount());
                }
                // swap entries
                var entries = cfg.swapConfig().entries();
                for (int i = 0; i < entries.size(); i += 250) {
                    var e = entries.get(i);
                    byte[] key = SwapAssets.key(e.keyIdHash());
                    SwapAssets s = SwapAssets.decode(key, storage(ms, Address.SWAP).get(key));
                    assertThat(s.znn()).isEqualTo(e.znn());
                    assertThat(s.qsr()).isEqualTo(e.qsr());
                }
                return null;
            });
        }
    }

    @Test
    void mockGenesisFusionsAndDelegations() {
        MockGenesis mock = new MockGenesis();
        GenesisConfig cfg = mock.config();
        try (Chain chain = Chain.open(dir, Genesis.build(cfg))) {
            chain.read(ms -> {
                StateReader plasma = storage(ms, Address.PLASMA);
                Address user1 = mock.user(1).address();
                // nine User1 fusions share the zero id and overwrite each other; the last one (to Spork) remains
                byte[] key = FusionInfo.key(user1, Hash.ZERO);
                assertThat(FusionInfo.decode(key, plasma.get(key)).beneficiary()).isEqualTo(mock.spork.address());
                // but every beneficiary's fused amount counts its fusion
                for (int i = 1; i <= 8; i++) {
                    byte[] k = FusedAmount.key(mock.pillar(i).address());
                    assertThat(FusedAmount.decode(k, plasma.get(k)).amount()).isEqualTo(BigInteger.valueOf(10_000L * MockGenesis.ZEXP));
                }
                assertThat(ms.account(Address.PLASMA).balance(TokenStandard.QSR)).isEqualTo(BigInteger.valueOf(140_000L * MockGenesis.ZEXP));
                byte[] d = DelegationInfo.key(mock.user(4).address());
                assertThat(DelegationInfo.decode(d, storage(ms, Address.PILLAR).get(d)).name()).isEqualTo("TEST-pillar-znn");
                // the delegation weight index holds each genesis account's ZNN
                assertThat(ms.znnWeight(user1)).isEqualTo(BigInteger.valueOf(12_000L * MockGenesis.ZEXP));
                return null;
            });
        }
    }
}
