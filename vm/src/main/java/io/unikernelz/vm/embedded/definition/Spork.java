package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;

/**
 * Spork contract {@code sporkInfo}: key {@code 0x01 || id}, value (id, name, description, activated,
 * enforcementHeight) (go-zenon definition/spork.go). Active sporks have {@code enforcementHeight} = activation
 * momentum height + delay.
 */
public record Spork(Hash id, String name, String description, boolean activated, long enforcementHeight) implements StorageEntry {
    public static final int PREFIX = 1;
    private static final Variable VARIABLE = Abis.SPORK.variable("sporkInfo");

    public Spork {
        Defs.nonNull(id, "id");
        Defs.nonNull(name, "name");
        Defs.nonNull(description, "description");
    }

    public static byte[] key(Hash id) {
        return Defs.key(PREFIX, id.rawBytes());
    }

    @Override
    public byte[] storageKey() {
        return key(id);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(id, name, description, activated, enforcementHeight);
    }

    /** The value alone determines the entry (go-zenon parseSporkInfo). */
    public static Spork decodeValue(byte[] value) {
        Values v = VARIABLE.decode(value);
        return new Spork(v.hash("id"), v.string("name"), v.string("description"), v.bool("activated"), v.longValue("enforcementHeight"));
    }

    public static Spork decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Hash.SIZE, "spork info");
        return decodeValue(value);
    }
}
