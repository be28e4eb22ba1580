package io.unikernelz.vm.embedded.definition;

import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/**
 * Liquidity {@code tokenTuple}: reward split for one staked token (the token standard is kept as a string, as in
 * go-zenon), ABI-packed into {@link LiquidityInfo#tokenTuples()}. uint32 percentages are held in longs.
 */
public record TokenTuple(String tokenStandard, long znnPercentage, long qsrPercentage, BigInteger minAmount) {
    private static final Variable VARIABLE = Abis.LIQUIDITY.variable("tokenTuple");

    public TokenTuple {
        Defs.nonNull(tokenStandard, "tokenStandard");
        Defs.uint32(znnPercentage, "znnPercentage");
        Defs.uint32(qsrPercentage, "qsrPercentage");
        Defs.uint256(minAmount, "minAmount");
    }

    public byte[] encode() {
        return VARIABLE.encode(tokenStandard, znnPercentage, qsrPercentage, minAmount);
    }

    public static TokenTuple decode(byte[] data) {
        Values v = VARIABLE.decode(data);
        return new TokenTuple(v.string("tokenStandard"), v.longValue("znnPercentage"), v.longValue("qsrPercentage"), v.bigInteger("minAmount"));
    }
}
