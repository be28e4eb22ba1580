package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Variable;

/**
 * Common {@code votableHash}: marks an id pillars may vote on, key {@code 0x86 || id}. go-zenon always stores
 * {@code exists = true}; only the presence of the key matters.
 */
public record VotableHash(Hash id) implements StorageEntry {
    public static final int PREFIX = 0x86;
    private static final Variable VARIABLE = Abis.COMMON.variable("votableHash");

    public VotableHash {
        Defs.nonNull(id, "id");
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
        return VARIABLE.encode(true);
    }

    /** Validates the stored flag as go-zenon would (a malformed bool is an error) and returns the entry. */
    public static VotableHash decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Hash.SIZE, "votable hash");
        VARIABLE.decode(value);
        return new VotableHash(Defs.hash(key, 1));
    }
}
