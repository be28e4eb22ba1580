package io.unikernelz.vm.abi;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A storage variable layout of an embedded contract: ABI-encoded fields without a selector. */
public final class Variable {
    private final String name;
    private final Arguments fields;

    public Variable(String name, List<Argument> fields) {
        this.name = Objects.requireNonNull(name, "variable name");
        if (fields.isEmpty()) throw new AbiException("abi: variable inputs should not be empty (" + name + ")");
        this.fields = new Arguments(fields);
    }

    public String name() {
        return name;
    }

    public Arguments fields() {
        return fields;
    }

    /** go-zenon PackVariable. */
    public byte[] encode(Object... values) {
        return fields.encodeValues(Arrays.asList(values));
    }

    /** Encodes a list holding one value per field. */
    public byte[] encodeValues(List<?> values) {
        return fields.encodeValues(values);
    }

    /** go-zenon UnpackVariable: empty data is an error; trailing bytes are ignored. */
    public Values decode(byte[] data) {
        if (data == null || data.length == 0) throw new AbiException("unmarshalling empty output: variable " + name + " has no data");
        return fields.decode(data, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Variable v && v.name.equals(name) && v.fields.list().equals(fields.list());
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "struct " + name + " { " + fields + " }";
    }
}
