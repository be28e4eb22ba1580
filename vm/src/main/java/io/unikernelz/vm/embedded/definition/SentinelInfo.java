package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/** Sentinel contract {@code sentinelInfo}: key {@code 0x01 || owner}, value starts with the owner (go-zenon definition/sentinel.go). */
public record SentinelInfo(Address owner, long registrationTimestamp, long revokeTimestamp, BigInteger znnAmount, BigInteger qsrAmount)
        implements StorageEntry {
    public static final int PREFIX = 1;
    private static final Variable VARIABLE = Abis.SENTINEL.variable("sentinelInfo");

    public SentinelInfo {
        Defs.nonNull(owner, "owner");
        Defs.uint256(znnAmount, "znnAmount");
        Defs.uint256(qsrAmount, "qsrAmount");
    }

    public boolean isActive() {
        return revokeTimestamp == 0;
    }

    public static byte[] key(Address owner) {
        return Defs.key(PREFIX, owner.rawBytes());
    }

    @Override
    public byte[] storageKey() {
        return key(owner);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(owner, registrationTimestamp, revokeTimestamp, znnAmount, qsrAmount);
    }

    /** The value alone determines the entry (go-zenon parseSentinelInfo). */
    public static SentinelInfo decodeValue(byte[] value) {
        Values v = VARIABLE.decode(value);
        return new SentinelInfo(v.address("owner"), v.longValue("registrationTimestamp"), v.longValue("revokeTimestamp"),
                v.bigInteger("znnAmount"), v.bigInteger("qsrAmount"));
    }

    public static SentinelInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Address.SIZE, "sentinel info");
        return decodeValue(value);
    }
}
