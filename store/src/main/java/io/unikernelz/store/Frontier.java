package io.unikernelz.store;

import io.unikernelz.core.proto.HashHeightProtoCodec;
import io.unikernelz.core.proto.ProtoFormatException;

import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
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

    /** Go {@code proto.Marshal(HashHeightProto)}, via core's codec (the one encoder of that message). */
    public static byte[] encodeIdentifier(HashHeight id) {
        return HashHeightProtoCodec.encode(id);
    }

    /** Parses a stored identifier; an empty value reads as zero, like an absent proto3 message. */
    public static HashHeight decodeIdentifier(byte[] bytes) {
        ByteKeys.require(bytes, "identifier bytes");
        if (bytes.length == 0) return HashHeight.ZERO;
        try {
            return HashHeightProtoCodec.decode(bytes);
        } catch (ProtoFormatException e) {
            throw new StoreException("malformed frontier identifier: " + e.getMessage());
        }
    }
}
