package io.unikernelz.consensus;

import com.google.protobuf.WireFormat;
import io.unikernelz.core.types.Hash;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Per-pillar production statistics over a run of momentums (go-zenon {@code storage.Point}): one election tick
 * (period point) or one epoch (epoch point). Stored as {@code ConsensusPointProto} under {@code 0x00 ‖ be8(tick)}
 * (period) or {@code 0x01 ‖ be8(epoch)} (epoch).
 *
 * @param prevHash    the last momentum before this point's range
 * @param endHash     the last momentum inside it; equal to prevHash when the range is empty
 * @param pillars     pillar name → its detail, ordered by Go string order
 * @param totalWeight sum of the pillar weights
 */
public record ConsensusPoint(Hash prevHash, Hash endHash, SortedMap<String, ProducerDetail> pillars, BigInteger totalWeight) {
    private static final String WHAT = "ConsensusPointProto";

    public ConsensusPoint {
        Objects.requireNonNull(prevHash, "point prevHash");
        Objects.requireNonNull(endHash, "point endHash");
        Objects.requireNonNull(pillars, "point pillars");
        Objects.requireNonNull(totalWeight, "point totalWeight");
        if (totalWeight.signum() < 0) throw new IllegalArgumentException("point total weight must not be negative, got " + totalWeight);
        pillars = sortedCopy(pillars);
    }

    /** Convenience constructor from any map. */
    public static ConsensusPoint of(Hash prevHash, Hash endHash, Map<String, ProducerDetail> pillars, BigInteger totalWeight) {
        return new ConsensusPoint(prevHash, endHash, sortedCopy(pillars), totalWeight);
    }

    /** A point covering no momentums, anchored at {@code hash} (go-zenon {@code NewEmptyPoint}). */
    public static ConsensusPoint empty(Hash hash) {
        return of(hash, hash, Map.of(), BigInteger.ZERO);
    }

    /** True when the point covers no momentums. */
    public boolean isEmpty() {
        return prevHash.equals(endHash);
    }

    /**
     * Prepends the adjacent earlier point {@code left} (go-zenon {@code LeftAppend}): the range grows to start at
     * left's start, counts and weights add up. Fails unless left ends exactly where this point begins.
     */
    public ConsensusPoint leftAppend(ConsensusPoint left) {
        if (!left.endHash.equals(prevHash)) {
            throw new IllegalArgumentException("failed to merge consensus points. LeftPoint is [" + left.prevHash + "," + left.endHash
                    + ") and RightPoint is [" + prevHash + "," + endHash + ")");
        }
        TreeMap<String, ProducerDetail> merged = new TreeMap<>(pillars);
        left.pillars.forEach((name, detail) -> merged.merge(name, detail, ProducerDetail::merge));
        return new ConsensusPoint(left.prevHash, endHash, merged, totalWeight.add(left.totalWeight));
    }

    /**
     * Protobuf bytes of {@code ConsensusPointProto}. Go writes the pillars in map order, which is random; here they
     * follow name order so equal points encode equally. Decoders accept any order.
     */
    public byte[] encode() {
        return ProtoIo.encode(out -> {
            ProtoIo.writeBytes(out, 1, prevHash.rawBytes());
            ProtoIo.writeBytes(out, 2, endHash.rawBytes());
            ProtoIo.writeBytes(out, 3, ProtoIo.bigBytes(totalWeight));
            for (Map.Entry<String, ProducerDetail> e : pillars.entrySet()) {
                ProducerDetail d = e.getValue();
                byte[] element = ProtoIo.encode(c -> {
                    ProtoIo.writeString(c, 1, e.getKey());
                    ProtoIo.writeFixed32(c, 2, d.factualNum());
                    ProtoIo.writeFixed32(c, 3, d.expectedNum());
                    ProtoIo.writeBytes(c, 4, ProtoIo.bigBytes(d.weight()));
                });
                ProtoIo.writeMessage(out, 4, element);
            }
        });
    }

    /**
     * Parses {@code ConsensusPointProto} as go-zenon does: absent hashes read as the zero hash, present ones must be
     * 32 bytes; a repeated pillar name keeps its last entry.
     */
    public static ConsensusPoint decode(byte[] data) {
        Objects.requireNonNull(data, "consensus point bytes");
        Builder b = new Builder();
        ProtoIo.decode(data, WHAT, (field, wireType, in) -> {
            if (field < 1 || field > 4) return false;
            ProtoIo.expectWireType(field, wireType, WireFormat.WIRETYPE_LENGTH_DELIMITED, WHAT);
            byte[] bytes = in.readByteArray();
            switch (field) {
                case 1 -> b.prevHash = hash(bytes, "prevHash");
                case 2 -> b.endHash = hash(bytes, "endHash");
                case 3 -> b.totalWeight = ProtoIo.bigFromBytes(bytes);
                default -> b.addDetail(bytes);
            }
            return true;
        });
        return new ConsensusPoint(b.prevHash, b.endHash, b.pillars, b.totalWeight);
    }

    private static Hash hash(byte[] bytes, String field) {
        if (bytes.length != Hash.SIZE) {
            throw new ConsensusDataException("malformed " + WHAT + ": " + field + " is " + bytes.length + " bytes, expected " + Hash.SIZE);
        }
        return Hash.wrap(bytes);
    }

    private static SortedMap<String, ProducerDetail> sortedCopy(Map<String, ProducerDetail> pillars) {
        TreeMap<String, ProducerDetail> copy = new TreeMap<>(PillarDelegation::compareGoStrings);
        pillars.forEach((name, detail) -> copy.put(Objects.requireNonNull(name, "pillar name"), Objects.requireNonNull(detail, "detail of " + name)));
        return Collections.unmodifiableSortedMap(copy);
    }

    /** Mutable state of one decode call. */
    private static final class Builder {
        Hash prevHash = Hash.ZERO;
        Hash endHash = Hash.ZERO;
        BigInteger totalWeight = BigInteger.ZERO;
        final TreeMap<String, ProducerDetail> pillars = new TreeMap<>(PillarDelegation::compareGoStrings);

        void addDetail(byte[] data) {
            String what = "ProducerDetailProto";
            DetailFields f = new DetailFields();
            ProtoIo.decode(data, what, (field, wireType, in) -> {
                switch (field) {
                    case 1 -> {
                        ProtoIo.expectWireType(field, wireType, WireFormat.WIRETYPE_LENGTH_DELIMITED, what);
                        f.name = in.readStringRequireUtf8();
                    }
                    case 2 -> {
                        ProtoIo.expectWireType(field, wireType, WireFormat.WIRETYPE_FIXED32, what);
                        f.factualNum = Integer.toUnsignedLong(in.readFixed32());
                    }
                    case 3 -> {
                        ProtoIo.expectWireType(field, wireType, WireFormat.WIRETYPE_FIXED32, what);
                        f.expectedNum = Integer.toUnsignedLong(in.readFixed32());
                    }
                    case 4 -> {
                        ProtoIo.expectWireType(field, wireType, WireFormat.WIRETYPE_LENGTH_DELIMITED, what);
                        f.weight = ProtoIo.bigFromBytes(in.readByteArray());
                    }
                    default -> {
                        return false;
                    }
                }
                return true;
            });
            pillars.put(f.name, new ProducerDetail(f.expectedNum, f.factualNum, f.weight));
        }
    }

    /** Fields of one ProducerDetailProto while it is being read; proto3 defaults until seen. */
    private static final class DetailFields {
        String name = "";
        long factualNum;
        long expectedNum;
        BigInteger weight = BigInteger.ZERO;
    }
}
