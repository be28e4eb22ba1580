package io.unikernelz.core.proto;

import io.unikernelz.core.types.AccountHeader;

/** types.AccountHeaderProto { AddressProto address = 1; HashHeightProto hashHeight = 2; } */
public final class AccountHeaderProtoCodec {
    private AccountHeaderProtoCodec() {}

    public static byte[] encode(AccountHeader header) {
        return Wire.encode(out -> {
            Wire.message(out, 1, AddressProtoCodec.encode(header.address()));
            Wire.message(out, 2, HashHeightProtoCodec.encode(header.hashHeight()));
        });
    }

    public static AccountHeader decode(byte[] input) {
        return decode(input, "AccountHeaderProto");
    }

    static AccountHeader decode(byte[] input, String context) {
        byte[][] parts = {null, null};
        Wire.decode(input, context, (n, wt, in) -> {
            if ((n == 1 || n == 2) && wt == Wire.LEN) {
                parts[n - 1] = Wire.merge(parts[n - 1], in.readByteArray());
                return true;
            }
            return false;
        });
        return new AccountHeader(
                AddressProtoCodec.decode(Wire.required(parts[0], context, "address"), context + ".address"),
                HashHeightProtoCodec.decode(Wire.required(parts[1], context, "hashHeight"), context + ".hashHeight"));
    }
}
