package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/** HTLC contract {@code htlcInfo}: key {@code 0x01 || id} (go-zenon definition/htlc.go). Hash types: 0 SHA3-256, 1 SHA-256. */
public record HtlcInfo(Hash id, Address timeLocked, Address hashLocked, TokenStandard tokenStandard, BigInteger amount,
                       long expirationTime, int hashType, int keyMaxSize, byte[] hashLock) implements StorageEntry {
    public static final int PREFIX = 1;
    public static final int HASH_TYPE_SHA3 = 0;
    public static final int HASH_TYPE_SHA256 = 1;
    private static final Variable VARIABLE = Abis.HTLC.variable("htlcInfo");

    public HtlcInfo {
        Defs.nonNull(id, "id");
        Defs.nonNull(timeLocked, "timeLocked");
        Defs.nonNull(hashLocked, "hashLocked");
        Defs.nonNull(tokenStandard, "tokenStandard");
        Defs.uint256(amount, "amount");
        Defs.uint8(hashType, "hashType");
        Defs.uint8(keyMaxSize, "keyMaxSize");
        hashLock = Defs.nonNull(hashLock, "hashLock").clone();
    }

    @Override
    public byte[] hashLock() {
        return hashLock.clone();
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
        return VARIABLE.encode(timeLocked, hashLocked, tokenStandard, amount, expirationTime, hashType, keyMaxSize, hashLock);
    }

    public static HtlcInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Hash.SIZE, "htlc info");
        Values v = VARIABLE.decode(value);
        return new HtlcInfo(Defs.hash(key, 1), v.address("timeLocked"), v.address("hashLocked"), v.tokenStandard("tokenStandard"),
                v.bigInteger("amount"), v.longValue("expirationTime"), v.intValue("hashType"), v.intValue("keyMaxSize"), v.bytes("hashLock"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HtlcInfo h && h.id.equals(id) && h.timeLocked.equals(timeLocked) && h.hashLocked.equals(hashLocked)
                && h.tokenStandard.equals(tokenStandard) && h.amount.equals(amount) && h.expirationTime == expirationTime
                && h.hashType == hashType && h.keyMaxSize == keyMaxSize && Arrays.equals(h.hashLock, hashLock);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, timeLocked, hashLocked, tokenStandard, amount, expirationTime, hashType, keyMaxSize) * 31
                + Arrays.hashCode(hashLock);
    }

    @Override
    public String toString() {
        return "HtlcInfo[id=" + id + ", timeLocked=" + timeLocked + ", hashLocked=" + hashLocked + ", tokenStandard=" + tokenStandard
                + ", amount=" + amount + ", expirationTime=" + expirationTime + ", hashType=" + hashType + ", keyMaxSize=" + keyMaxSize
                + ", hashLock=" + Hex.encode(hashLock) + "]";
    }
}
