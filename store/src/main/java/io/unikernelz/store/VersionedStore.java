package io.unikernelz.store;

import io.unikernelz.core.types.Bytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.Snapshot;
import org.rocksdb.Status;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The committed, versioned state on disk: go-zenon's {@code ldbManager} on RocksDB.
 *
 * <p>Layout (one RocksDB keyspace): the current state under prefix {@code 0x55} ('U'); the patch applied at height
 * h under {@code 0x66||be8(h)} and its rollback patch under {@code 0x77||be8(h)} (both as {@link Patch#dump()});
 * metadata under {@code 0x4d} ('M'): the store format and the last committed height.
 *
 * <p>{@link #commit} writes the state changes, both patches and the new height in one atomic {@code WriteBatch}
 * synced through the WAL, so after a crash the store reopens at the last committed height, never in between.
 * {@link #rollbackTo} undoes heights the same way. One writer at a time (commits are serialised); readers take a
 * {@link #view()} on a RocksDB snapshot and never block the writer.
 */
public final class VersionedStore implements AutoCloseable {
    static final byte STATE_PREFIX = 0x55;
    static final byte PATCH_PREFIX = 0x66;
    static final byte ROLLBACK_PREFIX = 0x77;
    private static final byte[] META_FORMAT = {0x4d, 'f', 'o', 'r', 'm', 'a', 't'};
    private static final byte[] META_HEIGHT = {0x4d, 'h', 'e', 'i', 'g', 'h', 't'};
    private static final byte[] FORMAT = "unikernel-z versioned store 1".getBytes(StandardCharsets.US_ASCII);

    private final Path location;
    private final Options options;
    private final RocksDB db;
    private final WriteOptions syncWrite;
    /** Native calls hold the read side; close() takes the write side so no call runs on a freed handle. */
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private final ReentrantLock writer = new ReentrantLock();
    private final Set<StateView> openViews = ConcurrentHashMap.newKeySet();
    private volatile long height;
    private boolean closed;

    private VersionedStore(Path location, Options options, RocksDB db) {
        this.location = location;
        this.options = options;
        this.db = db;
        this.syncWrite = new WriteOptions().setSync(true);
    }

    /**
     * Opens (creating if needed) the store in {@code dir}.
     *
     * @throws StoreException if the directory is used by another process, is corrupt, holds something else than a
     *     store, or cannot be created
     */
    public static VersionedStore open(Path dir) {
        Path location = dir.toAbsolutePath();
        try {
            Files.createDirectories(location);
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + location + ": " + e, e);
        }
        RocksDB.loadLibrary();
        Options options = new Options().setCreateIfMissing(true).setParanoidChecks(true).setKeepLogFileNum(4);
        RocksDB db;
        try {
            db = RocksDB.open(options, location.toString());
        } catch (RocksDBException e) {
            options.close();
            throw openFailure(location, e);
        }
        VersionedStore store = new VersionedStore(location, options, db);
        try {
            store.height = store.initialise();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static StoreException openFailure(Path location, RocksDBException e) {
        Status status = e.getStatus();
        String msg = e.getMessage() == null ? "" : e.getMessage();
        Status.Code code = status == null ? null : status.getCode();
        if (code == Status.Code.IOError && msg.contains("LOCK")) {
            return new StoreException("data directory " + location + " is in use by another process (" + msg + ")", e);
        }
        if (code == Status.Code.Corruption) {
            return new StoreException("data directory " + location + " is corrupt: " + msg, e);
        }
        return new StoreException("cannot open data directory " + location + ": " + msg, e);
    }

    /** Checks the format marker and the height record, writing both into a brand-new database. */
    private long initialise() {
        byte[] format = rocks(() -> db.get(META_FORMAT));
        if (format == null) {
            if (!isEmpty()) {
                throw new StoreException("data directory " + location + " holds a RocksDB database that is not a unikernel-z store");
            }
            try (WriteBatch batch = new WriteBatch()) {
                rocks(() -> {
                    batch.put(META_FORMAT, FORMAT);
                    batch.put(META_HEIGHT, Bytes.be8(0));
                    db.write(syncWrite, batch);
                    return null;
                });
            }
            return 0;
        }
        if (!Arrays.equals(format, FORMAT)) {
            throw new StoreException("data directory " + location + " has unsupported store format '"
                    + new String(format, StandardCharsets.US_ASCII) + "'");
        }
        byte[] h = rocks(() -> db.get(META_HEIGHT));
        if (h == null || h.length != 8) {
            throw new StoreException("data directory " + location + " is corrupt: the committed height record is "
                    + (h == null ? "missing" : h.length + " bytes"));
        }
        long committed = Bytes.readBe8(h, 0);
        if (committed < 0) {
            throw new StoreException("data directory " + location + " is corrupt: committed height " + Long.toUnsignedString(committed));
        }
        if (committed > 0
                && (rocks(() -> db.get(key(PATCH_PREFIX, committed))) == null
                        || rocks(() -> db.get(key(ROLLBACK_PREFIX, committed))) == null)) {
            throw new StoreException("data directory " + location + " is corrupt: no patch stored for committed height " + committed);
        }
        return committed;
    }

    private boolean isEmpty() {
        try (var it = db.newIterator()) {
            it.seekToFirst();
            return !it.isValid();
        }
    }

    /** The data directory. */
    public Path location() {
        return location;
    }

    /** The last committed height; 0 before the first commit. */
    public long height() {
        return height;
    }

    /**
     * Atomically commits {@code patch} as height {@code height}: applies it to the state and stores it with its
     * rollback patch, synced to disk before returning.
     *
     * @throws IllegalArgumentException unless {@code height == height() + 1}
     */
    public void commit(long height, Patch patch) {
        Objects.requireNonNull(patch, "patch");
        writer.lock();
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            long current = this.height;
            if (height != current + 1) {
                throw new IllegalArgumentException("cannot commit height " + height + ": the store is at height " + current
                        + ", the next commit must be height " + (current + 1));
            }
            // The state of height 0 is empty (nothing but metadata is written before the first commit, and rolling
            // back to 0 undoes everything), so the first commit, e.g. a 100k-key genesis, needs no reads.
            Patch rollback = patch.rollback(current == 0 ? StateReader.empty() : new LiveState());
            try (WriteBatch batch = new WriteBatch()) {
                rocks(() -> {
                    addToBatch(batch, patch);
                    batch.put(key(PATCH_PREFIX, height), patch.dump());
                    batch.put(key(ROLLBACK_PREFIX, height), rollback.dump());
                    batch.put(META_HEIGHT, Bytes.be8(height));
                    db.write(syncWrite, batch);
                    return null;
                });
            }
            this.height = height;
        } finally {
            lifecycle.readLock().unlock();
            writer.unlock();
        }
    }

    /**
     * Atomically undoes every height above {@code target} with the stored rollback patches, and forgets their
     * patches; {@code target == height()} does nothing.
     *
     * @throws IllegalArgumentException unless {@code 0 <= target <= height()}
     */
    public void rollbackTo(long target) {
        writer.lock();
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            long current = this.height;
            if (target < 0 || target > current) {
                throw new IllegalArgumentException("cannot roll back to height " + target + ": the store is at height " + current);
            }
            if (target == current) return;
            try (WriteBatch batch = new WriteBatch()) {
                rocks(() -> {
                    // later batch entries win, so undoing from the top down leaves the values of height `target`
                    for (long h = current; h > target; h--) {
                        addToBatch(batch, storedPatch(null, ROLLBACK_PREFIX, h));
                        batch.delete(key(PATCH_PREFIX, h));
                        batch.delete(key(ROLLBACK_PREFIX, h));
                    }
                    batch.put(META_HEIGHT, Bytes.be8(target));
                    db.write(syncWrite, batch);
                    return null;
                });
            }
            this.height = target;
        } finally {
            lifecycle.readLock().unlock();
            writer.unlock();
        }
    }

    /** The patch committed at {@code height}, if that height is committed. */
    public Optional<Patch> patch(long height) {
        return storedPatchIfPresent(PATCH_PREFIX, height);
    }

    /** The rollback patch of {@code height} (restores the state of {@code height - 1}), if committed. */
    public Optional<Patch> rollbackPatch(long height) {
        return storedPatchIfPresent(ROLLBACK_PREFIX, height);
    }

    private Optional<Patch> storedPatchIfPresent(byte prefix, long h) {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            byte[] dump = rocks(() -> db.get(key(prefix, h)));
            return dump == null ? Optional.empty() : Optional.of(parseStored(dump, prefix, h));
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** A consistent read-only view of the current state; close it when done. */
    public StateView view() {
        return openView(-1);
    }

    /**
     * A consistent read-only view of the state as it was after committing {@code height} (0 = the empty state), built
     * by overlaying the rollback patches of the later heights on a snapshot; cost grows with the distance to the tip.
     *
     * @throws IllegalArgumentException unless {@code 0 <= height <= height()}
     */
    public StateView viewAt(long height) {
        if (height < 0) throw new IllegalArgumentException("height must not be negative: " + height);
        return openView(height);
    }

    private StateView openView(long at) {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            Snapshot snapshot = db.getSnapshot();
            ReadOptions read = new ReadOptions().setSnapshot(snapshot);
            StateView view = null;
            try {
                byte[] h = rocks(() -> db.get(read, META_HEIGHT));
                long tip = Bytes.readBe8(h, 0);
                if (at > tip) {
                    throw new IllegalArgumentException("cannot view height " + at + ": the store is at height " + tip);
                }
                view = new StateView(this, snapshot, read, at < 0 ? tip : at);
                openViews.add(view);
                if (at >= 0 && at < tip) {
                    StateLayer overlay = StateLayer.over(view.committedReader());
                    for (long x = tip; x > at; x--) overlay.apply(storedPatch(read, ROLLBACK_PREFIX, x));
                    view.useOverlay(overlay);
                }
                return view;
            } catch (RuntimeException e) {
                if (view != null) {
                    openViews.remove(view);
                    view.releaseLocked();
                } else {
                    read.close();
                    db.releaseSnapshot(snapshot);
                }
                throw e;
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Closes every open view and iterator, then the database. Idempotent. */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) return;
            closed = true;
            for (StateView v : openViews) v.releaseLocked();
            openViews.clear();
            syncWrite.close();
            db.close();
            options.close();
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "VersionedStore(" + location + " at height " + height + ")";
    }

    // ---- used by StateView -------------------------------------------------------------------------------

    RocksDB db() {
        return db;
    }

    ReentrantReadWriteLock.ReadLock readLock() {
        return lifecycle.readLock();
    }

    /** Caller holds the read lock. */
    void ensureOpen() {
        if (closed) throw new IllegalStateException("store " + location + " is closed");
    }

    void forget(StateView view) {
        openViews.remove(view);
    }

    // ---- internals -----------------------------------------------------------------------------------------

    /** Reads the live (latest written) state; only the writer uses it, while holding the writer lock. */
    private final class LiveState implements StateReader {
        @Override
        public byte[] get(byte[] key) {
            return rocks(() -> db.get(stateKey(key)));
        }

        @Override
        public StateIterator iterator(byte[] prefix) {
            throw new IllegalStateException("the live state is only read key by key");
        }
    }

    private static void addToBatch(WriteBatch batch, Patch patch) throws RocksDBException {
        for (Patch.Record r : patch.records()) {
            if (r.isPut()) batch.put(stateKey(r.rawKey()), r.rawValue());
            else batch.delete(stateKey(r.rawKey()));
        }
    }

    private Patch storedPatch(ReadOptions read, byte prefix, long h) {
        byte[] dump = rocks(() -> read == null ? db.get(key(prefix, h)) : db.get(read, key(prefix, h)));
        if (dump == null) {
            throw new StoreException("data directory " + location + " is corrupt: no "
                    + (prefix == PATCH_PREFIX ? "patch" : "rollback patch") + " stored for committed height " + h);
        }
        return parseStored(dump, prefix, h);
    }

    private Patch parseStored(byte[] dump, byte prefix, long h) {
        try {
            return Patch.fromDump(dump);
        } catch (IllegalArgumentException e) {
            throw new StoreException("data directory " + location + " is corrupt: "
                    + (prefix == PATCH_PREFIX ? "patch" : "rollback patch") + " of height " + h + ": " + e.getMessage(), e);
        }
    }

    static byte[] stateKey(byte[] key) {
        byte[] out = new byte[key.length + 1];
        out[0] = STATE_PREFIX;
        System.arraycopy(key, 0, out, 1, key.length);
        return out;
    }

    private static byte[] key(byte prefix, long h) {
        return ByteKeys.concat(new byte[] {prefix}, Bytes.be8(h));
    }

    @FunctionalInterface
    interface RocksCall<T> {
        T call() throws RocksDBException;
    }

    /** Runs a RocksDB call, turning its checked exception into a StoreException naming the directory. */
    <T> T rocks(RocksCall<T> call) {
        try {
            return call.call();
        } catch (RocksDBException e) {
            throw new StoreException("RocksDB error in " + location + ": " + e.getMessage(), e);
        }
    }
}
