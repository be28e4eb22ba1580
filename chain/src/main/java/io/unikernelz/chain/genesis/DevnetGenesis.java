package io.unikernelz.chain.genesis;

import io.unikernelz.chain.genesis.GenesisConfig.*;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The genesis of a local devnet (go-zenon has none; this is ours): chain id {@value #CHAIN_IDENTIFIER}, the given
 * pillars with 15 000 ZNN stake each, funded accounts, one 10 000 QSR fusion from the first funded account to each
 * pillar so the pillars can pay for their Update() calls, and a 1 000 QSR fusion of the first funded account to
 * itself so it can transact without PoW from the start. ZNN and QSR are shaped like mainnet's. It passes go-zenon's
 * genesis checks.
 */
public final class DevnetGenesis {
    /** Clients stamp their own chain id (CLIENTS.md): a devnet client must be configured with this one. */
    public static final long CHAIN_IDENTIFIER = 321;
    public static final BigInteger ONE = BigInteger.valueOf(100_000_000L);
    public static final BigInteger PILLAR_STAKE = ONE.multiply(BigInteger.valueOf(15_000));
    public static final BigInteger FUNDED_ZNN = ONE.multiply(BigInteger.valueOf(1_000_000));
    public static final BigInteger FUNDED_QSR = ONE.multiply(BigInteger.valueOf(10_000_000));
    public static final BigInteger PILLAR_ZNN = ONE.multiply(BigInteger.valueOf(1_000));
    public static final BigInteger PILLAR_FUSION = ONE.multiply(BigInteger.valueOf(10_000));
    public static final BigInteger OWNER_FUSION = ONE.multiply(BigInteger.valueOf(1_000));
    private static final BigInteger MAX_SUPPLY = BigInteger.valueOf(9007199254740991L);

    /** A pillar of the devnet: its unique name and the address that produces its momentums. */
    public record DevnetPillar(String name, Address producer) {
        public DevnetPillar {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(producer, "producer");
        }
    }

    private DevnetGenesis() {}

    /**
     * @param pillars  at least one pillar
     * @param funded   the funded accounts (the first one also owns the fusions and is the spork address)
     * @param genesisTimestampSec genesis time
     */
    public static GenesisConfig config(List<DevnetPillar> pillars, List<Address> funded, long genesisTimestampSec) {
        if (pillars.isEmpty()) throw new IllegalArgumentException("a devnet needs at least one pillar");
        if (funded.isEmpty()) throw new IllegalArgumentException("a devnet needs at least one funded account");
        Address owner = funded.getFirst();
        List<Pillar> pillarInfos = new ArrayList<>();
        List<Delegation> delegations = new ArrayList<>();
        List<Fusion> fusions = new ArrayList<>();
        Map<Address, Map<TokenStandard, BigInteger>> balances = new LinkedHashMap<>();
        for (DevnetPillar p : pillars) {
            pillarInfos.add(new Pillar(p.name(), p.producer(), p.producer(), p.producer(), PILLAR_STAKE, genesisTimestampSec, 0, 0, 100, 1));
            delegations.add(new Delegation(p.name(), p.producer()));
            fusions.add(new Fusion(owner, Hash.of(p.producer().bytes()), PILLAR_FUSION, 0, p.producer()));
            balances.computeIfAbsent(p.producer(), a -> new LinkedHashMap<>()).merge(TokenStandard.ZNN, PILLAR_ZNN, BigInteger::add);
        }
        for (Address a : funded) {
            delegations.add(new Delegation(pillars.getFirst().name(), a));
            Map<TokenStandard, BigInteger> m = balances.computeIfAbsent(a, x -> new LinkedHashMap<>());
            m.merge(TokenStandard.ZNN, FUNDED_ZNN, BigInteger::add);
            m.merge(TokenStandard.QSR, FUNDED_QSR, BigInteger::add);
        }
        fusions.add(new Fusion(owner, Hash.of(owner.bytes()), OWNER_FUSION, 0, owner));
        BigInteger fused = PILLAR_FUSION.multiply(BigInteger.valueOf(pillars.size())).add(OWNER_FUSION);
        List<GenesisBlock> blocks = new ArrayList<>();
        blocks.add(new GenesisBlock(Address.PILLAR, Map.of(TokenStandard.ZNN, PILLAR_STAKE.multiply(BigInteger.valueOf(pillars.size())))));
        blocks.add(new GenesisBlock(Address.PLASMA, Map.of(TokenStandard.QSR, fused)));
        balances.forEach((a, m) -> blocks.add(new GenesisBlock(a, m)));

        BigInteger znnSupply = BigInteger.ZERO;
        BigInteger qsrSupply = BigInteger.ZERO;
        for (GenesisBlock b : blocks) {
            znnSupply = znnSupply.add(b.balanceList().getOrDefault(TokenStandard.ZNN, BigInteger.ZERO));
            qsrSupply = qsrSupply.add(b.balanceList().getOrDefault(TokenStandard.QSR, BigInteger.ZERO));
        }
        List<Token> tokens = List.of(
                new Token(Address.TOKEN, "ZNN", "ZNN", "zenon.network", znnSupply, MAX_SUPPLY, 8, true, true, true, TokenStandard.ZNN),
                new Token(Address.TOKEN, "QSR", "QSR", "zenon.network", qsrSupply, MAX_SUPPLY, 8, true, true, true, TokenStandard.QSR));
        return new GenesisConfig(CHAIN_IDENTIFIER, "unikernel-z devnet", genesisTimestampSec, owner,
                new PillarConfig(pillarInfos, delegations, List.of()),
                new TokenConfig(tokens),
                new PlasmaConfig(fusions),
                new SwapConfig(List.of()),
                new SporkConfig(List.of()),
                new GenesisBlocks(blocks));
    }
}
