package io.unikernelz.rpc.subscribe;

import java.util.Optional;

/** The four {@code ledger.subscribe} kinds go-zenon offers, by their wire names. */
public enum SubscriptionKind {
    MOMENTUMS("momentums", false),
    ALL_ACCOUNT_BLOCKS("allAccountBlocks", false),
    ACCOUNT_BLOCKS_BY_ADDRESS("accountBlocksByAddress", true),
    UNRECEIVED_ACCOUNT_BLOCKS_BY_ADDRESS("unreceivedAccountBlocksByAddress", true);

    private final String wireName;
    private final boolean takesAddress;

    SubscriptionKind(String wireName, boolean takesAddress) {
        this.wireName = wireName;
        this.takesAddress = takesAddress;
    }

    public String wireName() {
        return wireName;
    }

    public boolean takesAddress() {
        return takesAddress;
    }

    public static Optional<SubscriptionKind> byWireName(String name) {
        for (SubscriptionKind k : values()) if (k.wireName.equals(name)) return Optional.of(k);
        return Optional.empty();
    }
}
