package io.unikernelz.store;

import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import java.io.ByteArrayOutputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * The three frontier records a versioned database keeps for each committed entry (go-zenon
 * {@code common/db/store.go}, {@code keys.go}): {@code 0x00 → proto(HashHeight)} of the latest entry,
 * {@code 0x01||hash → be8(height)} and {@code 0x02||be8(height) → data} (the serialized momentum or block).
 */
public final class Frontier {
    private static final byte IDENTIFIER_KEY = 0x00;
    private static final byte HEIGHT_BY_HASH = 0x01;
    private static final byte ENTRY_BY_HEIGHT = 0x02;

    private Frontier() {}

    /**
     * The frontier records for {@code id} as a patch in go-zenon order (ascending keys, as a memdb's changes): what
     * go-zenon appends to a transaction's patch for each commit.
     */
    public static Patch records(HashHeight id, byte[] data) {
        Objects.requireNonNull(id, "id");
        ByteKeys.require(data, "data");
        return Patch.builder()
                .put(new byte[] {IDENTIFIER_KEY}, encodeIdentifier(id))
                .put(heightByHashKey(id.hash()), Bytes.be8(id.height()))
                .put(entryByHeightKey(id.height()), data)
                .build();
    }

    /** Writes the three frontier records of {@code id} into {@code state} (go-zenon {@code SetFrontier}). */
    public static void set(State state, HashHeight id, byte[] data) {
        state.apply(records(id, data));
    }

    /** The latest entry's identifier, or {@link HashHeight#ZERO} for a state without one. */
    public static HashHeight identifier(StateReader state) {
        byte[] v = state.get(new byte[] {IDENTIFIER_KEY});
        return v == null ? HashHeight.ZERO : decodeIdentifier(v);
    }

    /** The identifier of the entry with this hash, if the state knows it. */
    public static Optional<HashHeight> identifierByHash(StateReader state, Hash hash) {
        byte[] v = state.get(heightByHashKey(Objects.requireNonNull(hash, "hash")));
        if (v == null) return Optional.empty();
        if (v.length != 8) {
            throw new StoreException("frontier height of " + hash + " is " + v.length + " bytes, expected 8");
        }
        return Optional.of(new HashHeight(hash, Bytes.readBe8(v, 0)));
    }

    /** The data stored for the entry at {@code height}. */
    public static Optional<byte[]> entryByHeight(StateReader state, long height) {
        return Optional.ofNullable(state.get(entryByHeightKey(height)));
    }

    /** The data stored for the entry with this hash. */
    public static Optional<byte[]> entryByHash(StateReader state, Hash hash) {
        return identifierByHash(state, hash).flatMap(id -> entryByHeight(state, id.height()));
    }

    static byte[] heightByHashKey(Hash hash) {
        return ByteKeys.concat(new byte[] {HEIGHT_BY_HASH}, hash.rawBytes());
    }

    static byte[] entryByHeightKey(long height) {
        return ByteKeys.concat(new byte[] {ENTRY_BY_HEIGHT}, Bytes.be8(height));
    }

    /**
     * Go {@code proto.Marshal(HashHeightProto)}: field 1 = HashProto{field 1 = 32 hash bytes} (a message, always
     * written), field 2 = height as varint (omitted when 0, as proto3 does).
     */
    public static byte[] encodeIdentifier(HashHeight id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(48);
        out.write(0x0a);
        out.write(2 + Hash.SIZE);
        out.write(0x0a);
        out.write(Hash.SIZE);
        out.writeBytes(id.hash().rawBytes());
        if (id.height() != 0) {
            out.write(0x10);
            long v = id.height();
            while ((v & ~0x7fL) != 0) {
                out.write((int) (v & 0x7f) | 0x80);
                v >>>= 7;
            }
            out.write((int) v);
        }
        return out.toByteArray();
    }

    /** Parses what {@link #encodeIdentifier} writes; absent fields read as zero, like proto3. */
    public static HashHeight decodeIdentifier(byte[] bytes) {
        ByteKeys.require(bytes, "identifier bytes");
        Hash hash = Hash.ZERO;
        long height = 0;
        int[] pos = {0};
        while (pos[0] < bytes.length) {
            int tag = (int) readVarint(bytes, pos);
            if (tag == 0x0a) {
                int len = (int) readVarint(bytes, pos);
                int end = pos[0] + len;
                if (len < 0 || end > bytes.length) throw malformed("hash field runs past the end");
                while (pos[0] < end) {
                    int inner = (int) readVarint(bytes, pos);
                    if (inner != 0x0a) throw malformed("unexpected tag " + inner + " inside the hash field");
                    int hl = (int) readVarint(bytes, pos);
                    if (hl != Hash.SIZE || pos[0] + hl > end) throw malformed("hash is " + hl + " bytes, expected 32");
                    hash = Hash.wrap(java.util.Arrays.copyOfRange(bytes, pos[0], pos[0] + hl));
                    pos[0] += hl;
                }
            } else if (tag == 0x10) {
                height = readVarint(bytes, pos);
            } else {
                throw malformed("unexpected tag " + tag);
            }
        }
        return new HashHeight(hash, height);
    }

    private static long readVarint(byte[] b, int[] pos) {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= b.length) throw malformed("truncated varint");
            int x = b[pos[0]++] & 0xff;
            v |= (long) (x & 0x7f) << shift;
            if (x < 0x80) return v;
        }
        throw malformed("varint longer than 10 bytes");
    }

    private static StoreException malformed(String why) {
        return new StoreException("malformed frontier identifier: " + why);
    }
}
