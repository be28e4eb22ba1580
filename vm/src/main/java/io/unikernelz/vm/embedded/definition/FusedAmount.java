package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/** Plasma contract {@code fusedAmount}: key {@code 0x02 || beneficiary}; a missing entry means 0. */
public record FusedAmount(Address beneficiary, BigInteger amount) implements StorageEntry {
    public static final int PREFIX = 2;
    private static final Variable VARIABLE = Abis.PLASMA.variable("fusedAmount");

    public FusedAmount {
        Defs.nonNull(beneficiary, "beneficiary");
        Defs.uint256(amount, "amount");
    }

    /** What go-zenon GetFusedAmount returns when nothing is stored. */
    public static FusedAmount empty(Address beneficiary) {
        return new FusedAmount(beneficiary, BigInteger.ZERO);
    }

    public static byte[] key(Address beneficiary) {
        return Defs.key(PREFIX, beneficiary.rawBytes());
    }

    @Override
    public byte[] storageKey() {
        return key(beneficiary);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(amount);
    }

    public static FusedAmount decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Address.SIZE, "fused amount");
        return new FusedAmount(Defs.address(key, 1), VARIABLE.decode(value).bigInteger("amount"));
    }
}
