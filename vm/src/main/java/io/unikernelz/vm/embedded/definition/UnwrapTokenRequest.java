package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/** Bridge {@code unwrapRequest}: key {@code 0x02 || transactionHash || be4(logIndex)}; redeemed/revoked are uint8 flags. */
public record UnwrapTokenRequest(long registrationMomentumHeight, long networkClass, long chainId, Hash transactionHash, long logIndex,
                                 Address toAddress, String tokenAddress, TokenStandard tokenStandard, BigInteger amount, String signature,
                                 int redeemed, int revoked) implements StorageEntry {
    public static final int PREFIX = 2;
    private static final Variable VARIABLE = Abis.BRIDGE.variable("unwrapRequest");

    public UnwrapTokenRequest {
        Defs.uint32(networkClass, "networkClass");
        Defs.uint32(chainId, "chainId");
        Defs.nonNull(transactionHash, "transactionHash");
        Defs.uint32(logIndex, "logIndex");
        Defs.nonNull(toAddress, "toAddress");
        Defs.nonNull(tokenAddress, "tokenAddress");
        Defs.nonNull(tokenStandard, "tokenStandard");
        Defs.uint256(amount, "amount");
        Defs.nonNull(signature, "signature");
        Defs.uint8(redeemed, "redeemed");
        Defs.uint8(revoked, "revoked");
    }

    public static byte[] key(Hash transactionHash, long logIndex) {
        return Defs.key(PREFIX, transactionHash.rawBytes(), Bytes.be4((int) Defs.uint32(logIndex, "logIndex")));
    }

    public static byte[] prefix() {
        return new byte[] {(byte) PREFIX};
    }

    @Override
    public byte[] storageKey() {
        return key(transactionHash, logIndex);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(registrationMomentumHeight, networkClass, chainId, toAddress, tokenAddress, tokenStandard, amount, signature,
                redeemed, revoked);
    }

    public static UnwrapTokenRequest decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Hash.SIZE + 4, "unwrap request");
        Values v = VARIABLE.decode(value);
        return new UnwrapTokenRequest(v.longValue("registrationMomentumHeight"), v.longValue("networkClass"), v.longValue("chainId"),
                Defs.hash(key, 1), Defs.be4(key, 1 + Hash.SIZE), v.address("toAddress"), v.string("tokenAddress"),
                v.tokenStandard("tokenStandard"), v.bigInteger("amount"), v.string("signature"), v.intValue("redeemed"), v.intValue("revoked"));
    }
}
