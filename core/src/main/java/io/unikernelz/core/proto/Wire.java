package io.unikernelz.core.proto;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Shared proto3 plumbing for the hand-written codecs, following Go proto.Marshal: fields in ascending number, zero
 * uint64 and empty bytes omitted, message fields always written. Decoding follows protobuf-go: unknown fields and
 * known fields with an unexpected wire type are skipped, the last scalar wins, and repeated occurrences of a
 * singular message field merge (which for our messages equals parsing their concatenation).
 */
final class Wire {
    static final int VARINT = WireFormat.WIRETYPE_VARINT;
    static final int LEN = WireFormat.WIRETYPE_LENGTH_DELIMITED;
    private static final byte[] EMPTY = new byte[0];

    private Wire() {}

    interface Body {
        void write(CodedOutputStream out) throws IOException;
    }

    interface FieldReader {
        /** Reads field {@code number} if it knows it with this wire type; false lets the caller skip it. */
        boolean read(int number, int wireType, CodedInputStream in) throws IOException;
    }

    static byte[] encode(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        CodedOutputStream out = CodedOutputStream.newInstance(bytes, 256);
        try {
            body.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory protobuf write failed", e);
        }
        return bytes.toByteArray();
    }

    static void uint64(CodedOutputStream out, int field, long v) throws IOException {
        if (v != 0) out.writeUInt64(field, v);
    }

    static void bytes(CodedOutputStream out, int field, byte[] v) throws IOException {
        if (v != null && v.length > 0) out.writeByteArray(field, v);
    }

    /** A nested message: always written, even when its own encoding is empty. */
    static void message(CodedOutputStream out, int field, byte[] encoded) throws IOException {
        out.writeByteArray(field, encoded);
    }

    static void decode(byte[] input, String messageName, FieldReader reader) {
        if (input == null) throw new ProtoFormatException(messageName + ": input is null");
        CodedInputStream in = CodedInputStream.newInstance(input);
        try {
            while (true) {
                int tag = in.readTag();
                if (tag == 0) return;
                int number = WireFormat.getTagFieldNumber(tag);
                int wireType = WireFormat.getTagWireType(tag);
                if (!reader.read(number, wireType, in) && !in.skipField(tag)) {
                    throw new ProtoFormatException(messageName + ": unexpected end-group tag for field " + number);
                }
            }
        } catch (IOException e) {
            throw new ProtoFormatException(messageName + ": malformed protobuf: " + e.getMessage(), e);
        }
    }

    /** Appends a further occurrence of a singular message field (protobuf merge = concatenation). */
    static byte[] merge(byte[] previous, byte[] occurrence) {
        if (previous == null) return occurrence;
        byte[] out = new byte[previous.length + occurrence.length];
        System.arraycopy(previous, 0, out, 0, previous.length);
        System.arraycopy(occurrence, 0, out, previous.length, occurrence.length);
        return out;
    }

    static byte[] required(byte[] message, String messageName, String field) {
        if (message == null) throw new ProtoFormatException(messageName + "." + field + ": missing");
        return message;
    }

    /**
     * Decodes a wrapper message whose only field is {@code bytes <field> = 1} (HashProto, AddressProto) and requires
     * exactly {@code size} bytes there.
     */
    static byte[] singleBytesField(byte[] input, String context, String field, int size) {
        byte[][] value = {null};
        decode(input, context, (n, wt, in) -> {
            if (n == 1 && wt == LEN) {
                value[0] = in.readByteArray();
                return true;
            }
            return false;
        });
        byte[] b = orEmpty(value[0]);
        if (b.length != size) {
            throw new ProtoFormatException(context + ": " + field + " must be " + size + " bytes, got " + b.length);
        }
        return b;
    }

    static byte[] orEmpty(byte[] b) {
        return b == null ? EMPTY : b;
    }
}
