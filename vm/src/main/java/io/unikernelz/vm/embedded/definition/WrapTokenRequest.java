package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bridge {@code wrapRequest}: key {@code 0x01 || ascii(decimal(MaxInt64 - creationMomentumHeight)) || id}, so that
 * newer requests sort first. Saving one also saves its {@link #requestPair()}.
 */
public record WrapTokenRequest(long networkClass, long chainId, Hash id, String toAddress, TokenStandard tokenStandard, String tokenAddress,
                               BigInteger amount, BigInteger fee, String signature, long creationMomentumHeight) implements StorageEntry {
    public static final int PREFIX = 1;
    /** 1 prefix byte + 19 decimal digits: go-zenon reads the id from key[20:]. */
    private static final int ID_OFFSET = 20;
    private static final Variable VARIABLE = Abis.BRIDGE.variable("wrapRequest");

    public WrapTokenRequest {
        Defs.uint32(networkClass, "networkClass");
        Defs.uint32(chainId, "chainId");
        Defs.nonNull(id, "id");
        Defs.nonNull(toAddress, "toAddress");
        Defs.nonNull(tokenStandard, "tokenStandard");
        Defs.nonNull(tokenAddress, "tokenAddress");
        Defs.uint256(amount, "amount");
        Defs.uint256(fee, "fee");
        Defs.nonNull(signature, "signature");
    }

    /** go-zenon computes MaxInt64 - height in uint64 and prints it as int64; Java long arithmetic wraps the same way. */
    public static byte[] key(long creationMomentumHeight, Hash id) {
        byte[] digits = Long.toString(Long.MAX_VALUE - creationMomentumHeight).getBytes(StandardCharsets.US_ASCII);
        return Defs.key(PREFIX, digits, id.rawBytes());
    }

    public static byte[] prefix() {
        return new byte[] {(byte) PREFIX};
    }

    /** The companion entry go-zenon writes with every wrap request. */
    public RequestPair requestPair() {
        return new RequestPair(id, creationMomentumHeight);
    }

    @Override
    public byte[] storageKey() {
        return key(creationMomentumHeight, id);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(networkClass, chainId, toAddress, tokenStandard, tokenAddress, amount, fee, signature, creationMomentumHeight);
    }

    public static WrapTokenRequest decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, ID_OFFSET + Hash.SIZE, "wrap request");
        Values v = VARIABLE.decode(value);
        return new WrapTokenRequest(v.longValue("networkClass"), v.longValue("chainId"), Hash.wrap(Arrays.copyOfRange(key, ID_OFFSET, key.length)),
                v.string("toAddress"), v.tokenStandard("tokenStandard"), v.string("tokenAddress"), v.bigInteger("amount"), v.bigInteger("fee"),
                v.string("signature"), v.longValue("creationMomentumHeight"));
    }
}
