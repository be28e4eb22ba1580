package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/**
 * Pillar contract {@code pillarInfo}: key {@code 0x01 || sha3(name)} (go-zenon definition/pillars.go).
 * Times are int64 seconds; {@code revokeTime == 0} means active.
 */
public record PillarInfo(String name, Address blockProducingAddress, Address rewardWithdrawAddress, Address stakeAddress,
                         BigInteger amount, long registrationTime, long revokeTime, int giveBlockRewardPercentage,
                         int giveDelegateRewardPercentage, int pillarType) implements StorageEntry {
    public static final int PREFIX = 1;
    /** go-zenon pillar types; {@link #ANY_PILLAR_TYPE} is only a list filter. */
    public static final int ANY_PILLAR_TYPE = 0;
    public static final int LEGACY_PILLAR_TYPE = 1;
    public static final int NORMAL_PILLAR_TYPE = 2;
    private static final Variable VARIABLE = Abis.PILLAR.variable("pillarInfo");

    public PillarInfo {
        Defs.nonNull(name, "name");
        Defs.nonNull(blockProducingAddress, "blockProducingAddress");
        Defs.nonNull(rewardWithdrawAddress, "rewardWithdrawAddress");
        Defs.nonNull(stakeAddress, "stakeAddress");
        Defs.uint256(amount, "amount");
        Defs.uint8(giveBlockRewardPercentage, "giveBlockRewardPercentage");
        Defs.uint8(giveDelegateRewardPercentage, "giveDelegateRewardPercentage");
        Defs.uint8(pillarType, "pillarType");
    }

    public boolean isActive() {
        return revokeTime == 0;
    }

    public static byte[] key(String name) {
        return Defs.key(PREFIX, Defs.sha3(name));
    }

    @Override
    public byte[] storageKey() {
        return key(name);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(name, blockProducingAddress, rewardWithdrawAddress, stakeAddress, amount, registrationTime, revokeTime,
                giveBlockRewardPercentage, giveDelegateRewardPercentage, pillarType);
    }

    /** The value alone determines the entry (go-zenon parsePillarInfo ignores the key). */
    public static PillarInfo decodeValue(byte[] value) {
        Values v = VARIABLE.decode(value);
        return new PillarInfo(v.string("name"), v.address("blockProducingAddress"), v.address("rewardWithdrawAddress"),
                v.address("stakeAddress"), v.bigInteger("amount"), v.longValue("registrationTime"), v.longValue("revokeTime"),
                v.intValue("giveBlockRewardPercentage"), v.intValue("giveDelegateRewardPercentage"), v.intValue("pillarType"));
    }

    public static PillarInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Hash.SIZE, "pillar info");
        return decodeValue(value);
    }
}
