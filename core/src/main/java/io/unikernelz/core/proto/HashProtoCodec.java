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
        return Hash.wrap(Wire.singleBytesField(input, context, "hash", Hash.SIZE));
    }
}
