package io.unikernelz.store;

import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An ordered list of state writes: go-zenon's {@code db.Patch}, which is a goleveldb {@code Batch}.
 *
 * <p>{@link #dump()} is the batch record buffer without its 12-byte header, exactly as goleveldb builds it: a put is
 * {@code 0x01 || uvarint(len key) || key || uvarint(len value) || value}, a delete is {@code 0x00 || uvarint(len key)
 * || key}. {@link #hash()} = SHA3-256 of the dump, which is a momentum's or account block's ChangesHash. Records keep
 * insertion order and duplicates; replaying them in order gives last-write-wins.
 *
 * <p>Immutable. Build with {@link #builder()} or parse with {@link #fromDump(byte[])}.
 */
public final class Patch {
    /** The patch with no records; its hash is SHA3-256 of the empty string. */
    public static final Patch EMPTY = new Patch(List.of(), new byte[0]);

    private static final int KIND_DELETE = 0x00;
    private static final int KIND_PUT = 0x01;

    private final List<Record> records;
    private final byte[] dump;

    private Patch(List<Record> records, byte[] dump) {
        this.records = records;
        this.dump = dump;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses a dump (goleveldb {@code Batch.Load} without header), e.g. a stored patch or rollback patch.
     *
     * @throws IllegalArgumentException naming the offset when a record is truncated or has an unknown kind byte
     */
    public static Patch fromDump(byte[] dump) {
        ByteKeys.require(dump, "patch dump");
        Builder b = builder();
        int[] pos = {0};
        while (pos[0] < dump.length) {
            int start = pos[0];
            int kind = dump[pos[0]++] & 0xff;
            if (kind != KIND_PUT && kind != KIND_DELETE) {
                throw new IllegalArgumentException("malformed patch dump: unknown record kind 0x"
                        + Integer.toHexString(kind) + " at offset " + start);
            }
            byte[] key = readSlice(dump, pos, "key", start);
            if (kind == KIND_PUT) {
                b.putOwned(key, readSlice(dump, pos, "value", start));
            } else {
                b.deleteOwned(key);
            }
        }
        return b.build();
    }

    private static byte[] readSlice(byte[] buf, int[] pos, String what, int recordStart) {
        long len = 0;
        int shift = 0;
        while (true) {
            if (pos[0] >= buf.length) {
                throw new IllegalArgumentException("malformed patch dump: truncated " + what + " length in record at offset " + recordStart);
            }
            int b = buf[pos[0]++] & 0xff;
            if (shift == 63 && b > 1) {
                throw new IllegalArgumentException("malformed patch dump: " + what + " length overflows in record at offset " + recordStart);
            }
            len |= (long) (b & 0x7f) << shift;
            if (b < 0x80) break;
            shift += 7;
            if (shift > 63) {
                throw new IllegalArgumentException("malformed patch dump: " + what + " length overflows in record at offset " + recordStart);
            }
        }
        if (len > buf.length - pos[0]) {
            throw new IllegalArgumentException("malformed patch dump: " + what + " of " + Long.toUnsignedString(len)
                    + " bytes exceeds the remaining " + (buf.length - pos[0]) + " in record at offset " + recordStart);
        }
        byte[] out = Arrays.copyOfRange(buf, pos[0], pos[0] + (int) len);
        pos[0] += (int) len;
        return out;
    }

    /** The records in insertion order. */
    public List<Record> records() {
        return records;
    }

    public int size() {
        return records.size();
    }

    public boolean isEmpty() {
        return records.isEmpty();
    }

    /** The goleveldb batch record buffer without header; a fresh copy. */
    public byte[] dump() {
        return dump.clone();
    }

    /** SHA3-256 of {@link #dump()}: go-zenon {@code PatchHash}, i.e. the ChangesHash. */
    public Hash hash() {
        return Hash.of(dump);
    }

    /** Calls the replayer once per record, in order, with arrays the replayer may keep. */
    public void replay(Replayer replayer) {
        Objects.requireNonNull(replayer, "replayer");
        for (Record r : records) {
            if (r.isPut()) {
                replayer.put(r.key(), r.value());
            } else {
                replayer.delete(r.key());
            }
        }
    }

    /**
     * The patch that undoes this one once it has been applied on top of {@code before}: for each record, in order,
     * a put of the key's value in {@code before} or a delete if it had none (go-zenon {@code RollbackPatch}).
     */
    public Patch rollback(StateReader before) {
        Objects.requireNonNull(before, "before");
        Builder b = builder();
        for (Record r : records) {
            byte[] old = before.get(r.key);
            if (old == null) b.deleteOwned(r.key); else b.putOwned(r.key, old);
        }
        return b.build();
    }

    /** This patch's records with {@code prefix} prepended to every key (replaying it under a subspace). */
    public Patch withKeyPrefix(byte[] prefix) {
        ByteKeys.require(prefix, "prefix");
        Builder b = builder();
        for (Record r : records) {
            byte[] key = ByteKeys.concat(prefix, r.key);
            if (r.isPut()) b.putOwned(key, r.value); else b.deleteOwned(key);
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Patch p && Arrays.equals(dump, p.dump);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dump);
    }

    /** One line per record, {@code key - value} or {@code key - DELETE} in hex (go-zenon {@code DebugPatch}). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Record r : records) sb.append(r).append('\n');
        return sb.toString();
    }

    /** Receives a patch's records in order (goleveldb {@code BatchReplay}). */
    public interface Replayer {
        void put(byte[] key, byte[] value);

        void delete(byte[] key);
    }

    /** One put or delete. Accessors return copies. */
    public static final class Record {
        private final byte[] key;
        private final byte[] value; // null for a delete

        private Record(byte[] key, byte[] value) {
            this.key = key;
            this.value = value;
        }

        public static Record put(byte[] key, byte[] value) {
            return new Record(ByteKeys.require(key, "key").clone(), ByteKeys.require(value, "value").clone());
        }

        public static Record delete(byte[] key) {
            return new Record(ByteKeys.require(key, "key").clone(), null);
        }

        public boolean isPut() {
            return value != null;
        }

        public boolean isDelete() {
            return value == null;
        }

        public byte[] key() {
            return key.clone();
        }

        /** The written value; an empty array for a delete. */
        public byte[] value() {
            return value == null ? new byte[0] : value.clone();
        }

        byte[] rawKey() {
            return key;
        }

        byte[] rawValue() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Record r && Arrays.equals(key, r.key) && Arrays.equals(value, r.value);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(key) + Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return Hex.encode(key) + " - " + (value == null ? "DELETE" : Hex.encode(value));
        }
    }

    /** Accumulates records; {@link #build()} may be called repeatedly and yields independent patches. */
    public static final class Builder {
        private final List<Record> records = new ArrayList<>();
        // A plain growable buffer: ByteArrayOutputStream locks on every byte, and a genesis patch has 100k records.
        private byte[] dump = new byte[256];
        private int dumpLength;

        private Builder() {}

        public Builder put(byte[] key, byte[] value) {
            return putOwned(ByteKeys.require(key, "key").clone(), ByteKeys.require(value, "value").clone());
        }

        public Builder delete(byte[] key) {
            return deleteOwned(ByteKeys.require(key, "key").clone());
        }

        /** Appends all records of {@code patch} (go-zenon replays one patch into another this way). */
        public Builder add(Patch patch) {
            Objects.requireNonNull(patch, "patch");
            records.addAll(patch.records);
            writeBytes(patch.dump);
            return this;
        }

        public Builder add(Record record) {
            Objects.requireNonNull(record, "record");
            return record.isPut() ? putOwned(record.key, record.value) : deleteOwned(record.key);
        }

        Builder putOwned(byte[] key, byte[] value) {
            records.add(new Record(key, value));
            writeByte(KIND_PUT);
            writeSlice(key);
            writeSlice(value);
            return this;
        }

        Builder deleteOwned(byte[] key) {
            records.add(new Record(key, null));
            writeByte(KIND_DELETE);
            writeSlice(key);
            return this;
        }

        private void writeSlice(byte[] bytes) {
            long v = bytes.length;
            while (v >= 0x80) {
                writeByte((int) (v & 0x7f) | 0x80);
                v >>>= 7;
            }
            writeByte((int) v);
            writeBytes(bytes);
        }

        private void writeByte(int b) {
            ensureRoom(1);
            dump[dumpLength++] = (byte) b;
        }

        private void writeBytes(byte[] bytes) {
            ensureRoom(bytes.length);
            System.arraycopy(bytes, 0, dump, dumpLength, bytes.length);
            dumpLength += bytes.length;
        }

        private void ensureRoom(int extra) {
            if (extra > dump.length - dumpLength) {
                long wanted = Math.max(2L * dump.length, (long) dumpLength + extra);
                if (wanted > Integer.MAX_VALUE - 8) {
                    if ((long) dumpLength + extra > Integer.MAX_VALUE - 8) throw new IllegalStateException("patch dump exceeds 2 GB");
                    wanted = Integer.MAX_VALUE - 8;
                }
                dump = Arrays.copyOf(dump, (int) wanted);
            }
        }

        public int size() {
            return records.size();
        }

        public Patch build() {
            if (records.isEmpty()) return EMPTY;
            return new Patch(Collections.unmodifiableList(new ArrayList<>(records)), Arrays.copyOf(dump, dumpLength));
        }
    }
}
