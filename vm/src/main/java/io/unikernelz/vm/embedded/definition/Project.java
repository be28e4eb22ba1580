package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;
import java.util.List;

/**
 * Accelerator contract {@code project}: key {@code 0x0c || id}. The prefix is 12, not 1: in go-zenon
 * definition/accelerator.go the key prefixes are declared with {@code iota} at positions 12 and 13 of a const block
 * that starts with the status constants. Statuses: 0 voting, 1 active, 2 paid, 3 closed, 4 completed.
 */
public record Project(Hash id, Address owner, String name, String description, String url, BigInteger znnFundsNeeded,
                      BigInteger qsrFundsNeeded, long creationTimestamp, long lastUpdateTimestamp, int status, List<Hash> phaseIds)
        implements StorageEntry {
    public static final int PREFIX = 12;
    public static final int VOTING_STATUS = 0;
    public static final int ACTIVE_STATUS = 1;
    public static final int PAID_STATUS = 2;
    public static final int CLOSED_STATUS = 3;
    public static final int COMPLETED_STATUS = 4;
    private static final Variable VARIABLE = Abis.ACCELERATOR.variable("project");

    public Project {
        Defs.nonNull(id, "id");
        Defs.nonNull(owner, "owner");
        Defs.nonNull(name, "name");
        Defs.nonNull(description, "description");
        Defs.nonNull(url, "url");
        Defs.uint256(znnFundsNeeded, "znnFundsNeeded");
        Defs.uint256(qsrFundsNeeded, "qsrFundsNeeded");
        Defs.uint8(status, "status");
        phaseIds = List.copyOf(Defs.nonNull(phaseIds, "phaseIds"));
    }

    public static byte[] key(Hash id) {
        return Defs.key(PREFIX, id.rawBytes());
    }

    public static byte[] prefix() {
        return new byte[] {(byte) PREFIX};
    }

    @Override
    public byte[] storageKey() {
        return key(id);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(id, owner, name, description, url, znnFundsNeeded, qsrFundsNeeded, creationTimestamp, lastUpdateTimestamp,
                status, phaseIds);
    }

    /** The value alone determines the entry (go-zenon parseProject). */
    public static Project decodeValue(byte[] value) {
        Values v = VARIABLE.decode(value);
        return new Project(v.hash("id"), v.address("owner"), v.string("name"), v.string("description"), v.string("url"),
                v.bigInteger("znnFundsNeeded"), v.bigInteger("qsrFundsNeeded"), v.longValue("creationTimestamp"),
                v.longValue("lastUpdateTimestamp"), v.intValue("status"), v.list("phaseIds", Hash.class));
    }

    public static Project decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Hash.SIZE, "project");
        return decodeValue(value);
    }
}
