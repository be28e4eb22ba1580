package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Variable;

/** Pillar contract {@code delegationInfo}: key {@code 0x04 || backer}, value (pillar name). */
public record DelegationInfo(Address backer, String name) implements StorageEntry {
    public static final int PREFIX = 4;
    private static final Variable VARIABLE = Abis.PILLAR.variable("delegationInfo");

    public DelegationInfo {
        Defs.nonNull(backer, "backer");
        Defs.nonNull(name, "name");
    }

    public static byte[] key(Address backer) {
        return Defs.key(PREFIX, backer.rawBytes());
    }

    @Override
    public byte[] storageKey() {
        return key(backer);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(name);
    }

    public static DelegationInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Address.SIZE, "delegation info");
        return new DelegationInfo(Defs.address(key, 1), VARIABLE.decode(value).string("name"));
    }
}
