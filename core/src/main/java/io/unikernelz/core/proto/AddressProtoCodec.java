package io.unikernelz.core.proto;

import io.unikernelz.core.types.Address;

/** types.AddressProto { bytes address = 1; } */
public final class AddressProtoCodec {
    private AddressProtoCodec() {}

    public static byte[] encode(Address address) {
        return Wire.encode(out -> Wire.bytes(out, 1, address.rawBytes()));
    }

    public static Address decode(byte[] input) {
        return decode(input, "AddressProto");
    }

    static Address decode(byte[] input, String context) {
        byte[][] value = {null};
        Wire.decode(input, context, (n, wt, in) -> {
            if (n == 1 && wt == Wire.LEN) {
                value[0] = in.readByteArray();
                return true;
            }
            return false;
        });
        byte[] b = Wire.orEmpty(value[0]);
        if (b.length != Address.SIZE) {
            throw new ProtoFormatException(context + ": address must be " + Address.SIZE + " bytes, got " + b.length);
        }
        return Address.wrap(b);
    }
}
