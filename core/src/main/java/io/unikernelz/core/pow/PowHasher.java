package io.unikernelz.core.pow;

/**
 * SHA3-256 specialised to the PoW input {@code nonce(8) || powData(32)}: 40 bytes fit one Keccak block, so each
 * attempt is one Keccak-f[1600] permutation on a fixed state and the first 8 output bytes, read little-endian, are
 * simply lane 0. One instance per thread; no allocation per attempt.
 */
final class PowHasher {
    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };

    private final long d1, d2, d3, d4;

    /** @param powData the 32-byte PoW data hash */
    PowHasher(byte[] powData) {
        d1 = le(powData, 0);
        d2 = le(powData, 8);
        d3 = le(powData, 16);
        d4 = le(powData, 24);
    }

    private static long le(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }

    /**
     * First 8 bytes of sha3(nonce || powData) as a little-endian uint64, where {@code nonceLane} is the nonce bytes
     * read little-endian.
     */
    long hash(long nonceLane) {
        long a00 = nonceLane, a01 = d1, a02 = d2, a03 = d3, a04 = d4;
        // SHA3 domain bits 0b01 plus pad10*1: 0x06 right after the 40 input bytes, 0x80 in the last rate byte (135).
        long a05 = 0x06L, a06 = 0, a07 = 0, a08 = 0, a09 = 0;
        long a10 = 0, a11 = 0, a12 = 0, a13 = 0, a14 = 0;
        long a15 = 0, a16 = 0x8000000000000000L, a17 = 0, a18 = 0, a19 = 0;
        long a20 = 0, a21 = 0, a22 = 0, a23 = 0, a24 = 0;
        // 23 full rounds; the 24th only needs lane 0 (the 8 output bytes we compare)
        for (int round = 0; round < 23; round++) {
            // theta
            long c0 = a00 ^ a05 ^ a10 ^ a15 ^ a20;
            long c1 = a01 ^ a06 ^ a11 ^ a16 ^ a21;
            long c2 = a02 ^ a07 ^ a12 ^ a17 ^ a22;
            long c3 = a03 ^ a08 ^ a13 ^ a18 ^ a23;
            long c4 = a04 ^ a09 ^ a14 ^ a19 ^ a24;
            long e0 = c4 ^ Long.rotateLeft(c1, 1);
            long e1 = c0 ^ Long.rotateLeft(c2, 1);
            long e2 = c1 ^ Long.rotateLeft(c3, 1);
            long e3 = c2 ^ Long.rotateLeft(c4, 1);
            long e4 = c3 ^ Long.rotateLeft(c0, 1);
            a00 ^= e0; a05 ^= e0; a10 ^= e0; a15 ^= e0; a20 ^= e0;
            a01 ^= e1; a06 ^= e1; a11 ^= e1; a16 ^= e1; a21 ^= e1;
            a02 ^= e2; a07 ^= e2; a12 ^= e2; a17 ^= e2; a22 ^= e2;
            a03 ^= e3; a08 ^= e3; a13 ^= e3; a18 ^= e3; a23 ^= e3;
            a04 ^= e4; a09 ^= e4; a14 ^= e4; a19 ^= e4; a24 ^= e4;
            // rho and pi: b[y][2x+3y] = rot(a[x][y], r[x][y]) with lane index x + 5y
            long b00 = a00;
            long b10 = Long.rotateLeft(a01, 1);
            long b20 = Long.rotateLeft(a02, 62);
            long b05 = Long.rotateLeft(a03, 28);
            long b15 = Long.rotateLeft(a04, 27);
            long b16 = Long.rotateLeft(a05, 36);
            long b01 = Long.rotateLeft(a06, 44);
            long b11 = Long.rotateLeft(a07, 6);
            long b21 = Long.rotateLeft(a08, 55);
            long b06 = Long.rotateLeft(a09, 20);
            long b07 = Long.rotateLeft(a10, 3);
            long b17 = Long.rotateLeft(a11, 10);
            long b02 = Long.rotateLeft(a12, 43);
            long b12 = Long.rotateLeft(a13, 25);
            long b22 = Long.rotateLeft(a14, 39);
            long b23 = Long.rotateLeft(a15, 41);
            long b08 = Long.rotateLeft(a16, 45);
            long b18 = Long.rotateLeft(a17, 15);
            long b03 = Long.rotateLeft(a18, 21);
            long b13 = Long.rotateLeft(a19, 8);
            long b14 = Long.rotateLeft(a20, 18);
            long b24 = Long.rotateLeft(a21, 2);
            long b09 = Long.rotateLeft(a22, 61);
            long b19 = Long.rotateLeft(a23, 56);
            long b04 = Long.rotateLeft(a24, 14);
            // chi
            a00 = b00 ^ (~b01 & b02); a01 = b01 ^ (~b02 & b03); a02 = b02 ^ (~b03 & b04); a03 = b03 ^ (~b04 & b00); a04 = b04 ^ (~b00 & b01);
            a05 = b05 ^ (~b06 & b07); a06 = b06 ^ (~b07 & b08); a07 = b07 ^ (~b08 & b09); a08 = b08 ^ (~b09 & b05); a09 = b09 ^ (~b05 & b06);
            a10 = b10 ^ (~b11 & b12); a11 = b11 ^ (~b12 & b13); a12 = b12 ^ (~b13 & b14); a13 = b13 ^ (~b14 & b10); a14 = b14 ^ (~b10 & b11);
            a15 = b15 ^ (~b16 & b17); a16 = b16 ^ (~b17 & b18); a17 = b17 ^ (~b18 & b19); a18 = b18 ^ (~b19 & b15); a19 = b19 ^ (~b15 & b16);
            a20 = b20 ^ (~b21 & b22); a21 = b21 ^ (~b22 & b23); a22 = b22 ^ (~b23 & b24); a23 = b23 ^ (~b24 & b20); a24 = b24 ^ (~b20 & b21);
            // iota
            a00 ^= RC[round];
        }
        // round 24 reduced to lane 0: a00 = B00 ^ (~B01 & B02) ^ RC[23], with B00 = a00', B01 = rot(a06', 44),
        // B02 = rot(a12', 43) and a' the state after theta
        long c0 = a00 ^ a05 ^ a10 ^ a15 ^ a20;
        long c1 = a01 ^ a06 ^ a11 ^ a16 ^ a21;
        long c2 = a02 ^ a07 ^ a12 ^ a17 ^ a22;
        long c3 = a03 ^ a08 ^ a13 ^ a18 ^ a23;
        long c4 = a04 ^ a09 ^ a14 ^ a19 ^ a24;
        long t0 = a00 ^ c4 ^ Long.rotateLeft(c1, 1);
        long t1 = Long.rotateLeft(a06 ^ c0 ^ Long.rotateLeft(c2, 1), 44);
        long t2 = Long.rotateLeft(a12 ^ c1 ^ Long.rotateLeft(c3, 1), 43);
        return t0 ^ (~t1 & t2) ^ RC[23];
    }
}
