package io.unikernelz.chain.genesis;

import io.unikernelz.core.types.Address;
import io.unikernelz.store.State;
import io.unikernelz.vm.embedded.definition.DelegationInfo;
import io.unikernelz.vm.embedded.definition.FusedAmount;
import io.unikernelz.vm.embedded.definition.FusionInfo;
import io.unikernelz.vm.embedded.definition.LegacyPillarEntry;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import io.unikernelz.vm.embedded.definition.ProducingPillar;
import io.unikernelz.vm.embedded.definition.Spork;
import io.unikernelz.vm.embedded.definition.StorageEntry;
import io.unikernelz.vm.embedded.definition.SwapAssets;
import io.unikernelz.vm.embedded.definition.TokenInfo;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** The contract storage genesis writes (go-zenon chain/genesis/account_block.go), as the contracts' state records. */
final class GenesisContractStorage {
    private GenesisContractStorage() {}

    private static void save(State storage, StorageEntry entry) {
        storage.put(entry.storageKey(), entry.encodeValue());
    }

    static void pillar(GenesisConfig config, State storage) {
        var pc = config.pillarConfig();
        if (pc == null) return;
        for (var p : pc.pillars()) {
            save(storage, new PillarInfo(p.name(), p.blockProducingAddress(), p.rewardWithdrawAddress(), p.stakeAddress(), p.amount(),
                    p.registrationTime(), p.revokeTime(), p.giveBlockRewardPercentage(), p.giveDelegateRewardPercentage(), p.pillarType()));
            save(storage, new ProducingPillar(p.blockProducingAddress(), p.name()));
        }
        for (var d : pc.delegations()) save(storage, new DelegationInfo(d.backer(), d.name()));
        for (var l : pc.legacyEntries()) save(storage, new LegacyPillarEntry(l.keyIdHash(), l.pillarCount()));
    }

    static void token(GenesisConfig config, State storage) {
        if (config.tokenConfig() == null) return;
        for (var t : config.tokenConfig().tokens()) {
            save(storage, new TokenInfo(t.tokenStandard(), t.owner(), t.tokenName(), t.tokenSymbol(), t.tokenDomain(),
                    t.totalSupply(), t.maxSupply(), t.decimals(), t.isMintable(), t.isBurnable(), t.isUtility()));
        }
    }

    /** Fusions with equal owner‖id overwrite each other; the per-beneficiary sums still count every entry. */
    static void plasma(GenesisConfig config, State storage) {
        if (config.plasmaConfig() == null) return;
        Map<Address, BigInteger> fused = new LinkedHashMap<>();
        for (var f : config.plasmaConfig().fusions()) {
            save(storage, new FusionInfo(f.owner(), f.id(), f.amount(), f.expirationHeight(), f.beneficiary()));
            fused.merge(f.beneficiary(), f.amount(), BigInteger::add);
        }
        fused.forEach((beneficiary, amount) -> save(storage, new FusedAmount(beneficiary, amount)));
    }

    static void swap(GenesisConfig config, State storage) {
        if (config.swapConfig() == null) return;
        for (var e : config.swapConfig().entries()) save(storage, new SwapAssets(e.keyIdHash(), e.znn(), e.qsr()));
    }

    static void spork(GenesisConfig config, State storage) {
        for (var s : config.sporkConfig().sporks()) {
            save(storage, new Spork(s.id(), s.name(), s.description(), s.activated(), s.enforcementHeight()));
        }
    }
}
