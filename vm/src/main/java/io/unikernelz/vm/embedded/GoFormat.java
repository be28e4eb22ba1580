package io.unikernelz.vm.embedded;

import java.math.BigInteger;

/**
 * Pieces of Go's {@code fmt} output that contract log lines contain (go-zenon logs definition structs with
 * {@code %+v}): a struct renders as {@code {Field:value ...}}, a pointer to one as {@code &{...}}, and a
 * {@code *big.Int} field inside it with an explicit sign.
 */
public final class GoFormat {
    private GoFormat() {}

    /** A {@code *big.Int} under {@code %+v}: {@code +10}, {@code +0}, {@code -3}. */
    public static String signed(BigInteger v) {
        return v.signum() < 0 ? v.toString() : "+" + v;
    }

    /** {@code {Name1:value1 Name2:value2}} from alternating field names and rendered values. */
    public static String struct(Object... fieldsAndValues) {
        if (fieldsAndValues.length % 2 != 0) throw new IllegalArgumentException("struct needs name/value pairs");
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (i > 0) sb.append(' ');
            sb.append(fieldsAndValues[i]).append(':').append(fieldsAndValues[i + 1]);
        }
        return sb.append('}').toString();
    }

    /** A pointer to a struct under {@code %+v}: {@code &{...}}. */
    public static String pointer(String struct) {
        return "&" + struct;
    }
}
