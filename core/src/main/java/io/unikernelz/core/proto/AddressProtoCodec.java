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
        return Address.wrap(Wire.singleBytesField(input, context, "address", Address.SIZE));
    }
}
