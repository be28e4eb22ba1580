package io.unikernelz.core.proto;

import io.unikernelz.core.types.Hash;

/** types.HashProto { bytes hash = 1; } */
public final class HashProtoCodec {
    private HashProtoCodec() {}

    public static byte[] encode(Hash hash) {
        return Wire.encode(out -> Wire.bytes(out, 1, hash.rawBytes()));
    }

    public static Hash decode(byte[] input) {
        return decode(input, "HashProto");
    }

    static Hash decode(byte[] input, String context) {
        byte[][] value = {null};
        Wire.decode(input, context, (n, wt, in) -> {
            if (n == 1 && wt == Wire.LEN) {
                value[0] = in.readByteArray();
                return true;
            }
            return false;
        });
        byte[] b = Wire.orEmpty(value[0]);
        if (b.length != Hash.SIZE) {
            throw new ProtoFormatException(context + ": hash must be " + Hash.SIZE + " bytes, got " + b.length);
        }
        return Hash.wrap(b);
    }
}
