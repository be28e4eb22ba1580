package io.unikernelz.consensus;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

/** Hand-written proto3 helpers shared by the consensus storage records (go-zenon {@code consensus/storage/*.proto}). */
final class ProtoIo {
    private ProtoIo() {
    }

    @FunctionalInterface
    interface Writer {
        void write(CodedOutputStream out) throws IOException;
    }

    @FunctionalInterface
    interface FieldReader {
        /** Handles one field; returns false if the field number is not known and should be skipped. */
        boolean read(int field, int wireType, CodedInputStream in) throws IOException;
    }

    static byte[] encode(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        try {
            writer.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory protobuf encoding failed", e);
        }
        return bytes.toByteArray();
    }

    /** Length-delimited sub-message, always emitted (repeated message elements are never omitted). */
    static void writeMessage(CodedOutputStream out, int field, byte[] message) throws IOException {
        out.writeByteArray(field, message);
    }

    /** proto3 singular bytes: omitted when empty. */
    static void writeBytes(CodedOutputStream out, int field, byte[] value) throws IOException {
        if (value.length > 0) out.writeByteArray(field, value);
    }

    /** proto3 singular string: omitted when empty. */
    static void writeString(CodedOutputStream out, int field, String value) throws IOException {
        if (!value.isEmpty()) out.writeString(field, value);
    }

    /** proto3 fixed32 holding an unsigned 32-bit count: omitted when zero. */
    static void writeFixed32(CodedOutputStream out, int field, long value) throws IOException {
        if (value != 0) out.writeFixed32(field, (int) value);
    }

    /** Go's {@code big.Int.Bytes()}: minimal big-endian magnitude, empty for zero. Values are never negative here. */
    static byte[] bigBytes(BigInteger value) {
        if (value.signum() == 0) return new byte[0];
        byte[] b = value.toByteArray();
        if (b[0] != 0) return b;
        byte[] trimmed = new byte[b.length - 1];
        System.arraycopy(b, 1, trimmed, 0, trimmed.length);
        return trimmed;
    }

    /** Go's {@code new(big.Int).SetBytes(b)}: unsigned big-endian. */
    static BigInteger bigFromBytes(byte[] b) {
        return new BigInteger(1, b);
    }

    static void decode(byte[] data, String what, FieldReader reader) {
        CodedInputStream in = CodedInputStream.newInstance(data);
        try {
            while (true) {
                int tag = in.readTag();
                if (tag == 0) return;
                int field = WireFormat.getTagFieldNumber(tag);
                int wireType = WireFormat.getTagWireType(tag);
                if (!reader.read(field, wireType, in) && !in.skipField(tag)) return;
            }
        } catch (InvalidProtocolBufferException e) {
            throw new ConsensusDataException("malformed " + what + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ConsensusDataException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    static void expectWireType(int field, int actual, int expected, String what) {
        if (actual != expected) {
            throw new ConsensusDataException("malformed " + what + ": field " + field + " has wire type " + actual + ", expected " + expected);
        }
    }
}
