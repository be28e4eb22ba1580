package io.unikernelz.store;

import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksIterator;
import org.rocksdb.Snapshot;

/**
 * A consistent, read-only view of a {@link VersionedStore} at one height, backed by a RocksDB snapshot: commits made
 * after it was opened are invisible, and it never blocks them. Stack a {@link StateLayer#over(StateReader)} on it to
 * execute against it. Close it (and its iterators) when done; closing the store closes it too.
 */
public final class StateView implements StateReader, AutoCloseable {
    private final VersionedStore store;
    private final Snapshot snapshot;
    private final ReadOptions read;
    private final long height;
    private final Set<SnapshotIterator> iterators = ConcurrentHashMap.newKeySet();
    private final StateReader committed = new Committed();
    /** Reads go here: the committed snapshot, or rollback patches overlaid on it for a historical view. */
    private volatile StateReader reader = committed;
    private final ReentrantReadWriteLock guard = new ReentrantReadWriteLock();
    private volatile boolean released;

    StateView(VersionedStore store, Snapshot snapshot, ReadOptions read, long height) {
        this.store = store;
        this.snapshot = snapshot;
        this.read = read;
        this.height = height;
    }

    /** The height whose state this view shows. */
    public long height() {
        return height;
    }

    @Override
    public byte[] get(byte[] key) {
        return reader.get(key);
    }

    @Override
    public boolean has(byte[] key) {
        return reader.has(key);
    }

    @Override
    public StateIterator iterator(byte[] prefix) {
        return reader.iterator(prefix);
    }

    /** Releases the snapshot and any open iterators. Idempotent. */
    @Override
    public void close() {
        store.readLock().lock();
        try {
            store.forget(this);
            releaseLocked();
        } finally {
            store.readLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "StateView(" + store.location() + " at height " + height + ")";
    }

    StateReader committedReader() {
        return committed;
    }

    void useOverlay(StateLayer overlay) {
        this.reader = overlay;
    }

    /**
     * Frees native resources. The caller holds the store's lifecycle lock (either side); the view's write lock keeps
     * this from racing with reads in flight on this view.
     */
    void releaseLocked() {
        guard.writeLock().lock();
        try {
            if (released) return;
            released = true;
            for (SnapshotIterator it : iterators) it.releaseLocked();
            iterators.clear();
            read.close();
            store.db().releaseSnapshot(snapshot);
        } finally {
            guard.writeLock().unlock();
        }
    }

    /** Runs a native read while neither the store nor this view can be closed under it. */
    private <T> T guarded(Supplier<T> body) {
        store.readLock().lock();
        try {
            guard.readLock().lock();
            try {
                store.ensureOpen();
                if (released) throw new IllegalStateException(this + " is closed");
                return body.get();
            } finally {
                guard.readLock().unlock();
            }
        } finally {
            store.readLock().unlock();
        }
    }

    /** Direct reads of the snapshot's state keys. */
    private final class Committed implements StateReader {
        @Override
        public byte[] get(byte[] key) {
            byte[] k = VersionedStore.stateKey(ByteKeys.require(key, "key"));
            return guarded(() -> store.rocks(() -> store.db().get(read, k)));
        }

        @Override
        public StateIterator iterator(byte[] prefix) {
            byte[] start = VersionedStore.stateKey(ByteKeys.require(prefix, "prefix"));
            return guarded(() -> {
                SnapshotIterator it = new SnapshotIterator(store.db().newIterator(read), start);
                iterators.add(it);
                return it;
            });
        }

        @Override
        public String toString() {
            return StateView.this.toString();
        }
    }

    /** Walks the snapshot from {@code 'U'||prefix} while keys keep that prefix; strips the 'U'. */
    private final class SnapshotIterator implements StateIterator {
        private final RocksIterator it;
        private final byte[] prefix;
        private StateEntry next;
        private boolean done;
        private boolean closed;

        SnapshotIterator(RocksIterator it, byte[] prefix) {
            this.it = it;
            this.prefix = prefix;
            it.seek(prefix);
        }

        @Override
        public boolean hasNext() {
            if (next != null) return true;
            if (done) return false;
            return guarded(() -> {
                if (closed) throw new IllegalStateException("iterator over " + StateView.this + " is closed");
                if (it.isValid() && ByteKeys.startsWith(it.key(), prefix)) {
                    next = new StateEntry(ByteKeys.strip(it.key(), 1), it.value());
                    it.next();
                    return true;
                }
                store.rocks(() -> {
                    it.status();
                    return null;
                });
                done = true;
                return false;
            });
        }

        @Override
        public StateEntry next() {
            if (!hasNext()) throw new NoSuchElementException();
            StateEntry e = next;
            next = null;
            return e;
        }

        @Override
        public void close() {
            store.readLock().lock();
            try {
                guard.readLock().lock();
                try {
                    iterators.remove(this);
                    if (!released) releaseLocked();
                } finally {
                    guard.readLock().unlock();
                }
            } finally {
                store.readLock().unlock();
            }
        }

        /** Caller holds this view's lock (read side for its own close, write side for the view's release). */
        void releaseLocked() {
            if (closed) return;
            closed = true;
            it.close();
        }
    }
}
