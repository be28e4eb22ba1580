package io.unikernelz.vm.abi;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One ABI type as go-zenon's {@code vm/abi} understands it: {@code uintN}/{@code intN} (N = 8..256, multiple of
 * 8), {@code bool}, {@code address} (20 bytes), {@code tokenStandard} (10 bytes), {@code hash} (32 bytes),
 * {@code bytesN} (fixed), {@code bytes}, {@code string}, {@code T[]} and {@code T[k]} (one level of brackets only,
 * as in go-zenon; fixed arrays only of static element types).
 *
 * <p>Java values: {@code uint8}, {@code uint16}, {@code int8..int32} are {@link Integer}; {@code uint32},
 * {@code int64} and {@code uint64} are {@link Long} (uint64 holds the raw 64 bits, read them unsigned); other
 * widths are {@link BigInteger}; {@code bool} is {@link Boolean}; {@code address}, {@code tokenStandard},
 * {@code hash} use the core types; {@code bytes}/{@code bytesN} are {@code byte[]}; {@code string} is a
 * {@link String} (see {@link GoStrings}); arrays are unmodifiable {@link List}s.
 *
 * <p>Decoding follows go-zenon exactly, including its leniency: integers of 8/16/32/64 bits are read from the
 * low bytes of their word (the high bytes are ignored), addresses and token standards from the low 20/10 bytes,
 * {@code bytesN} from the high N bytes, and nothing checks string padding. Booleans must be exactly 0 or 1.
 */
public final class AbiType {
    static final int WORD = 32;

    /** The type families (go-zenon's {@code T} byte). */
    public enum Kind { UINT, INT, BOOL, STRING, SLICE, ARRAY, ADDRESS, TOKEN_STANDARD, FIXED_BYTES, BYTES, HASH }

    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

    private final Kind kind;
    private final int size;
    private final AbiType elem;
    private final String canonical;

    private AbiType(Kind kind, int size, AbiType elem, String canonical) {
        this.kind = kind;
        this.size = size;
        this.elem = elem;
        this.canonical = canonical;
    }

    /** Parses a type name such as {@code uint256}, {@code address[]} or {@code bytes32}. */
    public static AbiType parse(String t) {
        if (t == null || t.isEmpty()) throw new AbiException("abi: empty type name");
        int open = t.indexOf('[');
        if (open >= 0) {
            int close = t.indexOf(']', open);
            if (close != t.length() - 1 || t.indexOf('[', open + 1) >= 0 || t.indexOf(']') != close) {
                throw new AbiException("abi: unsupported arg type: " + t + " (only one level of [] or [k] is allowed)");
            }
            AbiType element = parse(t.substring(0, open));
            String inner = t.substring(open + 1, close);
            if (inner.isEmpty()) return new AbiType(Kind.SLICE, 0, element, t);
            int k = parseSize(inner, t);
            if (element.isDynamic()) {
                throw new AbiException("abi: unsupported arg type: " + t + " (fixed arrays of dynamic types are not supported)");
            }
            return new AbiType(Kind.ARRAY, k, element, t);
        }
        int digits = t.length();
        while (digits > 0 && Character.isDigit(t.charAt(digits - 1))) digits--;
        String base = t.substring(0, digits);
        String num = t.substring(digits);
        int n = num.isEmpty() ? 0 : parseSize(num, t);
        switch (base) {
            case "uint", "int" -> {
                if (n == 0 || n % 8 != 0 || n > 256) throw new AbiException("abi: unsupported arg type: " + t);
                return new AbiType(base.equals("uint") ? Kind.UINT : Kind.INT, n, null, t);
            }
            case "bytes" -> {
                if (num.isEmpty()) return new AbiType(Kind.BYTES, 0, null, t);
                if (n > WORD) throw new AbiException("abi: unsupported arg type: " + t);
                return new AbiType(Kind.FIXED_BYTES, n, null, t);
            }
            default -> {
                if (!num.isEmpty()) throw new AbiException("abi: unsupported arg type: " + t);
                return switch (base) {
                    case "bool" -> new AbiType(Kind.BOOL, 0, null, t);
                    case "string" -> new AbiType(Kind.STRING, 0, null, t);
                    case "address" -> new AbiType(Kind.ADDRESS, Address.SIZE, null, t);
                    case "tokenStandard" -> new AbiType(Kind.TOKEN_STANDARD, TokenStandard.SIZE, null, t);
                    case "hash" -> new AbiType(Kind.HASH, Hash.SIZE, null, t);
                    default -> throw new AbiException("abi: unsupported arg type: " + t);
                };
            }
        }
    }

