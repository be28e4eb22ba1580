package io.unikernelz.store;

import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * An in-memory layer of writes over a parent reader: go-zenon's memdb stacked by {@code Snapshot()} through
 * {@code mergedDB}, with {@code enableDelete} tombstones.
 *
 * <p>Reads look at this layer first and fall through to the parent; a deleted key is a tombstone that hides the
 * parent's value. {@link #changes()} is this layer only, in ascending key order. {@link #snapshot()} stacks a child
 * layer on this one; the child is committed with {@link #merge()} or thrown away with {@link #drop()}.
 *
 * <p>The layer is a sorted skip list, so concurrent reads and writes are safe and an open iterator never fails
 * because of a later write (it may or may not see it, like goleveldb's memdb). Applying a block is still meant to be
 * done by one thread.
 */
public final class StateLayer implements State {
    /** Marks a deleted key. Zero-length, so it cannot be modified; recognised by identity only. */
    private static final byte[] TOMBSTONE = new byte[0];

    private final StateReader parent;
    /** The parent when it is writable (a snapshot of a State); {@code merge} commits into it. */
    private final State writableParent;
    private final ConcurrentSkipListMap<byte[], byte[]> writes = new ConcurrentSkipListMap<>(ByteKeys.ORDER);

    private StateLayer(StateReader parent, State writableParent) {
        this.parent = parent;
        this.writableParent = writableParent;
    }

    /** A layer over nothing: a fresh empty state (go-zenon {@code NewMemDB}). */
    public static StateLayer empty() {
        return new StateLayer(StateReader.empty(), null);
    }

    /**
     * A layer over a read-only parent, e.g. a committed {@link StateView}. Such a layer cannot be merged; take its
     * {@link #changes()} instead.
     */
    public static StateLayer over(StateReader parent) {
        return new StateLayer(Objects.requireNonNull(parent, "parent"), null);
    }

    /** The reader below this layer. */
    public StateReader parent() {
        return parent;
    }

    @Override
    public byte[] get(byte[] key) {
        byte[] v = writes.get(ByteKeys.require(key, "key"));
        if (v == null) return parent.get(key);
        return v == TOMBSTONE ? null : v.clone();
    }

    @Override
    public boolean has(byte[] key) {
        byte[] v = writes.get(ByteKeys.require(key, "key"));
        if (v == null) return parent.has(key);
        return v != TOMBSTONE;
    }

    @Override
    public void put(byte[] key, byte[] value) {
        byte[] k = ByteKeys.require(key, "key").clone();
        // clone() of an empty array is a new instance, so an empty value never aliases the tombstone
        writes.put(k, ByteKeys.require(value, "value").clone());
    }

    @Override
    public void delete(byte[] key) {
        writes.put(ByteKeys.require(key, "key").clone(), TOMBSTONE);
    }

    @Override
    public Patch changes() {
        return changesUnder(new byte[0]);
    }

    /** This layer's writes under {@code prefix}, ascending, with the prefix removed from every key. */
    Patch changesUnder(byte[] prefix) {
        Patch.Builder b = Patch.builder();
        for (Map.Entry<byte[], byte[]> e : range(writes, prefix).entrySet()) {
            byte[] key = ByteKeys.strip(e.getKey(), prefix.length);
            byte[] v = e.getValue();
            if (v == TOMBSTONE) b.deleteOwned(key); else b.putOwned(key, v.clone());
        }
        return b.build();
    }

    /** Number of keys written or deleted in this layer. */
    public int size() {
        return writes.size();
    }

    @Override
    public StateLayer snapshot() {
        return new StateLayer(this, this);
    }

    /** A child layer of any writable state (used by subspace views). */
    static StateLayer on(State parent) {
        return new StateLayer(parent, parent);
    }

    @Override
    public State subspace(byte[] prefix) {
        return new PrefixedState(this, ByteKeys.require(prefix, "prefix").clone());
    }

    /**
     * Commits this layer into its parent ({@code parent.apply(changes())}) and empties it, so it can be reused.
     *
     * @throws IllegalStateException if the parent is read-only (a layer made by {@link #over} or {@link #empty})
     */
    public void merge() {
        if (writableParent == null) {
            throw new IllegalStateException("cannot merge: this layer sits on a read-only parent (" + parent + ")");
        }
        writableParent.apply(changes());
        writes.clear();
    }

    /** Discards every write of this layer (rollback); the parent is untouched and the layer stays usable. */
    public void drop() {
        writes.clear();
    }

    @Override
    public StateIterator iterator(byte[] prefix) {
        ByteKeys.require(prefix, "prefix");
        Iterator<Map.Entry<byte[], byte[]>> own = range(writes, prefix).entrySet().iterator();
        return new MergingIterator(own, parent.iterator(prefix));
    }

    private static NavigableMap<byte[], byte[]> range(ConcurrentSkipListMap<byte[], byte[]> map, byte[] prefix) {
        if (prefix.length == 0) return map;
        byte[] upper = ByteKeys.upperBound(prefix);
        return upper == null ? map.tailMap(prefix, true) : map.subMap(prefix, true, upper, false);
    }

    @Override
    public String toString() {
        return "StateLayer(" + writes.size() + " writes over " + parent + ")";
    }

    /** Merges this layer's range (tombstones included) with the parent's live entries; this layer wins on ties. */
    private static final class MergingIterator implements StateIterator {
        private final Iterator<Map.Entry<byte[], byte[]>> own;
        private final StateIterator below;
        private Map.Entry<byte[], byte[]> ownHead;
        private StateEntry belowHead;
        private StateEntry next;

        MergingIterator(Iterator<Map.Entry<byte[], byte[]>> own, StateIterator below) {
            this.own = own;
            this.below = below;
            this.ownHead = own.hasNext() ? own.next() : null;
            this.belowHead = below.hasNext() ? below.next() : null;
        }

        @Override
        public boolean hasNext() {
            while (next == null && (ownHead != null || belowHead != null)) {
                int cmp;
                if (ownHead == null) cmp = 1;
                else if (belowHead == null) cmp = -1;
                else cmp = ByteKeys.ORDER.compare(ownHead.getKey(), belowHead.key());
                if (cmp > 0) {
                    next = belowHead;
                    belowHead = below.hasNext() ? below.next() : null;
                } else {
                    if (cmp == 0) belowHead = below.hasNext() ? below.next() : null;
                    byte[] v = ownHead.getValue();
                    if (v != TOMBSTONE) next = new StateEntry(ownHead.getKey().clone(), v.clone());
                    ownHead = own.hasNext() ? own.next() : null;
                }
            }
            return next != null;
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
            below.close();
        }
    }
}
