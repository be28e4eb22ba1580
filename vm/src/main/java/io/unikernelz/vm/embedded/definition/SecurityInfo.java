package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.util.List;

/**
 * Common {@code securityInfo} (bridge and liquidity): guardians, their votes and the time-challenge delays, key
 * {@code 0x88}. A missing entry means no guardians and the minimum delays.
 */
public record SecurityInfo(List<Address> guardians, List<Address> guardiansVotes, long administratorDelay, long softDelay)
        implements StorageEntry {
    public static final int PREFIX = 0x88;
    /** go-zenon constants.MinAdministratorDelay on mainnet (2 epochs of momentums). */
    public static final long MAINNET_MIN_ADMINISTRATOR_DELAY = 17_280;
    /** go-zenon constants.MinSoftDelay on mainnet (1 epoch of momentums). */
    public static final long MAINNET_MIN_SOFT_DELAY = 8_640;
    private static final Variable VARIABLE = Abis.COMMON.variable("securityInfo");

    public SecurityInfo {
        guardians = List.copyOf(Defs.nonNull(guardians, "guardians"));
        guardiansVotes = List.copyOf(Defs.nonNull(guardiansVotes, "guardiansVotes"));
    }

    /** What go-zenon returns when nothing is stored, for the given minimum delays. */
    public static SecurityInfo initial(long minAdministratorDelay, long minSoftDelay) {
        return new SecurityInfo(List.of(), List.of(), minAdministratorDelay, minSoftDelay);
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
        return VARIABLE.encode(guardians, guardiansVotes, administratorDelay, softDelay);
    }

    public static SecurityInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1, "security info");
        Values v = VARIABLE.decode(value);
        return new SecurityInfo(v.list("guardians", Address.class), v.list("guardiansVotes", Address.class),
                v.longValue("administratorDelay"), v.longValue("softDelay"));
    }
}
