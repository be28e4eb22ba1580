package io.unikernelz.consensus;

import com.google.protobuf.WireFormat;
import io.unikernelz.core.types.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cached outcome of an election for one proof momentum (go-zenon {@code storage.ElectionData}), stored in the
 * consensus DB under {@code 0x0a ‖ proof hash} as {@code ElectionDataProto}.
 *
 * @param producers   producing address of slot i at index i
 * @param delegations the pillars and weights the election was run on, heaviest first
 */
public record ElectionData(List<Address> producers, List<PillarDelegation> delegations) {
    private static final String WHAT = "ElectionDataProto";

    public ElectionData {
        producers = List.copyOf(producers);
        delegations = List.copyOf(delegations);
    }

    /** Protobuf bytes of {@code ElectionDataProto}, field order and proto3 omission rules as Go's encoder. */
    public byte[] encode() {
        return ProtoIo.encode(out -> {
            for (Address a : producers) out.writeByteArray(1, a.rawBytes());
            for (PillarDelegation d : delegations) {
                byte[] element = ProtoIo.encode(e -> {
                    ProtoIo.writeBytes(e, 1, d.producing().rawBytes());
                    ProtoIo.writeString(e, 2, d.name());
                    ProtoIo.writeBytes(e, 3, ProtoIo.bigBytes(d.weight()));
                });
                ProtoIo.writeMessage(out, 2, element);
            }
        });
    }

    /** Parses {@code ElectionDataProto}; every address must be exactly 20 bytes. */
    public static ElectionData decode(byte[] data) {
        Objects.requireNonNull(data, "election data bytes");
        List<Address> producers = new ArrayList<>();
        List<PillarDelegation> delegations = new ArrayList<>();
        ProtoIo.decode(data, WHAT, (field, wireType, in) -> {
            switch (field) {
                case 1 -> {
                    ProtoIo.expectWireType(field, wireType, WireFormat.WIRETYPE_LENGTH_DELIMITED, WHAT);
                    producers.add(address(in.readByteArray(), "producer"));
                }
                case 2 -> {
                    ProtoIo.expectWireType(field, wireType, WireFormat.WIRETYPE_LENGTH_DELIMITED, WHAT);
                    delegations.add(decodeDelegation(in.readByteArray()));
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        return new ElectionData(producers, delegations);
    }

    private static PillarDelegation decodeDelegation(byte[] data) {
        String what = "PillarDelegationProto";
        DelegationFields f = new DelegationFields();
        ProtoIo.decode(data, what, (field, wireType, in) -> {
            if (field < 1 || field > 3) return false;
            ProtoIo.expectWireType(field, wireType, WireFormat.WIRETYPE_LENGTH_DELIMITED, what);
            switch (field) {
                case 1 -> f.producing = in.readByteArray();
                case 2 -> f.name = in.readStringRequireUtf8();
                default -> f.weight = in.readByteArray();
            }
            return true;
        });
        return new PillarDelegation(f.name, address(f.producing, "producing address of pillar " + f.name), ProtoIo.bigFromBytes(f.weight));
    }

    /** Fields of one PillarDelegationProto while it is being read; proto3 defaults until seen. */
    private static final class DelegationFields {
        byte[] producing = new byte[0];
        String name = "";
        byte[] weight = new byte[0];
    }

    private static Address address(byte[] bytes, String what) {
        if (bytes.length != Address.SIZE) {
            throw new ConsensusDataException("malformed " + WHAT + ": " + what + " is " + bytes.length + " bytes, expected " + Address.SIZE);
        }
        return Address.wrap(bytes);
    }
}
