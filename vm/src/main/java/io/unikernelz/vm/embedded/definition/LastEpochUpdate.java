package io.unikernelz.vm.embedded.definition;

import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Variable;

/** Common {@code lastEpochUpdate}: last rewarded epoch (int64), key {@code 0x83}; missing means -1. */
public record LastEpochUpdate(long lastEpoch) implements StorageEntry {
    public static final int PREFIX = 0x83;
    public static final LastEpochUpdate NONE = new LastEpochUpdate(-1);
    private static final Variable VARIABLE = Abis.COMMON.variable("lastEpochUpdate");

    public static byte[] key() {
        return new byte[] {(byte) PREFIX};
    }

    @Override
    public byte[] storageKey() {
        return key();
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(lastEpoch);
    }

    public static LastEpochUpdate decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1, "last epoch update");
        return new LastEpochUpdate(VARIABLE.decode(value).longValue("lastEpoch"));
    }
}
