package io.unikernelz.core.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * Variable-time arithmetic on the twisted Edwards curve -x² + y² = 1 + d·x²·y² (edwards25519) for signature
 * verification, where every input is public. Field elements are BouncyCastle's {@link X25519Field} limbs; the point
 * formulas are the extended-coordinate ones of Hisil–Wong–Carter–Dawson (a = -1).
 *
 * <p>Discipline for the limb bounds: a multiplication takes outputs of {@code mul}/{@code sqr}/{@code normalize}
 * directly or after one addition or subtraction; anything two steps away is {@code carry}'d first.
 *
 * <p>The fixed-base table of B is built once per class load and never changes afterwards.
 */
final class Edwards25519 {
    /** Window width of the fixed table of B (32 windows of 128 affine multiples, about 0.5 MiB, built once). */
    static final int BASE_WIDTH = 8;
    /** Window width of a public key's table (51 windows of 16 multiples, about 100 KiB). */
    static final int KEY_WIDTH = 5;
    /** Window width of a one-off multiplication by doubling and adding. */
    private static final int LADDER_WIDTH = 4;

    /** The group order L = 2^252 + 27742317777372353535851937790883648493, and its little-endian bytes. */
    private static final BigInteger ORDER_INT = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
    static final byte[] ORDER = le32(ORDER_INT);

    private static final int[] D = constant("a3785913ca4deb75abd841414d0a700098e879777940c78c73fe6f2bee6c0352");
    private static final int[] D2 = twice(D);
    private static final byte[] BASE_ENCODED = java.util.HexFormat.of().parseHex("5866666666666666666666666666666666666666666666666666666666666666");

    /** [j·256^w]B for every window w and j = 1..128. */
    private static final Table BASE_TABLE = buildBaseTable();

    private Edwards25519() {}

    /** A point in extended coordinates: x = X/Z, y = Y/Z, x·y = T/Z. */
    static final class Point {
        final int[] x = X25519Field.create();
        final int[] y = X25519Field.create();
        final int[] z = X25519Field.create();
        final int[] t = X25519Field.create();

        static Point identity() {
            Point p = new Point();
            X25519Field.one(p.y);
            X25519Field.one(p.z);
            return p;
        }

        Point copy() {
            Point c = new Point();
            X25519Field.copy(x, 0, c.x, 0);
            X25519Field.copy(y, 0, c.y, 0);
            X25519Field.copy(z, 0, c.z, 0);
            X25519Field.copy(t, 0, c.t, 0);
            return c;
        }

        void negate() {
            X25519Field.negate(x, x);
            X25519Field.negate(t, t);
        }
    }

    /**
     * The fixed-window table of a point p: entry {@code w·2^(width-1) + j-1} is [j·2^(width·w)]p for j = 1..2^(width-1),
     * in affine form (y+x, y-x, 2d·x·y, fully reduced, 30 ints an entry), so that a scalar multiple of p costs one
     * mixed addition per window and no doubling. Immutable.
     */
    static final class Table {
        private static final int ENTRY = 3 * X25519Field.SIZE;
        final int width;
        final int windows;
        private final int[] entries;

        private Table(int width, int[] entries) {
            this.width = width;
            this.windows = windowsOf(width);
            this.entries = entries;
        }

        int multiples() {
            return 1 << (width - 1);
        }
    }

    /** A projective point ready for addition: Y+X, Y-X, 2Z and 2d·T. */
    private record Cached(int[] yPlusX, int[] yMinusX, int[] z2, int[] t2d) {}

    /** Scratch registers for one computation; not shared between threads. */
    static final class Scratch {
        final int[] a = X25519Field.create();
        final int[] b = X25519Field.create();
        final int[] c = X25519Field.create();
        final int[] d = X25519Field.create();
        final int[] e = X25519Field.create();
        final int[] f = X25519Field.create();
        final int[] g = X25519Field.create();
        final int[] h = X25519Field.create();
        final int[] qYPlusX = X25519Field.create();
        final int[] qYMinusX = X25519Field.create();
        final int[] qXY2d = X25519Field.create();
    }

    /**
     * Decodes a point the way Go's edwards25519 {@code Point.SetBytes} does (the rule go-zenon's verifier applies to
     * public keys): the low 255 bits are y, reduced modulo p even when not canonical; x is the square root of
     * (y²-1)/(d·y²+1) whose parity is the top bit, and x = 0 with the top bit set is accepted as x = 0.
     *
     * @return false when no x exists
     */
    static boolean decode(byte[] encoded, int off, Point out) {
        int[] u = X25519Field.create();
        int[] v = X25519Field.create();
        X25519Field.decode(encoded, off, out.y);
        X25519Field.sqr(out.y, u);
        X25519Field.mul(D, u, v);
        X25519Field.subOne(u);
        X25519Field.addOne(v);
        if (!X25519Field.sqrtRatioVar(u, v, out.x)) return false;
        X25519Field.normalize(out.x);
        int sign = (encoded[off + 31] >>> 7) & 1;
        if ((out.x[0] & 1) != sign) {
            X25519Field.negate(out.x, out.x);
            X25519Field.normalize(out.x);
        }
        X25519Field.normalize(out.y);
        X25519Field.one(out.z);
        X25519Field.mul(out.x, out.y, out.t);
        return true;
    }

