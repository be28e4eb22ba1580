package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/** Swap contract {@code swapEntry}: the key is the 32-byte keyIdHash itself, with no prefix (go-zenon definition/swap.go). */
public record SwapAssets(Hash keyIdHash, BigInteger znn, BigInteger qsr) implements StorageEntry {
    private static final Variable VARIABLE = Abis.SWAP.variable("swapEntry");

    public SwapAssets {
        Defs.nonNull(keyIdHash, "keyIdHash");
        Defs.uint256(znn, "znn");
        Defs.uint256(qsr, "qsr");
    }

    public static byte[] key(Hash keyIdHash) {
        return keyIdHash.bytes();
    }

    @Override
    public byte[] storageKey() {
        return key(keyIdHash);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(znn, qsr);
    }

    public static SwapAssets decode(byte[] key, byte[] value) {
        if (key == null || key.length != Hash.SIZE) {
            throw new IllegalArgumentException("invalid key! swap entry key must be 32 bytes, got " + (key == null ? "null" : key.length));
        }
        Values v = VARIABLE.decode(value);
        return new SwapAssets(Hash.wrap(key), v.bigInteger("znn"), v.bigInteger("qsr"));
    }
}