    private static int parseSize(String digits, String type) {
        if (digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) {
            throw new AbiException("abi: error parsing variable size in " + type);
        }
        int n = Integer.parseInt(digits);
        if (n == 0) throw new AbiException("abi: invalid zero variable size in " + type);
        return n;
    }

    public Kind kind() {
        return kind;
    }

    /** Bit width for integers, byte width for fixed-size byte types, element count for {@code T[k]}. */
    public int size() {
        return size;
    }

    /** Element type of {@code T[]} / {@code T[k]}, else null. */
    public AbiType elem() {
        return elem;
    }

    /** Encoded in the tail behind an offset word (string, bytes, T[]). */
    public boolean isDynamic() {
        return kind == Kind.STRING || kind == Kind.BYTES || kind == Kind.SLICE;
    }

    /** Bytes this type occupies in the head. */
    int headSize() {
        return kind == Kind.ARRAY ? WORD * size : WORD;
    }

    // ---------------------------------------------------------------- encoding

    /** Encodes a value: for dynamic types the tail part (length word + data), for static types the head words. */
    byte[] encode(Object value, String what) {
        if (value == null) throw new AbiException("abi: " + what + " (" + canonical + ") is null");
        return switch (kind) {
            case UINT, INT -> word(toBigInteger(value, what));
            case BOOL -> {
                if (!(value instanceof Boolean b)) throw typeError(value, what);
                byte[] w = new byte[WORD];
                w[WORD - 1] = (byte) (b ? 1 : 0);
                yield w;
            }
            case ADDRESS -> {
                if (!(value instanceof Address a)) throw typeError(value, what);
                yield leftPad(a.rawBytes());
            }
            case TOKEN_STANDARD -> {
                if (!(value instanceof TokenStandard z)) throw typeError(value, what);
                yield leftPad(z.rawBytes());
            }
            case HASH -> {
                if (!(value instanceof Hash h)) throw typeError(value, what);
                yield h.bytes();
            }
            case FIXED_BYTES -> {
                if (!(value instanceof byte[] b)) throw typeError(value, what);
                if (b.length != size) throw new AbiException("abi: " + what + " (" + canonical + ") needs " + size + " bytes, got " + b.length);
                yield Arrays.copyOf(b, WORD);
            }
            case BYTES -> {
                if (!(value instanceof byte[] b)) throw typeError(value, what);
                yield lengthPrefixed(b, b.length);
            }
            case STRING -> {
                if (!(value instanceof String s)) throw typeError(value, what);
                byte[] b = GoStrings.encode(s);
                yield lengthPrefixed(b, b.length);
            }
            case SLICE -> {
                List<?> items = asList(value, what);
                byte[] body = encodeElements(items, what);
                byte[] out = new byte[WORD + body.length];
                System.arraycopy(word(BigInteger.valueOf(items.size())), 0, out, 0, WORD);
                System.arraycopy(body, 0, out, WORD, body.length);
                yield out;
            }
            case ARRAY -> {
                List<?> items = asList(value, what);
                if (items.size() != size) {
                    throw new AbiException("abi: " + what + " (" + canonical + ") needs " + size + " elements, got " + items.size());
                }
                yield encodeElements(items, what);
            }
        };
    }

