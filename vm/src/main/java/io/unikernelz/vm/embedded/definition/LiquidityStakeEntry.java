package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/** Liquidity contract {@code liquidityStakeEntry}: key {@code 0x02 || stakeAddress || id}. */
public record LiquidityStakeEntry(Address stakeAddress, Hash id, BigInteger amount, TokenStandard tokenStandard, BigInteger weightedAmount,
                                  long startTime, long revokeTime, long expirationTime) implements StorageEntry {
    public static final int PREFIX = 2;
    private static final Variable VARIABLE = Abis.LIQUIDITY.variable("liquidityStakeEntry");

    public LiquidityStakeEntry {
        Defs.nonNull(stakeAddress, "stakeAddress");
        Defs.nonNull(id, "id");
        Defs.uint256(amount, "amount");
        Defs.nonNull(tokenStandard, "tokenStandard");
        Defs.uint256(weightedAmount, "weightedAmount");
    }

    public static byte[] key(Hash id, Address stakeAddress) {
        return Defs.key(PREFIX, stakeAddress.rawBytes(), id.rawBytes());
    }

    public static byte[] prefix() {
        return new byte[] {(byte) PREFIX};
    }

    @Override
    public byte[] storageKey() {
        return key(id, stakeAddress);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(amount, tokenStandard, weightedAmount, startTime, revokeTime, expirationTime);
    }

    public static LiquidityStakeEntry decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Address.SIZE + Hash.SIZE, "liquidity stake entry");
        Values v = VARIABLE.decode(value);
        return new LiquidityStakeEntry(Defs.address(key, 1), Defs.hash(key, 1 + Address.SIZE), v.bigInteger("amount"),
                v.tokenStandard("tokenStandard"), v.bigInteger("weightedAmount"), v.longValue("startTime"), v.longValue("revokeTime"),
                v.longValue("expirationTime"));
    }
}
