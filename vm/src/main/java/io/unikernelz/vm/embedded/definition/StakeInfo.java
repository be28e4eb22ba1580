package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/** Stake contract {@code stakeInfo}: key {@code 0x01 || stakeAddress || id} (go-zenon definition/stake.go). */
public record StakeInfo(Address stakeAddress, Hash id, BigInteger amount, BigInteger weightedAmount, long startTime, long revokeTime,
                        long expirationTime) implements StorageEntry {
    public static final int PREFIX = 1;
    private static final Variable VARIABLE = Abis.STAKE.variable("stakeInfo");

    public StakeInfo {
        Defs.nonNull(stakeAddress, "stakeAddress");
        Defs.nonNull(id, "id");
        Defs.uint256(amount, "amount");
        Defs.uint256(weightedAmount, "weightedAmount");
    }

    public static byte[] key(Hash id, Address stakeAddress) {
        return Defs.key(PREFIX, stakeAddress.rawBytes(), id.rawBytes());
    }

    /** Prefix of every stake entry (go-zenon iterates them all and filters by address). */
    public static byte[] prefix() {
        return new byte[] {(byte) PREFIX};
    }

    @Override
    public byte[] storageKey() {
        return key(id, stakeAddress);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(amount, weightedAmount, startTime, revokeTime, expirationTime);
    }

    public static StakeInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Address.SIZE + Hash.SIZE, "stake info");
        Values v = VARIABLE.decode(value);
        return new StakeInfo(Defs.address(key, 1), Defs.hash(key, 1 + Address.SIZE), v.bigInteger("amount"), v.bigInteger("weightedAmount"),
                v.longValue("startTime"), v.longValue("revokeTime"), v.longValue("expirationTime"));
    }
}
