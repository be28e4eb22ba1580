package io.unikernelz.vm.abi;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An ordered argument list with Solidity-style head/tail encoding (go-zenon {@code abi.Arguments}): static values
 * in the head, dynamic ones as an offset word in the head pointing into the tail.
 */
public final class Arguments {
    private final List<Argument> list;
    private final int headSize;

    public Arguments(List<Argument> list) {
        this.list = List.copyOf(list);
        int h = 0;
        for (Argument a : this.list) h += a.type().headSize();
        this.headSize = h;
    }

    public List<Argument> list() {
        return list;
    }

    public int size() {
        return list.size();
    }

    /** Encodes one value per argument, in order. */
    public byte[] encode(Object... values) {
        return encodeValues(Arrays.asList(values));
    }

    /** Encodes a list holding one value per argument (kept apart from the varargs form so a single array argument is never mistaken for the whole list). */
    public byte[] encodeValues(List<?> values) {
        if (values.size() != list.size()) {
            throw new AbiException("argument count mismatch: " + values.size() + " for " + list.size());
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream(headSize);
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        for (int i = 0; i < list.size(); i++) {
            Argument a = list.get(i);
            byte[] packed = a.type().encode(values.get(i), name(a, i));
            if (a.type().isDynamic()) {
                head.writeBytes(AbiType.word(BigInteger.valueOf((long) headSize + tail.size())));
                tail.writeBytes(packed);
            } else {
                head.writeBytes(packed);
            }
        }
        head.writeBytes(tail.toByteArray());
        return head.toByteArray();
    }

    /**
     * Decodes the arguments from {@code data[offset..]}. As in go-zenon, bytes after the last value are ignored;
     * every offset and length is checked against the data before it is used.
     */
    public Values decode(byte[] data, int offset) {
        if (data == null) throw new AbiException("abi: no data");
        if (offset < 0 || offset > data.length) throw new AbiException("abi: offset " + offset + " outside data of " + data.length + " bytes");
        List<Object> out = new ArrayList<>(list.size());
        int index = 0;
        for (Argument a : list) {
            out.add(a.type().decode(data, offset, index));
            index += a.type().headSize();
        }
        return new Values(list, out);
    }

    public Values decode(byte[] data) {
        return decode(data, 0);
    }

    private static String name(Argument a, int i) {
        return a.name().isEmpty() ? "argument " + i : a.name();
    }

    /** Type list as in a signature: {@code type1,type2,...}. */
    String typeList() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(list.get(i).type());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(list.get(i).type()).append(' ').append(list.get(i).name());
        }
        return sb.toString();
    }
}