    /** The canonical 32-byte encoding: y reduced below p, the parity of x in the top bit. */
    static void encode(Point p, byte[] out) {
        int[] zInv = X25519Field.create();
        int[] x = X25519Field.create();
        int[] y = X25519Field.create();
        X25519Field.invVar(p.z, zInv);
        X25519Field.mul(p.x, zInv, x);
        X25519Field.mul(p.y, zInv, y);
        X25519Field.normalize(x);
        X25519Field.normalize(y);
        X25519Field.encode(y, out, 0);
        out[31] |= (byte) ((x[0] & 1) << 7);
    }

    /** r = 2p; T is computed only when {@code withT} (a following doubling does not read it). */
    static void dbl(Point p, Point r, Scratch s, boolean withT) {
        X25519Field.sqr(p.x, s.a);
        X25519Field.sqr(p.y, s.b);
        X25519Field.sqr(p.z, s.c);
        X25519Field.add(s.c, s.c, s.c);
        X25519Field.add(p.x, p.y, s.e);
        X25519Field.sqr(s.e, s.e);
        X25519Field.apm(s.b, s.a, s.h, s.g); // h = A+B, g = B-A
        X25519Field.sub(s.e, s.h, s.e);      // e = (X+Y)² - A - B
        X25519Field.carry(s.e);
        X25519Field.sub(s.c, s.g, s.f);      // f = 2Z² - (B-A), the negated F of the formula with all signs flipped
        X25519Field.carry(s.f);
        X25519Field.mul(s.e, s.f, r.x);
        X25519Field.mul(s.g, s.h, r.y);
        X25519Field.mul(s.f, s.g, r.z);
        if (withT) X25519Field.mul(s.e, s.h, r.t);
    }

    /** r = p + q (or p - q when {@code subtract}) for entry {@code index} of an affine table. */
    private static void addEntry(Point p, Table table, int index, boolean subtract, Point r, Scratch s) {
        int off = index * Table.ENTRY;
        X25519Field.copy(table.entries, off, s.qYPlusX, 0);
        X25519Field.copy(table.entries, off + X25519Field.SIZE, s.qYMinusX, 0);
        X25519Field.copy(table.entries, off + 2 * X25519Field.SIZE, s.qXY2d, 0);
        X25519Field.apm(p.y, p.x, s.b, s.a); // b = Y+X, a = Y-X
        X25519Field.mul(s.a, subtract ? s.qYPlusX : s.qYMinusX, s.a);
        X25519Field.mul(s.b, subtract ? s.qYMinusX : s.qYPlusX, s.b);
        X25519Field.mul(p.t, s.qXY2d, s.c);
        X25519Field.add(p.z, p.z, s.d);
        X25519Field.carry(s.d);
        finishAdd(subtract, r, s);
    }

    private static void addCached(Point p, Cached q, Point r, Scratch s) {
        X25519Field.apm(p.y, p.x, s.b, s.a);
        X25519Field.mul(s.a, q.yMinusX, s.a);
        X25519Field.mul(s.b, q.yPlusX, s.b);
        X25519Field.mul(p.t, q.t2d, s.c);
        X25519Field.mul(p.z, q.z2, s.d);
        finishAdd(false, r, s);
    }

    /** The common tail of both additions: a, b, c, d are (Y1-X1)(..), (Y1+X1)(..), T1·2dT2, Z1·2Z2. */
    private static void finishAdd(boolean subtract, Point r, Scratch s) {
        X25519Field.apm(s.b, s.a, s.h, s.e); // h = B+A, e = B-A
        if (subtract) {
            X25519Field.apm(s.d, s.c, s.f, s.g); // f = D+C, g = D-C
        } else {
            X25519Field.apm(s.d, s.c, s.g, s.f); // g = D+C, f = D-C
        }
        X25519Field.mul(s.e, s.f, r.x);
        X25519Field.mul(s.g, s.h, r.y);
        X25519Field.mul(s.f, s.g, r.z);
        X25519Field.mul(s.e, s.h, r.t);
    }

    private static Cached cached(Point p) {
        int[] ypx = X25519Field.create();
        int[] ymx = X25519Field.create();
        int[] z2 = X25519Field.create();
        int[] t2d = X25519Field.create();
        X25519Field.apm(p.y, p.x, ypx, ymx);
        X25519Field.carry(ypx);
        X25519Field.carry(ymx);
        X25519Field.add(p.z, p.z, z2);
        X25519Field.carry(z2);
        X25519Field.mul(p.t, D2, t2d);
        return new Cached(ypx, ymx, z2, t2d);
    }

