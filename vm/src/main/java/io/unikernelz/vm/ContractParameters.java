package io.unikernelz.vm;

import io.unikernelz.core.types.Address;
import java.util.Objects;

/**
 * Contract timing constants that go-zenon keeps as package variables and that its scenario tests overwrite
 * (vm/embedded/tests/utils_test.go {@code init}, plasma_test.go, z_bridge_test.go). Here they travel with the VM
 * instance instead of being global. {@link #mainnet()} holds go-zenon's values; contracts read them through
 * {@link AccountVmContext#parameters()}. Time windows are in seconds unless named "momentums". The spork address is
 * the network's genesis {@code SporkAddress} (go-zenon types.SporkAddress, set from the genesis config at start-up).
 */
public final class ContractParameters {
    private static final long MOMENTUMS_PER_HOUR = 360;
    private static final long MOMENTUMS_PER_EPOCH = MOMENTUMS_PER_HOUR * 24;
    private static final long DAY = 24 * 60 * 60;

    private final long fuseExpiration;
    private final long updateMinNumMomentums;
    private final long rewardTimeLimit;
    private final long sentinelLockTimeWindow;
    private final long sentinelRevokeTimeWindow;
    private final long stakeTimeUnitSec;
    private final long stakeTimeMinSec;
    private final long stakeTimeMaxSec;
    private final long pillarEpochLockTime;
    private final long pillarEpochRevokeTime;
    private final long minUnhaltDurationInMomentums;
    private final long minAdministratorDelay;
    private final long minSoftDelay;
    private final int minGuardians;
    private final Address sporkAddress;
    private final Address initialBridgeAdministrator;

    private ContractParameters(Builder b) {
        fuseExpiration = nonNegative(b.fuseExpiration, "fuseExpiration");
        updateMinNumMomentums = nonNegative(b.updateMinNumMomentums, "updateMinNumMomentums");
        rewardTimeLimit = nonNegative(b.rewardTimeLimit, "rewardTimeLimit");
        sentinelLockTimeWindow = nonNegative(b.sentinelLockTimeWindow, "sentinelLockTimeWindow");
        sentinelRevokeTimeWindow = nonNegative(b.sentinelRevokeTimeWindow, "sentinelRevokeTimeWindow");
        stakeTimeUnitSec = positive(b.stakeTimeUnitSec, "stakeTimeUnitSec");
        stakeTimeMinSec = nonNegative(b.stakeTimeMinSec, "stakeTimeMinSec");
        stakeTimeMaxSec = nonNegative(b.stakeTimeMaxSec, "stakeTimeMaxSec");
        pillarEpochLockTime = nonNegative(b.pillarEpochLockTime, "pillarEpochLockTime");
        pillarEpochRevokeTime = nonNegative(b.pillarEpochRevokeTime, "pillarEpochRevokeTime");
        minUnhaltDurationInMomentums = nonNegative(b.minUnhaltDurationInMomentums, "minUnhaltDurationInMomentums");
        minAdministratorDelay = nonNegative(b.minAdministratorDelay, "minAdministratorDelay");
        minSoftDelay = nonNegative(b.minSoftDelay, "minSoftDelay");
        minGuardians = (int) nonNegative(b.minGuardians, "minGuardians");
        sporkAddress = Objects.requireNonNull(b.sporkAddress, "sporkAddress");
        initialBridgeAdministrator = Objects.requireNonNull(b.initialBridgeAdministrator, "initialBridgeAdministrator");
    }

    private static long nonNegative(long v, String name) {
        if (v < 0) throw new IllegalArgumentException(name + " must not be negative, got " + v);
        return v;
    }

    private static long positive(long v, String name) {
        if (v <= 0) throw new IllegalArgumentException(name + " must be positive, got " + v);
        return v;
    }

    /** go-zenon's values (vm/constants/embedded.go). */
    public static ContractParameters mainnet() {
        return builder().build();
    }

    /**
     * The values go-zenon's embedded-contract scenario tests run with (vm/embedded/tests/utils_test.go {@code init});
     * individual tests change more through {@link #toBuilder()}.
     */
    public static ContractParameters goZenonTests() {
        return builder()
                .sentinelLockTimeWindow(40)
                .sentinelRevokeTimeWindow(20)
                .rewardTimeLimit(0)
                .updateMinNumMomentums(360)
                .fuseExpiration(100)
                .stakeTimeUnitSec(60 * 60)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.fuseExpiration = fuseExpiration;
        b.updateMinNumMomentums = updateMinNumMomentums;
        b.rewardTimeLimit = rewardTimeLimit;
        b.sentinelLockTimeWindow = sentinelLockTimeWindow;
        b.sentinelRevokeTimeWindow = sentinelRevokeTimeWindow;
        b.stakeTimeUnitSec = stakeTimeUnitSec;
        b.stakeTimeMinSec = stakeTimeMinSec;
        b.stakeTimeMaxSec = stakeTimeMaxSec;
        b.pillarEpochLockTime = pillarEpochLockTime;
        b.pillarEpochRevokeTime = pillarEpochRevokeTime;
        b.minUnhaltDurationInMomentums = minUnhaltDurationInMomentums;
        b.minAdministratorDelay = minAdministratorDelay;
        b.minSoftDelay = minSoftDelay;
        b.minGuardians = minGuardians;
        b.sporkAddress = sporkAddress;
        b.initialBridgeAdministrator = initialBridgeAdministrator;
        return b;
    }

