package io.unikernelz.chain.genesis;

import io.unikernelz.chain.genesis.GenesisConfig.GenesisBlock;
import io.unikernelz.chain.genesis.GenesisException.Kind;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** go-zenon's CheckGenesis (chain/genesis/shared_tests.go): fields present, plasma, swap, pillar and supply totals. */
public final class GenesisChecks {
    private GenesisChecks() {}

    public static void check(GenesisConfig g) throws GenesisException {
        String problem = firstProblem(g);
        if (problem != null) throw new GenesisException(Kind.INVALID, problem);
    }

    /** The first failing check's message, or null when the config passes. */
    public static String firstProblem(GenesisConfig g) {
        String p = fieldsExist(g);
        if (p == null) p = plasmaInfo(g);
        if (p == null) p = swapAccount(g);
        if (p == null) p = pillarBalance(g);
        if (p == null) p = tokenTotalSupply(g);
        return p;
    }

    private static String fieldsExist(GenesisConfig g) {
        if (g.genesisBlocks() == null) return "GenesisBlocks is nil";
        if (g.tokenConfig() == null) return "TokenConfig is nil";
        if (g.pillarConfig() == null) return "PillarConfig is nil";
        if (g.sporkAddress() == null) return "SporkAddress is nil";
        if (g.plasmaConfig() == null) return "PlasmaConfig is nil";
        if (g.swapConfig() == null) return "SwapConfig is nil";
        return null;
    }

    private static String plasmaInfo(GenesisConfig g) {
        BigInteger total = BigInteger.ZERO;
        for (var f : g.plasmaConfig().fusions()) total = total.add(f.amount());
        return accountBalance(g, Address.PLASMA, Map.of(TokenStandard.QSR, total));
    }

    private static String swapAccount(GenesisConfig g) {
        for (var e : g.swapConfig().entries()) {
            if (e.qsr() == null || e.znn() == null) return "invalid swap balance for KeyIdHash " + e.keyIdHash();
        }
        return accountBalance(g, Address.SWAP, Map.of(TokenStandard.ZNN, BigInteger.ZERO, TokenStandard.QSR, BigInteger.ZERO));
    }

    private static String pillarBalance(GenesisConfig g) {
        BigInteger total = BigInteger.ZERO;
        for (var p : g.pillarConfig().pillars()) total = total.add(p.amount());
        return accountBalance(g, Address.PILLAR, Map.of(TokenStandard.ZNN, total));
    }

    private static String tokenTotalSupply(GenesisConfig g) {
        Map<TokenStandard, BigInteger> given = new LinkedHashMap<>();
        for (GenesisBlock b : g.genesisBlocks().blocks()) {
            b.balanceList().forEach((zts, amount) -> given.merge(zts, amount, BigInteger::add));
        }
        for (var token : g.tokenConfig().tokens()) {
            BigInteger total = given.get(token.tokenStandard());
            if (total == null) return "token " + token.tokenStandard() + " declared but not given at all";
            if (token.totalSupply().compareTo(total) != 0) {
                return "invalid token total balance for " + token.tokenStandard() + " Expected " + total + " but got " + token.totalSupply();
            }
        }
        for (TokenStandard zts : given.keySet()) {
            boolean declared = g.tokenConfig().tokens().stream().anyMatch(t -> t.tokenStandard().equals(zts));
            if (!declared) return "invalid token " + zts + " given but not declared";
        }
        return null;
    }

    /** Every GenesisBlocks entry of addr must hold exactly the required amounts and nothing else. */
    private static String accountBalance(GenesisConfig g, Address addr, Map<TokenStandard, BigInteger> required) {
        for (GenesisBlock b : g.genesisBlocks().blocks()) {
            if (!b.address().equals(addr)) continue;
            for (var e : b.balanceList().entrySet()) {
                BigInteger need = required.get(e.getKey());
                if (need == null) return "invalid balance for " + addr + " Extra token " + e.getKey();
                if (need.compareTo(e.getValue()) != 0) {
                    return "invalid balance for " + addr + " Expected " + need + " " + e.getKey() + " but got " + e.getValue();
                }
            }
            for (var e : required.entrySet()) {
                if (!b.balanceList().containsKey(e.getKey()) && e.getValue().signum() != 0) {
                    return "invalid balance for " + addr + " Expected token " + e.getKey() + " to be present";
                }
            }
        }
        return null;
    }
}
