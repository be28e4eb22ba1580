package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Variable;

/** Pillar contract {@code LegacyPillarEntry}: key {@code 0x03 || keyIdHash}, value (pillarCount uint8). */
public record LegacyPillarEntry(Hash keyIdHash, int pillarCount) implements StorageEntry {
    public static final int PREFIX = 3;
    private static final Variable VARIABLE = Abis.PILLAR.variable("LegacyPillarEntry");

    public LegacyPillarEntry {
        Defs.nonNull(keyIdHash, "keyIdHash");
        Defs.uint8(pillarCount, "pillarCount");
    }

    public static byte[] key(Hash keyIdHash) {
        return Defs.key(PREFIX, keyIdHash.rawBytes());
    }

    @Override
    public byte[] storageKey() {
        return key(keyIdHash);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(pillarCount);
    }

    public static LegacyPillarEntry decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Hash.SIZE, "legacy pillar");
        return new LegacyPillarEntry(Defs.hash(key, 1), VARIABLE.decode(value).intValue("pillarCount"));
    }
}
