package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/** Bridge {@code feeTokenPair}: fees accumulated per token, key {@code 0x07 || zts}; missing means zero. */
public record ZtsFeesInfo(TokenStandard tokenStandard, BigInteger accumulatedFee) implements StorageEntry {
    public static final int PREFIX = 7;
    private static final Variable VARIABLE = Abis.BRIDGE.variable("feeTokenPair");

    public ZtsFeesInfo {
        Defs.nonNull(tokenStandard, "tokenStandard");
        Defs.uint256(accumulatedFee, "accumulatedFee");
    }

    public static ZtsFeesInfo empty(TokenStandard tokenStandard) {
        return new ZtsFeesInfo(tokenStandard, BigInteger.ZERO);
    }

    public static byte[] key(TokenStandard tokenStandard) {
        return Defs.key(PREFIX, tokenStandard.rawBytes());
    }

    @Override
    public byte[] storageKey() {
        return key(tokenStandard);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(accumulatedFee);
    }

    public static ZtsFeesInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + TokenStandard.SIZE, "fee token pair");
        return new ZtsFeesInfo(Defs.tokenStandard(key, 1), VARIABLE.decode(value).bigInteger("accumulatedFee"));
    }
}
