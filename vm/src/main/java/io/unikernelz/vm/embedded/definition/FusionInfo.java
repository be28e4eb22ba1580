package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/**
 * Plasma contract {@code fusionInfo}: key {@code 0x01 || owner || id}, value (amount, expirationHeight,
 * beneficiary) (go-zenon definition/plasma.go). {@code expirationHeight} is a uint64 held in a long.
 */
public record FusionInfo(Address owner, Hash id, BigInteger amount, long expirationHeight, Address beneficiary)
        implements StorageEntry {
    public static final int PREFIX = 1;
    private static final Variable VARIABLE = Abis.PLASMA.variable("fusionInfo");

    public FusionInfo {
        Defs.nonNull(owner, "owner");
        Defs.nonNull(id, "id");
        Defs.uint256(amount, "amount");
        Defs.nonNull(beneficiary, "beneficiary");
    }

    public static byte[] key(Address owner, Hash id) {
        return Defs.key(PREFIX, owner.rawBytes(), id.rawBytes());
    }

    /** Prefix of all fusions made by {@code owner}. */
    public static byte[] ownerPrefix(Address owner) {
        return Defs.key(PREFIX, owner.rawBytes());
    }

    @Override
    public byte[] storageKey() {
        return key(owner, id);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(amount, expirationHeight, beneficiary);
    }

    public static FusionInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Address.SIZE + Hash.SIZE, "fusion info");
        Values v = VARIABLE.decode(value);
        return new FusionInfo(Defs.address(key, 1), Defs.hash(key, 1 + Address.SIZE), v.bigInteger("amount"),
                v.longValue("expirationHeight"), v.address("beneficiary"));
    }
}