    /** The table of p for windows of {@code width} bits (see {@link Table}). */
    static Table windowTable(Point p, int width) {
        int windows = windowsOf(width);
        int multiples = 1 << (width - 1);
        Point[] points = new Point[windows * multiples];
        Scratch s = new Scratch();
        Point base = p.copy();
        for (int w = 0; w < windows; w++) {
            Cached c = cached(base);
            points[w * multiples] = base;
            Point q = base;
            for (int j = 1; j < multiples; j++) {
                Point next = new Point();
                addCached(q, c, next, s);
                points[w * multiples + j] = next;
                q = next;
            }
            Point following = new Point();
            dbl(q, following, s, true); // 2 · 2^(width-1) · base
            base = following;
        }
        return new Table(width, affineEntries(points));
    }

    /** Scalars below 2^253 (S and k, both below L) fit: the top window then never needs a carry out. */
    private static int windowsOf(int width) {
        return (255 + width - 1) / width;
    }

    /** Affine entries of many points with one inversion (Montgomery's trick). */
    private static int[] affineEntries(Point[] points) {
        int n = points.length;
        int[][] prefix = new int[n][];
        int[] acc = X25519Field.create();
        X25519Field.copy(points[0].z, 0, acc, 0);
        prefix[0] = acc.clone();
        for (int i = 1; i < n; i++) {
            X25519Field.mul(acc, points[i].z, acc);
            prefix[i] = acc.clone();
        }
        int[] inv = X25519Field.create();
        X25519Field.invVar(acc, inv);
        int[] out = new int[n * Table.ENTRY];
        int[] zInv = X25519Field.create();
        int[] x = X25519Field.create();
        int[] y = X25519Field.create();
        int[] ypx = X25519Field.create();
        int[] ymx = X25519Field.create();
        int[] xy2d = X25519Field.create();
        for (int i = n - 1; i >= 0; i--) {
            if (i > 0) {
                X25519Field.mul(inv, prefix[i - 1], zInv);
                X25519Field.mul(inv, points[i].z, inv);
            } else {
                X25519Field.copy(inv, 0, zInv, 0);
            }
            X25519Field.mul(points[i].x, zInv, x);
            X25519Field.mul(points[i].y, zInv, y);
            X25519Field.apm(y, x, ypx, ymx);
            X25519Field.normalize(ypx);
            X25519Field.normalize(ymx);
            X25519Field.mul(x, y, xy2d);
            X25519Field.mul(xy2d, D2, xy2d);
            X25519Field.normalize(xy2d);
            int off = i * Table.ENTRY;
            X25519Field.copy(ypx, 0, out, off);
            X25519Field.copy(ymx, 0, out, off + X25519Field.SIZE);
            X25519Field.copy(xy2d, 0, out, off + 2 * X25519Field.SIZE);
        }
        return out;
    }

    /** acc += [scalar]·(the point of {@code table}) for a scalar below 2^253. */
    static void addMultiple(Point acc, Table table, byte[] scalar, Scratch s) {
        addDigits(acc, table, digits(table, scalar), s);
    }

    /** The signed digits of a scalar below 2^253 in the windows of {@code table}. */
    static byte[] digits(Table table, byte[] scalar) {
        return digits(scalar, table.width, table.windows);
    }

    /** acc += the multiple of the table's point given by {@link #digits(Table, byte[])}. */
    static void addDigits(Point acc, Table table, byte[] digits, Scratch s) {
        int multiples = table.multiples();
        for (int w = 0; w < table.windows; w++) {
            int digit = digits[w];
            if (digit == 0) continue;
            boolean negative = digit < 0;
            addEntry(acc, table, w * multiples + (negative ? -digit : digit) - 1, negative, acc, s);
        }
    }

    /**
     * Reads one int from every cache line of every entry the digits select and returns their sum. Done before the
     * additions, the loads are independent of each other and overlap; inside the addition loop each would wait for
     * memory on its own when the tables are not in cache (many keys, or other work in between), which can double the
     * cost of a verification.
     */
    static int touch(Table table, byte[] digits) {
        int multiples = table.multiples();
        int sum = 0;
        for (int w = 0; w < table.windows; w++) {
            int digit = digits[w];
            if (digit == 0) continue;
            int off = (w * multiples + Math.abs(digit) - 1) * Table.ENTRY;
            sum += table.entries[off] + table.entries[off + 16] + table.entries[off + Table.ENTRY - 1];
        }
        return sum;
    }

    static Table baseTable() {
        return BASE_TABLE;
    }

