package io.unikernelz.chain.genesis;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.State;
import io.unikernelz.vm.abi.Abis;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract storage genesis writes (go-zenon chain/genesis/account_block.go with the key layouts of
 * vm/embedded/definition): values are ABI-packed variables of each contract's ABI.
 */
final class GenesisContractStorage {
    private GenesisContractStorage() {}

    private static byte[] key(int prefix, byte[]... parts) {
        byte[][] all = new byte[parts.length + 1][];
        all[0] = new byte[] {(byte) prefix};
        System.arraycopy(parts, 0, all, 1, parts.length);
        return Bytes.concat(all);
    }

    static void pillar(GenesisConfig config, State storage) {
        var pc = config.pillarConfig();
        if (pc == null) return;
        for (var p : pc.pillars()) {
            storage.put(key(0x01, Hash.of(p.name().getBytes(StandardCharsets.UTF_8)).rawBytes()),
                    Abis.PILLAR.encodeVariable("pillarInfo", p.name(), p.blockProducingAddress(), p.rewardWithdrawAddress(),
                            p.stakeAddress(), p.amount(), p.registrationTime(), p.revokeTime(),
                            p.giveBlockRewardPercentage(), p.giveDelegateRewardPercentage(), p.pillarType()));
            storage.put(key(0x02, p.blockProducingAddress().rawBytes()), Abis.PILLAR.encodeVariable("producingPillarName", p.name()));
        }
        for (var d : pc.delegations()) {
            storage.put(key(0x04, d.backer().rawBytes()), Abis.PILLAR.encodeVariable("delegationInfo", d.name()));
        }
        for (var l : pc.legacyEntries()) {
            storage.put(key(0x03, l.keyIdHash().rawBytes()), Abis.PILLAR.encodeVariable("LegacyPillarEntry", l.pillarCount()));
        }
    }

    static void token(GenesisConfig config, State storage) {
        if (config.tokenConfig() == null) return;
        for (var t : config.tokenConfig().tokens()) {
            storage.put(key(0x01, t.tokenStandard().rawBytes()),
                    Abis.TOKEN.encodeVariable("tokenInfo", t.owner(), t.tokenName(), t.tokenSymbol(), t.tokenDomain(),
                            t.totalSupply(), t.maxSupply(), t.decimals(), t.isMintable(), t.isBurnable(), t.isUtility()));
        }
    }

    /** Fusions with equal owner‖id overwrite each other; the per-beneficiary sums still count every entry. */
    static void plasma(GenesisConfig config, State storage) {
        if (config.plasmaConfig() == null) return;
        Map<Address, BigInteger> fused = new LinkedHashMap<>();
        for (var f : config.plasmaConfig().fusions()) {
            storage.put(key(0x01, f.owner().rawBytes(), f.id().rawBytes()),
                    Abis.PLASMA.encodeVariable("fusionInfo", f.amount(), f.expirationHeight(), f.beneficiary()));
            fused.merge(f.beneficiary(), f.amount(), BigInteger::add);
        }
        fused.forEach((beneficiary, amount) ->
                storage.put(key(0x02, beneficiary.rawBytes()), Abis.PLASMA.encodeVariable("fusedAmount", amount)));
    }

    /** Swap entries are stored under the bare key-id hash (no prefix byte). */
    static void swap(GenesisConfig config, State storage) {
        if (config.swapConfig() == null) return;
        for (var e : config.swapConfig().entries()) {
            storage.put(e.keyIdHash().bytes(), Abis.SWAP.encodeVariable("swapEntry", e.znn(), e.qsr()));
        }
    }

    static void spork(GenesisConfig config, State storage) {
        for (var s : config.sporkConfig().sporks()) {
            storage.put(key(0x01, s.id().rawBytes()),
                    Abis.SPORK.encodeVariable("sporkInfo", s.id(), s.name(), s.description(), s.activated(), s.enforcementHeight()));
        }
    }
}
