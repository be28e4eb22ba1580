package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Variable;

/** Bridge {@code requestPair}: wrap request id → creation height, key {@code 0x06 || id}; locates a {@link WrapTokenRequest}. */
public record RequestPair(Hash id, long creationMomentumHeight) implements StorageEntry {
    public static final int PREFIX = 6;
    private static final Variable VARIABLE = Abis.BRIDGE.variable("requestPair");

    public RequestPair {
        Defs.nonNull(id, "id");
    }

    public static byte[] key(Hash id) {
        return Defs.key(PREFIX, id.rawBytes());
    }

    @Override
    public byte[] storageKey() {
        return key(id);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(creationMomentumHeight);
    }

    public static RequestPair decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Hash.SIZE, "request pair");
        return new RequestPair(Defs.hash(key, 1), VARIABLE.decode(value).longValue("creationMomentumHeight"));
    }
}
