package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/**
 * Common {@code rewardDepositHistory}: rewards credited per epoch, key {@code 0x84 || address || le8(epoch)} —
 * the epoch is LITTLE-endian, as go-zenon writes it.
 */
public record RewardDepositHistory(long epoch, Address address, BigInteger znn, BigInteger qsr) implements StorageEntry {
    public static final int PREFIX = 0x84;
    private static final Variable VARIABLE = Abis.COMMON.variable("rewardDepositHistory");

    public RewardDepositHistory {
        Defs.nonNull(address, "address");
        Defs.uint256(znn, "znn");
        Defs.uint256(qsr, "qsr");
    }

    public static RewardDepositHistory empty(long epoch, Address address) {
        return new RewardDepositHistory(epoch, address, BigInteger.ZERO, BigInteger.ZERO);
    }

    /** Prefix of every history entry of one address. */
    public static byte[] addressPrefix(Address address) {
        return Defs.key(PREFIX, address.rawBytes());
    }

    public static byte[] key(long epoch, Address address) {
        return Defs.key(PREFIX, address.rawBytes(), Bytes.le8(epoch));
    }

    @Override
    public byte[] storageKey() {
        return key(epoch, address);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(znn, qsr);
    }

    public static RewardDepositHistory decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Address.SIZE + 8, "RewardDepositHistory");
        Values v = VARIABLE.decode(value);
        return new RewardDepositHistory(Defs.le8(key, 1 + Address.SIZE), Defs.address(key, 1), v.bigInteger("znn"), v.bigInteger("qsr"));
    }
}