    /** acc += [scalar]B for a scalar below 2^253. */
    static void addBaseMultiple(Point acc, byte[] scalar, Scratch s) {
        addMultiple(acc, BASE_TABLE, scalar, s);
    }

    /**
     * [scalar]p for a scalar below 2^253 by doubling and adding (no table of p kept): 252 doublings and up to 64
     * additions of the multiples 1..8 of p.
     */
    static Point multiply(Point p, byte[] scalar, Scratch s) {
        int multiples = 1 << (LADDER_WIDTH - 1);
        int windows = windowsOf(LADDER_WIDTH);
        byte[] digits = digits(scalar, LADDER_WIDTH, windows);
        Cached[] plus = new Cached[multiples];
        Cached[] minus = new Cached[multiples];
        Point q = p.copy();
        for (int j = 0; j < multiples; j++) {
            if (j > 0) {
                Point next = new Point();
                addCached(q, plus[0], next, s);
                q = next;
            }
            plus[j] = cached(q);
            minus[j] = new Cached(plus[j].yMinusX, plus[j].yPlusX, plus[j].z2, negated(plus[j].t2d));
        }
        Point acc = Point.identity();
        for (int w = windows - 1; w >= 0; w--) {
            if (w != windows - 1) {
                dbl(acc, acc, s, false);
                dbl(acc, acc, s, false);
                dbl(acc, acc, s, false);
                dbl(acc, acc, s, true);
            }
            int digit = digits[w];
            if (digit > 0) addCached(acc, plus[digit - 1], acc, s);
            else if (digit < 0) addCached(acc, minus[-digit - 1], acc, s);
        }
        return acc;
    }

    /**
     * Signed radix-2^width digits of a little-endian 32-byte scalar: {@code windows} digits in
     * [-2^(width-1), 2^(width-1)) whose weighted sum is the scalar (the scalar must fit, see {@link #windowsOf}).
     */
    static byte[] digits(byte[] scalar, int width, int windows) {
        byte[] e = new byte[windows];
        int mask = (1 << width) - 1;
        int half = 1 << (width - 1);
        int carry = 0;
        for (int w = 0; w < windows; w++) {
            int bit = w * width;
            int byteIndex = bit >>> 3;
            int word = scalar[byteIndex] & 0xff;
            if (byteIndex + 1 < 32) word |= (scalar[byteIndex + 1] & 0xff) << 8;
            int v = ((word >>> (bit & 7)) & mask) + carry;
            carry = v >= half ? 1 : 0;
            e[w] = (byte) (v - (carry << width));
        }
        if (carry != 0) throw new IllegalArgumentException("scalar too large for " + windows + " windows of " + width + " bits");
        return e;
    }

    /** True when the little-endian 32-byte scalar at {@code off} is below L (Go's Scalar.SetCanonicalBytes). */
    static boolean isCanonicalScalar(byte[] b, int off) {
        for (int i = 31; i >= 0; i--) {
            int x = b[off + i] & 0xff;
            int l = ORDER[i] & 0xff;
            if (x != l) return x < l;
        }
        return false;
    }

    /** A 64-byte little-endian value reduced modulo L, little-endian (Go's Scalar.SetUniformBytes). */
    static byte[] reduce512(byte[] wide) {
        byte[] be = new byte[65];
        for (int i = 0; i < 64; i++) be[64 - i] = wide[i];
        return le32(new BigInteger(be).mod(ORDER_INT));
    }

    private static byte[] le32(BigInteger v) {
        byte[] be = v.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < be.length; i++) out[i] = be[be.length - 1 - i];
        return out;
    }

    private static int[] negated(int[] v) {
        int[] n = X25519Field.create();
        X25519Field.negate(v, n);
        return n;
    }

    private static int[] constant(String leHex) {
        int[] v = X25519Field.create();
        X25519Field.decode(java.util.HexFormat.of().parseHex(leHex), 0, v);
        return v;
    }

    private static int[] twice(int[] v) {
        int[] r = X25519Field.create();
        X25519Field.add(v, v, r);
        X25519Field.normalize(r);
        return r;
    }

    private static Table buildBaseTable() {
        Point b = new Point();
        if (!decode(BASE_ENCODED, 0, b)) throw new IllegalStateException("the base point does not decode");
        return windowTable(b, BASE_WIDTH);
    }

    /** The encoding of [scalar]B, for tests of the table against independent arithmetic. */
    static byte[] encodeBaseMultiple(byte[] scalar) {
        Point acc = Point.identity();
        addBaseMultiple(acc, scalar, new Scratch());
        byte[] out = new byte[32];
        encode(acc, out);
        return out;
    }

    static boolean equalEncodings(byte[] a, int aOff, byte[] b, int bOff) {
        return Arrays.equals(a, aOff, aOff + 32, b, bOff, bOff + 32);
    }
}
