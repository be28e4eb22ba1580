package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Bytes;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.GoStrings;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/**
 * Pillar contract {@code pillarEpochHistory}: key {@code 0x05 || le8(epoch) || name bytes} (little-endian epoch, raw
 * name, as go-zenon definition/pillars.go writes it).
 */
public record PillarEpochHistory(String name, long epoch, int giveBlockRewardPercentage, int giveDelegateRewardPercentage,
                                 int producedBlockNum, int expectedBlockNum, BigInteger weight) implements StorageEntry {
    public static final int PREFIX = 5;
    private static final Variable VARIABLE = Abis.PILLAR.variable("pillarEpochHistory");

    public PillarEpochHistory {
        Defs.nonNull(name, "name");
        Defs.uint8(giveBlockRewardPercentage, "giveBlockRewardPercentage");
        Defs.uint8(giveDelegateRewardPercentage, "giveDelegateRewardPercentage");
        Defs.uint256(weight, "weight");
    }

    /** Prefix of every pillar's history for one epoch. */
    public static byte[] epochPrefix(long epoch) {
        return Defs.key(PREFIX, Bytes.le8(epoch));
    }

    public static byte[] key(long epoch, String name) {
        return Defs.key(PREFIX, Bytes.le8(epoch), GoStrings.encode(name));
    }

    @Override
    public byte[] storageKey() {
        return key(epoch, name);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(giveBlockRewardPercentage, giveDelegateRewardPercentage, producedBlockNum, expectedBlockNum, weight);
    }

    public static PillarEpochHistory decode(byte[] key, byte[] value) {
        Defs.checkPrefix(key, PREFIX, "PillarEpochHistory");
        if (key.length < 9) throw new IllegalArgumentException("invalid key! PillarEpochHistory key has " + key.length + " bytes, needs at least 9");
        Values v = VARIABLE.decode(value);
        return new PillarEpochHistory(GoStrings.decode(key, 9, key.length - 9), Defs.le8(key, 1), v.intValue("giveBlockRewardPercentage"),
                v.intValue("giveDelegateRewardPercentage"), v.intValue("producedBlockNum"), v.intValue("expectedBlockNum"),
                v.bigInteger("weight"));
    }
}
