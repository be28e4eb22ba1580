package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/**
 * Bridge {@code tokenPair}: not stored on its own but ABI-packed into the {@code tokenPairs} bytes of a
 * {@link NetworkInfo}. Fee in 1/10 000; uint32 fields are held in longs.
 */
public record TokenPair(TokenStandard tokenStandard, String tokenAddress, boolean bridgeable, boolean redeemable, boolean owned,
                        BigInteger minAmount, long feePercentage, long redeemDelay, String metadata) {
    private static final Variable VARIABLE = Abis.BRIDGE.variable("tokenPair");

    public TokenPair {
        Defs.nonNull(tokenStandard, "tokenStandard");
        Defs.nonNull(tokenAddress, "tokenAddress");
        Defs.uint256(minAmount, "minAmount");
        Defs.uint32(feePercentage, "feePercentage");
        Defs.uint32(redeemDelay, "redeemDelay");
        Defs.nonNull(metadata, "metadata");
    }

    public byte[] encode() {
        return VARIABLE.encode(tokenStandard, tokenAddress, bridgeable, redeemable, owned, minAmount, feePercentage, redeemDelay, metadata);
    }

    public static TokenPair decode(byte[] data) {
        Values v = VARIABLE.decode(data);
        return new TokenPair(v.tokenStandard("tokenStandard"), v.string("tokenAddress"), v.bool("bridgeable"), v.bool("redeemable"),
                v.bool("owned"), v.bigInteger("minAmount"), v.longValue("feePercentage"), v.longValue("redeemDelay"), v.string("metadata"));
    }
}