    /** Momentums after which a fusion may be cancelled (FuseExpiration; mainnet 3 600). */
    public long fuseExpiration() { return fuseExpiration; }

    /** Momentums between two effective Update calls (UpdateMinNumMomentums; mainnet 300). */
    public long updateMinNumMomentums() { return updateMinNumMomentums; }

    /** Seconds after an epoch's end before it is rewarded (RewardTimeLimit; mainnet 3 600). */
    public long rewardTimeLimit() { return rewardTimeLimit; }

    public long sentinelLockTimeWindow() { return sentinelLockTimeWindow; }

    public long sentinelRevokeTimeWindow() { return sentinelRevokeTimeWindow; }

    public long stakeTimeUnitSec() { return stakeTimeUnitSec; }

    public long stakeTimeMinSec() { return stakeTimeMinSec; }

    public long stakeTimeMaxSec() { return stakeTimeMaxSec; }

    public long pillarEpochLockTime() { return pillarEpochLockTime; }

    public long pillarEpochRevokeTime() { return pillarEpochRevokeTime; }

    public long minUnhaltDurationInMomentums() { return minUnhaltDurationInMomentums; }

    public long minAdministratorDelay() { return minAdministratorDelay; }

    public long minSoftDelay() { return minSoftDelay; }

    public int minGuardians() { return minGuardians; }

    /** The address allowed to create and activate sporks and to call the liquidity admin methods (genesis SporkAddress). */
    public Address sporkAddress() { return sporkAddress; }

    /**
     * The bridge and liquidity administrator until one is stored (go-zenon constants.InitialBridgeAdministrator, which
     * its bridge and liquidity tests overwrite).
     */
    public Address initialBridgeAdministrator() { return initialBridgeAdministrator; }

    /** Mutable builder starting from the mainnet values. */
    public static final class Builder {
        private long fuseExpiration = MOMENTUMS_PER_HOUR * 10;
        private long updateMinNumMomentums = MOMENTUMS_PER_HOUR * 5 / 6;
        private long rewardTimeLimit = 3600;
        private long sentinelLockTimeWindow = 27 * DAY;
        private long sentinelRevokeTimeWindow = 3 * DAY;
        private long stakeTimeUnitSec = 30 * DAY;
        private long stakeTimeMinSec = 30 * DAY;
        private long stakeTimeMaxSec = 30 * DAY * 12;
        private long pillarEpochLockTime = 83 * DAY;
        private long pillarEpochRevokeTime = 7 * DAY;
        private long minUnhaltDurationInMomentums = 6 * MOMENTUMS_PER_HOUR;
        private long minAdministratorDelay = 2 * MOMENTUMS_PER_EPOCH;
        private long minSoftDelay = MOMENTUMS_PER_EPOCH;
        private long minGuardians = 5;
        /** The mainnet genesis SporkAddress. */
        private Address sporkAddress = Address.parse("z1qpxswrfnlll355wrx868xh58j7e2gu2n2u5czv");
        private Address initialBridgeAdministrator = Address.parse("z1qr9vtwsfr2n0nsxl2nfh6l5esqjh2wfj85cfq9");

        private Builder() {}

        public Builder fuseExpiration(long v) { fuseExpiration = v; return this; }
        public Builder updateMinNumMomentums(long v) { updateMinNumMomentums = v; return this; }
        public Builder rewardTimeLimit(long v) { rewardTimeLimit = v; return this; }
        public Builder sentinelLockTimeWindow(long v) { sentinelLockTimeWindow = v; return this; }
        public Builder sentinelRevokeTimeWindow(long v) { sentinelRevokeTimeWindow = v; return this; }

        /** Also sets the minimum (1 unit) and maximum (12 units) staking time, as go-zenon's tests do. */
        public Builder stakeTimeUnitSec(long v) {
            stakeTimeUnitSec = v;
            stakeTimeMinSec = v;
            stakeTimeMaxSec = v * 12;
            return this;
        }

        public Builder stakeTimeMinSec(long v) { stakeTimeMinSec = v; return this; }
        public Builder stakeTimeMaxSec(long v) { stakeTimeMaxSec = v; return this; }
        public Builder pillarEpochLockTime(long v) { pillarEpochLockTime = v; return this; }
        public Builder pillarEpochRevokeTime(long v) { pillarEpochRevokeTime = v; return this; }
        public Builder minUnhaltDurationInMomentums(long v) { minUnhaltDurationInMomentums = v; return this; }
        public Builder minAdministratorDelay(long v) { minAdministratorDelay = v; return this; }
        public Builder minSoftDelay(long v) { minSoftDelay = v; return this; }
        public Builder minGuardians(int v) { minGuardians = v; return this; }
        public Builder sporkAddress(Address v) { sporkAddress = Objects.requireNonNull(v, "sporkAddress"); return this; }
        public Builder initialBridgeAdministrator(Address v) {
            initialBridgeAdministrator = Objects.requireNonNull(v, "initialBridgeAdministrator");
            return this;
        }

        public ContractParameters build() {
            return new ContractParameters(this);
        }
    }
}
