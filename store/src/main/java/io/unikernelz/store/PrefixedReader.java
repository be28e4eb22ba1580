package io.unikernelz.store;

import java.util.NoSuchElementException;

/** Read-only subspace: key {@code k} maps to {@code prefix || k} of the base reader. */
final class PrefixedReader implements StateReader {
    static final StateReader EMPTY = new StateReader() {
        @Override
        public byte[] get(byte[] key) {
            ByteKeys.require(key, "key");
            return null;
        }

        @Override
        public StateIterator iterator(byte[] prefix) {
            ByteKeys.require(prefix, "prefix");
            return new StateIterator() {
                @Override
                public boolean hasNext() {
                    return false;
                }

                @Override
                public StateEntry next() {
                    throw new NoSuchElementException();
                }

                @Override
                public void close() {}
            };
        }

        @Override
        public String toString() {
            return "empty state";
        }
    };

    private final StateReader base;
    private final byte[] prefix;

    PrefixedReader(StateReader base, byte[] prefix) {
        this.base = base;
        this.prefix = prefix;
    }

    @Override
    public byte[] get(byte[] key) {
        return base.get(ByteKeys.concat(prefix, ByteKeys.require(key, "key")));
    }

    @Override
    public boolean has(byte[] key) {
        return base.has(ByteKeys.concat(prefix, ByteKeys.require(key, "key")));
    }

    @Override
    public StateIterator iterator(byte[] sub) {
        return stripping(base.iterator(ByteKeys.concat(prefix, ByteKeys.require(sub, "prefix"))), prefix.length);
    }

    @Override
    public StateReader subspace(byte[] sub) {
        return new PrefixedReader(base, ByteKeys.concat(prefix, ByteKeys.require(sub, "prefix")));
    }

    /** Wraps an iterator over {@code prefix || ...} so its keys come out without the prefix. */
    static StateIterator stripping(StateIterator inner, int prefixLength) {
        return new StateIterator() {
            @Override
            public boolean hasNext() {
                return inner.hasNext();
            }

            @Override
            public StateEntry next() {
                StateEntry e = inner.next();
                return new StateEntry(ByteKeys.strip(e.key(), prefixLength), e.value());
            }

            @Override
            public void close() {
                inner.close();
            }
        };
    }
}
