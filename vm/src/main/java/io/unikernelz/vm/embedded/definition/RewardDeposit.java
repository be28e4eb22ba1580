package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/** Common {@code rewardDeposit}: uncollected rewards, key {@code 0x80 || address}; missing means zero (go-zenon definition/common.go). */
public record RewardDeposit(Address address, BigInteger znn, BigInteger qsr) implements StorageEntry {
    public static final int PREFIX = 0x80;
    private static final Variable VARIABLE = Abis.COMMON.variable("rewardDeposit");

    public RewardDeposit {
        Defs.nonNull(address, "address");
        Defs.uint256(znn, "znn");
        Defs.uint256(qsr, "qsr");
    }

    public static RewardDeposit empty(Address address) {
        return new RewardDeposit(address, BigInteger.ZERO, BigInteger.ZERO);
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
        return VARIABLE.encode(znn, qsr);
    }

    public static RewardDeposit decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Address.SIZE, "reward deposit");
        Values v = VARIABLE.decode(value);
        return new RewardDeposit(Defs.address(key, 1), v.bigInteger("znn"), v.bigInteger("qsr"));
    }
}
