package io.unikernelz.rpc.api;

/**
 * {@code stats.syncInfo} result (go-zenon {@code protocol.SyncInfo}): the sync state as go-zenon numbers it and the
 * local and best-peer momentum heights.
 */
public record SyncInfo(int state, long currentHeight, long targetHeight) {
    public static final int UNKNOWN = 0;
    public static final int SYNCING = 1;
    public static final int SYNC_DONE = 2;
    public static final int NOT_ENOUGH_PEERS = 3;

    public SyncInfo {
        if (state < UNKNOWN || state > NOT_ENOUGH_PEERS) throw new IllegalArgumentException("sync state must be 0..3, got " + state);
        if (currentHeight < 0 || targetHeight < 0) throw new IllegalArgumentException("sync heights must not be negative");
    }

    /** A node that is not syncing: done, with the target at its own height. */
    public static SyncInfo done(long height) {
        return new SyncInfo(SYNC_DONE, height, height);
    }
}
