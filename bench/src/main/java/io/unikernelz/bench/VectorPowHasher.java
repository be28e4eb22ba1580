package io.unikernelz.bench;

import static jdk.incubator.vector.VectorOperators.AND_NOT;
import static jdk.incubator.vector.VectorOperators.ROL;
import static jdk.incubator.vector.VectorOperators.XOR;

import io.unikernelz.core.types.Hash;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * A candidate for the node's PoW loop, measured here before anyone wires it in: the same specialised SHA3-256 as
 * core's {@code PowHasher} (one Keccak-f[1600] permutation of {@code nonce || powData} with fixed padding, lane 0
 * out), computed for several nonces at once with the incubating Vector API, one nonce per SIMD lane (4 with AVX2,
 * 8 with AVX-512). Needs {@code --add-modules jdk.incubator.vector}; ask {@link BenchMain#vectorApi()} before
 * touching this class, which cannot even be initialised without the module.
 */
final class VectorPowHasher {
    private static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;

    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };

    private final long d1;
    private final long d2;
    private final long d3;
    private final long d4;

    VectorPowHasher(Hash powData) {
        byte[] b = powData.rawBytes();
        d1 = le(b, 0);
        d2 = le(b, 8);
        d3 = le(b, 16);
        d4 = le(b, 24);
    }

    /** Nonces hashed per call. */
    static int lanes() {
        return SPECIES.length();
    }

    private static long le(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }

    /**
     * For each i in [0, lanes()): {@code out[i]} = the first 8 bytes of sha3(nonce || powData) as a little-endian
     * uint64, where {@code nonceLanes[from + i]} is the nonce bytes read little-endian (as core's PowHasher takes it).
     */
    void hash(long[] nonceLanes, int from, long[] out) {
        LongVector zero = LongVector.zero(SPECIES);
        LongVector a00 = LongVector.fromArray(SPECIES, nonceLanes, from);
        LongVector a01 = LongVector.broadcast(SPECIES, d1);
        LongVector a02 = LongVector.broadcast(SPECIES, d2);
        LongVector a03 = LongVector.broadcast(SPECIES, d3);
        LongVector a04 = LongVector.broadcast(SPECIES, d4);
        // SHA3 domain bits plus pad10*1: 0x06 right after the 40 input bytes, 0x80 in the last rate byte (135).
        LongVector a05 = LongVector.broadcast(SPECIES, 0x06L);
        LongVector a06 = zero, a07 = zero, a08 = zero, a09 = zero;
        LongVector a10 = zero, a11 = zero, a12 = zero, a13 = zero, a14 = zero;
        LongVector a15 = zero, a16 = LongVector.broadcast(SPECIES, 0x8000000000000000L), a17 = zero, a18 = zero, a19 = zero;
        LongVector a20 = zero, a21 = zero, a22 = zero, a23 = zero, a24 = zero;
        for (int round = 0; round < 24; round++) {
            // theta
            LongVector c0 = a00.lanewise(XOR, a05).lanewise(XOR, a10).lanewise(XOR, a15).lanewise(XOR, a20);
            LongVector c1 = a01.lanewise(XOR, a06).lanewise(XOR, a11).lanewise(XOR, a16).lanewise(XOR, a21);
            LongVector c2 = a02.lanewise(XOR, a07).lanewise(XOR, a12).lanewise(XOR, a17).lanewise(XOR, a22);
            LongVector c3 = a03.lanewise(XOR, a08).lanewise(XOR, a13).lanewise(XOR, a18).lanewise(XOR, a23);
            LongVector c4 = a04.lanewise(XOR, a09).lanewise(XOR, a14).lanewise(XOR, a19).lanewise(XOR, a24);
            LongVector e0 = c4.lanewise(XOR, c1.lanewise(ROL, 1));
            LongVector e1 = c0.lanewise(XOR, c2.lanewise(ROL, 1));
            LongVector e2 = c1.lanewise(XOR, c3.lanewise(ROL, 1));
            LongVector e3 = c2.lanewise(XOR, c4.lanewise(ROL, 1));
            LongVector e4 = c3.lanewise(XOR, c0.lanewise(ROL, 1));
            // theta applied, then rho and pi: b[y][2x+3y] = rot(a[x][y], r[x][y]), lane index x + 5y
            LongVector b00 = a00.lanewise(XOR, e0);
            LongVector b10 = a01.lanewise(XOR, e1).lanewise(ROL, 1);
            LongVector b20 = a02.lanewise(XOR, e2).lanewise(ROL, 62);
            LongVector b05 = a03.lanewise(XOR, e3).lanewise(ROL, 28);
            LongVector b15 = a04.lanewise(XOR, e4).lanewise(ROL, 27);
            LongVector b16 = a05.lanewise(XOR, e0).lanewise(ROL, 36);
            LongVector b01 = a06.lanewise(XOR, e1).lanewise(ROL, 44);
            LongVector b11 = a07.lanewise(XOR, e2).lanewise(ROL, 6);
            LongVector b21 = a08.lanewise(XOR, e3).lanewise(ROL, 55);
            LongVector b06 = a09.lanewise(XOR, e4).lanewise(ROL, 20);
            LongVector b07 = a10.lanewise(XOR, e0).lanewise(ROL, 3);
            LongVector b17 = a11.lanewise(XOR, e1).lanewise(ROL, 10);
            LongVector b02 = a12.lanewise(XOR, e2).lanewise(ROL, 43);
            LongVector b12 = a13.lanewise(XOR, e3).lanewise(ROL, 25);
            LongVector b22 = a14.lanewise(XOR, e4).lanewise(ROL, 39);
            LongVector b23 = a15.lanewise(XOR, e0).lanewise(ROL, 41);
            LongVector b08 = a16.lanewise(XOR, e1).lanewise(ROL, 45);
            LongVector b18 = a17.lanewise(XOR, e2).lanewise(ROL, 15);
            LongVector b03 = a18.lanewise(XOR, e3).lanewise(ROL, 21);
            LongVector b13 = a19.lanewise(XOR, e4).lanewise(ROL, 8);
            LongVector b14 = a20.lanewise(XOR, e0).lanewise(ROL, 18);
            LongVector b24 = a21.lanewise(XOR, e1).lanewise(ROL, 2);
            LongVector b09 = a22.lanewise(XOR, e2).lanewise(ROL, 61);
            LongVector b19 = a23.lanewise(XOR, e3).lanewise(ROL, 56);
            LongVector b04 = a24.lanewise(XOR, e4).lanewise(ROL, 14);
            // chi, iota
            a00 = b00.lanewise(XOR, b02.lanewise(AND_NOT, b01)).lanewise(XOR, RC[round]);
            a01 = b01.lanewise(XOR, b03.lanewise(AND_NOT, b02));
            a02 = b02.lanewise(XOR, b04.lanewise(AND_NOT, b03));
            a03 = b03.lanewise(XOR, b00.lanewise(AND_NOT, b04));
            a04 = b04.lanewise(XOR, b01.lanewise(AND_NOT, b00));
            a05 = b05.lanewise(XOR, b07.lanewise(AND_NOT, b06));
            a06 = b06.lanewise(XOR, b08.lanewise(AND_NOT, b07));
            a07 = b07.lanewise(XOR, b09.lanewise(AND_NOT, b08));
            a08 = b08.lanewise(XOR, b05.lanewise(AND_NOT, b09));
            a09 = b09.lanewise(XOR, b06.lanewise(AND_NOT, b05));
            a10 = b10.lanewise(XOR, b12.lanewise(AND_NOT, b11));
            a11 = b11.lanewise(XOR, b13.lanewise(AND_NOT, b12));
            a12 = b12.lanewise(XOR, b14.lanewise(AND_NOT, b13));
            a13 = b13.lanewise(XOR, b10.lanewise(AND_NOT, b14));
            a14 = b14.lanewise(XOR, b11.lanewise(AND_NOT, b10));
            a15 = b15.lanewise(XOR, b17.lanewise(AND_NOT, b16));
            a16 = b16.lanewise(XOR, b18.lanewise(AND_NOT, b17));
            a17 = b17.lanewise(XOR, b19.lanewise(AND_NOT, b18));
            a18 = b18.lanewise(XOR, b15.lanewise(AND_NOT, b19));
            a19 = b19.lanewise(XOR, b16.lanewise(AND_NOT, b15));
            a20 = b20.lanewise(XOR, b22.lanewise(AND_NOT, b21));
            a21 = b21.lanewise(XOR, b23.lanewise(AND_NOT, b22));
            a22 = b22.lanewise(XOR, b24.lanewise(AND_NOT, b23));
            a23 = b23.lanewise(XOR, b20.lanewise(AND_NOT, b24));
            a24 = b24.lanewise(XOR, b21.lanewise(AND_NOT, b20));
        }
        a00.intoArray(out, 0);
    }
}
