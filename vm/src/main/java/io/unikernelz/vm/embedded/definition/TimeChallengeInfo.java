package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;

/** Common {@code timeChallengeInfo}: a pending administrator action, key {@code 0x87 || sha3(methodName)}. */
public record TimeChallengeInfo(String methodName, Hash paramsHash, long challengeStartHeight) implements StorageEntry {
    public static final int PREFIX = 0x87;
    private static final Variable VARIABLE = Abis.COMMON.variable("timeChallengeInfo");

    public TimeChallengeInfo {
        Defs.nonNull(methodName, "methodName");
        Defs.nonNull(paramsHash, "paramsHash");
    }

    public static byte[] key(String methodName) {
        return Defs.key(PREFIX, Defs.sha3(methodName));
    }

    @Override
    public byte[] storageKey() {
        return key(methodName);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(methodName, paramsHash, challengeStartHeight);
    }

    public static TimeChallengeInfo decodeValue(byte[] value) {
        Values v = VARIABLE.decode(value);
        return new TimeChallengeInfo(v.string("methodName"), v.hash("paramsHash"), v.longValue("challengeStartHeight"));
    }

    public static TimeChallengeInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Hash.SIZE, "time challenge");
        return decodeValue(value);
    }
}
