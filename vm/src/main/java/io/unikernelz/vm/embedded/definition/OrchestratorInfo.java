package io.unikernelz.vm.embedded.definition;

import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;

/** Bridge contract {@code orchestratorInfo}: key {@code 0x04}; missing means all zero. uint32 fields are held in longs. */
public record OrchestratorInfo(long windowSize, long keyGenThreshold, long confirmationsToFinality, long estimatedMomentumTime,
                               long allowKeyGenHeight) implements StorageEntry {
    public static final int PREFIX = 4;
    public static final OrchestratorInfo EMPTY = new OrchestratorInfo(0, 0, 0, 0, 0);
    private static final Variable VARIABLE = Abis.BRIDGE.variable("orchestratorInfo");

    public OrchestratorInfo {
        Defs.uint32(keyGenThreshold, "keyGenThreshold");
        Defs.uint32(confirmationsToFinality, "confirmationsToFinality");
        Defs.uint32(estimatedMomentumTime, "estimatedMomentumTime");
    }

    public static byte[] key() {
        return new byte[] {(byte) PREFIX};
    }

    @Override
    public byte[] storageKey() {
        return key();
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(windowSize, keyGenThreshold, confirmationsToFinality, estimatedMomentumTime, allowKeyGenHeight);
    }

    public static OrchestratorInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1, "orchestrator info");
        Values v = VARIABLE.decode(value);
        return new OrchestratorInfo(v.longValue("windowSize"), v.longValue("keyGenThreshold"), v.longValue("confirmationsToFinality"),
                v.longValue("estimatedMomentumTime"), v.longValue("allowKeyGenHeight"));
    }
}