    /** Elements of an array: static ones inline; dynamic ones as offsets (relative to the first element) + tails. */
    private byte[] encodeElements(List<?> items, String what) {
        List<byte[]> parts = new ArrayList<>(items.size());
        int total = 0;
        for (int i = 0; i < items.size(); i++) {
            byte[] p = elem.encode(items.get(i), what + "[" + i + "]");
            parts.add(p);
            total += p.length;
        }
        if (!elem.isDynamic()) return concat(parts, total);
        int headLen = WORD * items.size();
        byte[] out = new byte[headLen + total];
        int offset = headLen;
        int pos = headLen;
        for (int i = 0; i < parts.size(); i++) {
            System.arraycopy(word(BigInteger.valueOf(offset)), 0, out, WORD * i, WORD);
            byte[] p = parts.get(i);
            System.arraycopy(p, 0, out, pos, p.length);
            pos += p.length;
            offset += p.length;
        }
        return out;
    }

    private static byte[] concat(List<byte[]> parts, int total) {
        byte[] out = new byte[total];
        int pos = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, pos, p.length);
            pos += p.length;
        }
        return out;
    }

    private static byte[] lengthPrefixed(byte[] data, int length) {
        int padded = (data.length + WORD - 1) / WORD * WORD;
        byte[] out = new byte[WORD + padded];
        System.arraycopy(word(BigInteger.valueOf(length)), 0, out, 0, WORD);
        System.arraycopy(data, 0, out, WORD, data.length);
        return out;
    }

    private static byte[] leftPad(byte[] b) {
        byte[] w = new byte[WORD];
        System.arraycopy(b, 0, w, WORD - b.length, b.length);
        return w;
    }

    /** A 256-bit two's complement word (go-zenon U256). */
    static byte[] word(BigInteger v) {
        BigInteger u = v.signum() < 0 ? v.add(TWO_256) : v;
        byte[] mag = u.toByteArray();
        byte[] w = new byte[WORD];
        int n = Math.min(mag.length, WORD);
        System.arraycopy(mag, mag.length - n, w, WORD - n, n);
        return w;
    }

    private BigInteger toBigInteger(Object value, String what) {
        BigInteger v;
        if (value instanceof BigInteger b) {
            v = b;
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long l = ((Number) value).longValue();
            // a Java long carries a Go uint64 as raw bits
            v = kind == Kind.UINT && size == 64 && l < 0 ? new BigInteger(Long.toUnsignedString(l)) : BigInteger.valueOf(l);
        } else {
            throw typeError(value, what);
        }
        BigInteger min = kind == Kind.UINT ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(size - 1).negate();
        BigInteger max = kind == Kind.UINT ? BigInteger.ONE.shiftLeft(size).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(size - 1).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw new AbiException("abi: " + what + " = " + v + " does not fit " + canonical);
        }
        return v;
    }

    private List<?> asList(Object value, String what) {
        if (value instanceof List<?> l) return l;
        if (value instanceof Object[] a) return Arrays.asList(a);
        throw typeError(value, what);
    }

    private AbiException typeError(Object value, String what) {
        return new AbiException("abi: cannot use " + value.getClass().getSimpleName() + " as " + canonical + " for " + what);
    }

    // ---------------------------------------------------------------- decoding

    /**
     * Decodes the value whose head word sits at {@code base + index}; {@code base} marks the start of the region
     * that offsets are relative to (the region always extends to the end of {@code data}, as Go slices do).
     */
    Object decode(byte[] data, int base, int index) {
        long avail = (long) data.length - base;
        if ((long) index + WORD > avail) {
            throw new AbiException("abi: data too short for " + canonical + ": need " + ((long) index + WORD) + " bytes, have " + avail);
        }
        int at = base + index;
        switch (kind) {
            case STRING, BYTES, SLICE -> {
                long start = readOffset(data, at, avail);
                long length = readLength(data, base + (int) start - WORD, avail, start);
                int from = base + (int) start;
                if (kind == Kind.STRING) return GoStrings.decode(data, from, (int) length);
                if (kind == Kind.BYTES) return Arrays.copyOfRange(data, from, from + (int) length);
                long elemsAvail = avail - start;
                if (WORD * length > elemsAvail) {
                    throw new AbiException("abi: " + canonical + " of " + length + " elements needs " + (WORD * length)
                            + " bytes, have " + elemsAvail);
                }
                List<Object> out = new ArrayList<>((int) length);
                for (int j = 0; j < length; j++) out.add(elem.decode(data, from, WORD * j));
                return Collections.unmodifiableList(out);
            }
            case ARRAY -> {
                if ((long) index + (long) WORD * size > avail) {
                    throw new AbiException("abi: data too short for " + canonical + ": need " + ((long) index + (long) WORD * size)
                            + " bytes, have " + avail);
                }
                List<Object> out = new ArrayList<>(size);
                for (int j = 0; j < size; j++) out.add(elem.decode(data, base, index + WORD * j));
                return Collections.unmodifiableList(out);
            }
            case UINT, INT -> {
                return readInteger(data, at);
            }
            case BOOL -> {
                for (int i = 0; i < WORD - 1; i++) {
                    if (data[at + i] != 0) throw new AbiException("abi: improperly encoded boolean value");
                }
                return switch (data[at + WORD - 1]) {
                    case 0 -> Boolean.FALSE;
                    case 1 -> Boolean.TRUE;
                    default -> throw new AbiException("abi: improperly encoded boolean value");
                };
            }
            case ADDRESS -> {
                return Address.wrap(Arrays.copyOfRange(data, at + WORD - Address.SIZE, at + WORD));
            }
            case TOKEN_STANDARD -> {
                return TokenStandard.wrap(Arrays.copyOfRange(data, at + WORD - TokenStandard.SIZE, at + WORD));
            }
            case HASH -> {
                return Hash.wrap(Arrays.copyOfRange(data, at, at + WORD));
            }
            case FIXED_BYTES -> {
                return Arrays.copyOfRange(data, at, at + size);
            }
        }
        throw new AbiException("abi: unknown type " + canonical);
    }

    /** The offset word: must leave room for the length word inside the region. */
    private long readOffset(byte[] data, int at, long avail) {
        long off = smallWord(data, at);
        if (off < 0 || off + WORD > avail) {
            throw new AbiException("abi: offset of " + canonical + " points outside the data (region is " + avail + " bytes)");
        }
        return off + WORD;
    }

    private long readLength(byte[] data, int at, long avail, long start) {
        long len = smallWord(data, at);
        if (len < 0 || start + len > avail) {
            throw new AbiException("abi: length of " + canonical + " exceeds the data (region is " + avail + " bytes)");
        }
        return len;
    }

    /** A word as a non-negative long, or -1 if it is at least 2^63 (always out of range for real data). */
    private static long smallWord(byte[] data, int at) {
        for (int i = 0; i < WORD - 8; i++) {
            if (data[at + i] != 0) return -1;
        }
        long v = 0;
        for (int i = WORD - 8; i < WORD; i++) v = (v << 8) | (data[at + i] & 0xff);
        return v;
    }

    private Object readInteger(byte[] data, int at) {
        int end = at + WORD;
        switch (size) {
            case 8 -> {
                int b = data[end - 1];
                return kind == Kind.UINT ? b & 0xff : b;
            }
            case 16 -> {
                int v = ((data[end - 2] & 0xff) << 8) | (data[end - 1] & 0xff);
                return kind == Kind.UINT ? v : (int) (short) v;
            }
            case 32 -> {
                int v = 0;
                for (int i = end - 4; i < end; i++) v = (v << 8) | (data[i] & 0xff);
                return kind == Kind.UINT ? Integer.toUnsignedLong(v) : (Object) v;
            }
            case 64 -> {
                long v = 0;
                for (int i = end - 8; i < end; i++) v = (v << 8) | (data[i] & 0xff);
                return v;
            }
            default -> {
                byte[] w = Arrays.copyOfRange(data, at, end);
                // go-zenon reads other widths as an unsigned 256-bit number; signed types get two's complement here
                return kind == Kind.UINT ? new BigInteger(1, w) : new BigInteger(w);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AbiType t && t.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return Objects.hash(canonical);
    }

    /** The type name as written in the ABI; this is what method signatures hash. */
    @Override
    public String toString() {
        return canonical;
    }
}
