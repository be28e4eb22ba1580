package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;

/** Bridge contract {@code bridgeInfo}: key {@code 0x03} (go-zenon definition/bridge.go BridgeInfoVariable). */
public record BridgeInfo(Address administrator, String compressedTssECDSAPubKey, String decompressedTssECDSAPubKey, boolean allowKeyGen,
                         boolean halted, long unhaltedAt, long unhaltDurationInMomentums, long tssNonce, String metadata)
        implements StorageEntry {
    public static final int PREFIX = 3;
    /** go-zenon constants.InitialBridgeAdministrator (also the initial liquidity administrator). */
    public static final Address INITIAL_ADMINISTRATOR = Address.parse("z1qr9vtwsfr2n0nsxl2nfh6l5esqjh2wfj85cfq9");
    /** go-zenon constants.MinUnhaltDurationInMomentums on mainnet (6 hours of momentums). */
    public static final long MAINNET_MIN_UNHALT_DURATION = 2_160;
    private static final Variable VARIABLE = Abis.BRIDGE.variable("bridgeInfo");

    public BridgeInfo {
        Defs.nonNull(administrator, "administrator");
        Defs.nonNull(compressedTssECDSAPubKey, "compressedTssECDSAPubKey");
        Defs.nonNull(decompressedTssECDSAPubKey, "decompressedTssECDSAPubKey");
        Defs.nonNull(metadata, "metadata");
    }

    /** What go-zenon returns when nothing is stored, for the given minimum unhalt duration. */
    public static BridgeInfo initial(long minUnhaltDurationInMomentums) {
        return new BridgeInfo(INITIAL_ADMINISTRATOR, "", "", false, false, 0, minUnhaltDurationInMomentums, 0, "{}");
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
        return VARIABLE.encode(administrator, compressedTssECDSAPubKey, decompressedTssECDSAPubKey, allowKeyGen, halted, unhaltedAt,
                unhaltDurationInMomentums, tssNonce, metadata);
    }

    public static BridgeInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1, "bridge info");
        Values v = VARIABLE.decode(value);
        return new BridgeInfo(v.address("administrator"), v.string("compressedTssECDSAPubKey"), v.string("decompressedTssECDSAPubKey"),
                v.bool("allowKeyGen"), v.bool("halted"), v.longValue("unhaltedAt"), v.longValue("unhaltDurationInMomentums"),
                v.longValue("tssNonce"), v.string("metadata"));
    }
}
