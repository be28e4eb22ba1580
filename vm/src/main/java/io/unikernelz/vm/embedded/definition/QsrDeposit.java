package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/** Common {@code qsrDeposit}: QSR deposited for a pillar/sentinel, key {@code 0x82 || address}; missing means zero. */
public record QsrDeposit(Address address, BigInteger qsr) implements StorageEntry {
    public static final int PREFIX = 0x82;
    private static final Variable VARIABLE = Abis.COMMON.variable("qsrDeposit");

    public QsrDeposit {
        Defs.nonNull(address, "address");
        Defs.uint256(qsr, "qsr");
    }

    public static QsrDeposit empty(Address address) {
        return new QsrDeposit(address, BigInteger.ZERO);
    }

    public static byte[] key(Address address) {
        return Defs.key(PREFIX, address.rawBytes());
    }

    @Override
    public byte[] storageKey() {
        return key(address);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(qsr);
    }

    public static QsrDeposit decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Address.SIZE, "qsr deposit");
        return new QsrDeposit(Defs.address(key, 1), VARIABLE.decode(value).bigInteger("qsr"));
    }
}
