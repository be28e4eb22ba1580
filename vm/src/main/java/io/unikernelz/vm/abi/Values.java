package io.unikernelz.vm.abi;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Decoded argument values, by position and by name. Java types follow {@link AbiType}; byte arrays are copied on
 * the way in and out so the object stays immutable.
 */
public final class Values {
    private final List<Argument> arguments;
    private final List<Object> values;

    Values(List<Argument> arguments, List<Object> values) {
        this.arguments = arguments;
        this.values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public int size() {
        return values.size();
    }

    public List<Argument> arguments() {
        return arguments;
    }

    /** The values in argument order, ready to be passed back to an encoder (byte arrays are copies). */
    public List<Object> asList() {
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) out.add(copyOut(v));
        return Collections.unmodifiableList(out);
    }

    public Object get(int i) {
        if (i < 0 || i >= values.size()) throw new AbiException("abi: no value at position " + i + " (have " + values.size() + ")");
        return copyOut(values.get(i));
    }

    /** Byte arrays, also inside arrays of {@code bytes}, are handed out as copies. */
    private static Object copyOut(Object v) {
        if (v instanceof byte[] b) return b.clone();
        if (v instanceof List<?> l && !l.isEmpty() && l.getFirst() instanceof byte[]) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) out.add(((byte[]) o).clone());
            return Collections.unmodifiableList(out);
        }
        return v;
    }

    public Object get(String name) {
        return get(indexOf(name));
    }

    public String string(String name) {
        return as(name, String.class);
    }

    public Address address(String name) {
        return as(name, Address.class);
    }

    public TokenStandard tokenStandard(String name) {
        return as(name, TokenStandard.class);
    }

    public Hash hash(String name) {
        return as(name, Hash.class);
    }

    public boolean bool(String name) {
        return as(name, Boolean.class);
    }

    public byte[] bytes(String name) {
        return as(name, byte[].class).clone();
    }

    public BigInteger bigInteger(String name) {
        Object v = get(name);
        if (v instanceof BigInteger b) return b;
        if (v instanceof Integer i) return BigInteger.valueOf(i);
        if (v instanceof Long l) {
            AbiType t = arguments.get(indexOf(name)).type();
            boolean unsigned64 = t.kind() == AbiType.Kind.UINT && t.size() == 64;
            return unsigned64 ? new BigInteger(Long.toUnsignedString(l)) : BigInteger.valueOf(l);
        }
        throw wrongType(name, "an integer");
    }

    /** Integer value of a uint32, int64 or uint64 argument (uint64 as raw bits). */
    public long longValue(String name) {
        Object v = get(name);
        if (v instanceof Long l) return l;
        if (v instanceof Integer i) return i;
        throw wrongType(name, "a 64-bit integer");
    }

    /** Integer value of a uint8, uint16, int8, int16 or int32 argument. */
    public int intValue(String name) {
        return as(name, Integer.class);
    }

    /** An array argument with elements of the given Java type. */
    public <T> List<T> list(String name, Class<T> elementType) {
        List<?> l = as(name, List.class);
        List<T> out = new ArrayList<>(l.size());
        for (Object o : l) {
            if (!elementType.isInstance(o)) throw wrongType(name, "a list of " + elementType.getSimpleName());
            out.add(elementType.cast(o instanceof byte[] b ? b.clone() : o));
        }
        return Collections.unmodifiableList(out);
    }

    private <T> T as(String name, Class<T> type) {
        Object v = values.get(indexOf(name));
        if (!type.isInstance(v)) throw wrongType(name, type.getSimpleName());
        return type.cast(v);
    }

    private int indexOf(String name) {
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).name().equals(name)) return i;
        }
        throw new AbiException("abi: no argument named '" + name + "'");
    }

    private AbiException wrongType(String name, String wanted) {
        return new AbiException("abi: argument '" + name + "' is " + arguments.get(indexOf(name)).type() + ", not " + wanted);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Values v && v.arguments.equals(arguments) && deepEquals(values, v.values);
    }

    static boolean deepEquals(List<?> a, List<?> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x instanceof byte[] bx && y instanceof byte[] by) {
                if (!Arrays.equals(bx, by)) return false;
            } else if (x instanceof List<?> lx && y instanceof List<?> ly) {
                if (!deepEquals(lx, ly)) return false;
            } else if (!x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    static int deepHash(List<?> list) {
        int h = 1;
        for (Object v : list) {
            int e = v instanceof byte[] b ? Arrays.hashCode(b) : v instanceof List<?> l ? deepHash(l) : v.hashCode();
            h = 31 * h + e;
        }
        return h;
    }

    static String format(Object v) {
        if (v instanceof byte[] b) return "0x" + Hex.encode(b);
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(format(l.get(i)));
            }
            return sb.append(']').toString();
        }
        return String.valueOf(v);
    }

    @Override
    public int hashCode() {
        return 31 * arguments.hashCode() + deepHash(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(arguments.get(i).name()).append('=').append(format(values.get(i)));
        }
        return sb.append(')').toString();
    }
}
