package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/** Accelerator contract {@code phase}: key {@code 0x0d || id} (prefix 13, see {@link Project}). */
public record Phase(Hash id, Hash projectId, String name, String description, String url, BigInteger znnFundsNeeded,
                    BigInteger qsrFundsNeeded, long creationTimestamp, long acceptedTimestamp, int status) implements StorageEntry {
    public static final int PREFIX = 13;
    private static final Variable VARIABLE = Abis.ACCELERATOR.variable("phase");

    public Phase {
        Defs.nonNull(id, "id");
        Defs.nonNull(projectId, "projectId");
        Defs.nonNull(name, "name");
        Defs.nonNull(description, "description");
        Defs.nonNull(url, "url");
        Defs.uint256(znnFundsNeeded, "znnFundsNeeded");
        Defs.uint256(qsrFundsNeeded, "qsrFundsNeeded");
        Defs.uint8(status, "status");
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
        return VARIABLE.encode(id, projectId, name, description, url, znnFundsNeeded, qsrFundsNeeded, creationTimestamp, acceptedTimestamp,
                status);
    }

    /** The value alone determines the entry (go-zenon parsePhase). */
    public static Phase decodeValue(byte[] value) {
        Values v = VARIABLE.decode(value);
        return new Phase(v.hash("id"), v.hash("projectId"), v.string("name"), v.string("description"), v.string("url"),
                v.bigInteger("znnFundsNeeded"), v.bigInteger("qsrFundsNeeded"), v.longValue("creationTimestamp"),
                v.longValue("acceptedTimestamp"), v.intValue("status"));
    }

    public static Phase decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Hash.SIZE, "phase");
        return decodeValue(value);
    }
}
