package io.unikernelz.core.pow;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import java.math.BigInteger;

/**
 * Proof of work as go-zenon pow/pow.go: {@code powData = sha3(address || previousHash)}; a nonce is valid when the
 * first 8 bytes of {@code sha3(nonce || powData)}, read little-endian, are at least
 * {@code target = 2^64 - floor(2^64 / difficulty)} (0 for difficulty 0).
 */
public final class Pow {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private Pow() {}

    public static Hash powData(Address address, Hash previousHash) {
        return Hash.of(address.rawBytes(), previousHash.rawBytes());
    }

    public static Hash powData(AccountBlock block) {
        return powData(block.address(), block.previousHash());
    }

    /**
     * The threshold as an unsigned 64-bit value. go-zenon converts the difficulty to int64 first, so difficulties
     * of 2^63 and above act as negative divisors; reproduced here bit for bit.
     */
    public static long target(long difficulty) {
        if (difficulty == 0) return 0;
        BigInteger quotient = TWO_64.divide(BigInteger.valueOf(difficulty)); // signed, truncated toward zero like go's Quo
        return TWO_64.subtract(quotient).longValue(); // low 64 bits, like big.Int.Uint64
    }

    /** First 8 bytes of sha3(nonce(8) || powData), read little-endian; {@code nonce} is the big-endian long of the bytes. */
    public static long hashWithNonce(Hash powData, long nonce) {
        return new PowHasher(powData.rawBytes()).hash(Long.reverseBytes(nonce));
    }

    public static boolean check(Hash powData, long nonce, long difficulty) {
        return Long.compareUnsigned(hashWithNonce(powData, nonce), target(difficulty)) >= 0;
    }

    /** CheckPoWNonce for a block: its nonce meets its difficulty over its address and previous hash. */
    public static boolean check(AccountBlock block) {
        return check(powData(block), block.nonce(), block.difficulty());
    }
}
