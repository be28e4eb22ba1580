package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Variable;

/** Pillar contract {@code producingPillarName}: key {@code 0x02 || producingAddress}, value (name). */
public record ProducingPillar(Address producing, String name) implements StorageEntry {
    public static final int PREFIX = 2;
    private static final Variable VARIABLE = Abis.PILLAR.variable("producingPillarName");

    public ProducingPillar {
        Defs.nonNull(producing, "producing");
        Defs.nonNull(name, "name");
    }

    public static byte[] key(Address producing) {
        return Defs.key(PREFIX, producing.rawBytes());
    }

    @Override
    public byte[] storageKey() {
        return key(producing);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(name);
    }

    public static ProducingPillar decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Address.SIZE, "producing pillar");
        return new ProducingPillar(Defs.address(key, 1), VARIABLE.decode(value).string("name"));
    }
}
