package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.vm.abi.AbiException;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Liquidity contract {@code liquidityInfo}: key {@code 0x01}; token tuples are stored as a {@code bytes[]} of
 * ABI-packed {@link TokenTuple}s, and tuples that do not decode are dropped on read (as in go-zenon).
 */
public record LiquidityInfo(Address administrator, boolean isHalted, BigInteger znnReward, BigInteger qsrReward, List<TokenTuple> tokenTuples)
        implements StorageEntry {
    public static final int PREFIX = 1;
    private static final Variable VARIABLE = Abis.LIQUIDITY.variable("liquidityInfo");

    public LiquidityInfo {
        Defs.nonNull(administrator, "administrator");
        Defs.uint256(znnReward, "znnReward");
        Defs.uint256(qsrReward, "qsrReward");
        tokenTuples = List.copyOf(Defs.nonNull(tokenTuples, "tokenTuples"));
    }

    /** What go-zenon returns when nothing is stored: the initial bridge administrator, not halted, no rewards, no tuples. */
    public static LiquidityInfo initial() {
        return new LiquidityInfo(BridgeInfo.INITIAL_ADMINISTRATOR, false, BigInteger.ZERO, BigInteger.ZERO, List.of());
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
        List<byte[]> tuples = new ArrayList<>(tokenTuples.size());
        for (TokenTuple t : tokenTuples) tuples.add(t.encode());
        return VARIABLE.encode(administrator, isHalted, znnReward, qsrReward, tuples);
    }

    public static LiquidityInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1, "liquidity info");
        Values v = VARIABLE.decode(value);
        List<TokenTuple> tuples = new ArrayList<>();
        for (byte[] raw : v.list("tokenTuples", byte[].class)) {
            try {
                tuples.add(TokenTuple.decode(raw));
            } catch (AbiException skipped) {
                // go-zenon skips token tuples it cannot unpack
            }
        }
        return new LiquidityInfo(v.address("administrator"), v.bool("isHalted"), v.bigInteger("znnReward"), v.bigInteger("qsrReward"), tuples);
    }
}
