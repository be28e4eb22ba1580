package io.unikernelz.vm.embedded.definition;

import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Variable;

/** Common {@code lastUpdate}: momentum height of the last Update(), key {@code 0x81}; missing means 0. */
public record LastUpdate(long height) implements StorageEntry {
    public static final int PREFIX = 0x81;
    public static final LastUpdate NONE = new LastUpdate(0);
    private static final Variable VARIABLE = Abis.COMMON.variable("lastUpdate");

    public static byte[] key() {
        return new byte[] {(byte) PREFIX};
    }

    @Override
    public byte[] storageKey() {
        return key();
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(height);
    }

    public static LastUpdate decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1, "last update");
        return new LastUpdate(VARIABLE.decode(value).longValue("height"));
    }
}
