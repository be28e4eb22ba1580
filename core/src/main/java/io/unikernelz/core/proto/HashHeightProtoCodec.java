package io.unikernelz.core.proto;

import io.unikernelz.core.types.HashHeight;

/** types.HashHeightProto { HashProto hash = 1; uint64 height = 2; } */
public final class HashHeightProtoCodec {
    private HashHeightProtoCodec() {}

    public static byte[] encode(HashHeight hh) {
        return Wire.encode(out -> {
            Wire.message(out, 1, HashProtoCodec.encode(hh.hash()));
            Wire.uint64(out, 2, hh.height());
        });
    }

    public static HashHeight decode(byte[] input) {
        return decode(input, "HashHeightProto");
    }

    static HashHeight decode(byte[] input, String context) {
        byte[][] hash = {null};
        long[] height = {0};
        Wire.decode(input, context, (n, wt, in) -> {
            if (n == 1 && wt == Wire.LEN) {
                hash[0] = Wire.merge(hash[0], in.readByteArray());
                return true;
            }
            if (n == 2 && wt == Wire.VARINT) {
                height[0] = in.readUInt64();
                return true;
            }
            return false;
        });
        String field = context + ".hash";
        return new HashHeight(HashProtoCodec.decode(Wire.required(hash[0], context, "hash"), field), height[0]);
    }
}
