package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Variable;

/** HTLC contract {@code htlcProxyUnlockInfo}: key {@code 0x02 || address}; a missing entry means proxy unlock is allowed. */
public record HtlcProxyUnlockInfo(Address address, boolean allowed) implements StorageEntry {
    public static final int PREFIX = 2;
    private static final Variable VARIABLE = Abis.HTLC.variable("htlcProxyUnlockInfo");

    public HtlcProxyUnlockInfo {
        Defs.nonNull(address, "address");
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
        return VARIABLE.encode(allowed);
    }

    public static HtlcProxyUnlockInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Address.SIZE, "htlc proxy-unlock info");
        return new HtlcProxyUnlockInfo(Defs.address(key, 1), VARIABLE.decode(value).bool("allowed"));
    }
}
