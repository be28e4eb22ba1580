package io.unikernelz.core.proto;

import com.google.protobuf.CodedInputStream;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.nom.MomentumContent;
import io.unikernelz.core.types.AccountHeader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** nom.MomentumProto, byte-identical to go-zenon's {@code proto.Marshal(momentum.Proto())}; content keeps its order. */
public final class MomentumProtoCodec {
    private static final String NAME = "MomentumProto";

    private MomentumProtoCodec() {}

    public static byte[] encode(Momentum m) {
        List<byte[]> content = new ArrayList<>(m.content().size());
        for (AccountHeader h : m.content().headers()) content.add(AccountHeaderProtoCodec.encode(h));
        return Wire.encode(out -> {
            Wire.uint64(out, 1, m.version());
            Wire.uint64(out, 2, m.chainIdentifier());
            Wire.message(out, 3, HashProtoCodec.encode(m.hash()));
            Wire.message(out, 4, HashProtoCodec.encode(m.previousHash()));
            Wire.uint64(out, 5, m.height());
            Wire.uint64(out, 6, m.timestamp());
            Wire.bytes(out, 7, m.data());
            for (byte[] h : content) Wire.message(out, 8, h);
            Wire.message(out, 9, HashProtoCodec.encode(m.changesHash()));
            Wire.bytes(out, 10, m.publicKey());
            Wire.bytes(out, 11, m.signature());
        });
    }

    public static Momentum decode(byte[] input) {
        Parts p = new Parts();
        Wire.decode(input, NAME, p::read);
        List<AccountHeader> headers = new ArrayList<>(p.content.size());
        for (int i = 0; i < p.content.size(); i++) {
            headers.add(AccountHeaderProtoCodec.decode(p.content.get(i), NAME + ".content[" + i + "]"));
        }
        try {
            return Momentum.builder()
                    .version(p.version).chainIdentifier(p.chainIdentifier)
                    .hash(HashProtoCodec.decode(Wire.required(p.hash, NAME, "hash"), NAME + ".hash"))
                    .previousHash(HashProtoCodec.decode(Wire.required(p.previousHash, NAME, "previousHash"), NAME + ".previousHash"))
                    .height(p.height).timestamp(p.timestamp).data(p.data)
                    .content(MomentumContent.inOrder(headers))
                    .changesHash(HashProtoCodec.decode(Wire.required(p.changesHash, NAME, "changesHash"), NAME + ".changesHash"))
                    .publicKey(p.publicKey).signature(p.signature)
                    .build();
        } catch (ProtoFormatException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ProtoFormatException(NAME + ": " + e.getMessage(), e);
        }
    }

    private static final class Parts {
        long version, chainIdentifier, height, timestamp;
        byte[] hash, previousHash, changesHash, data, publicKey, signature;
        final List<byte[]> content = new ArrayList<>();

        boolean read(int n, int wt, CodedInputStream in) throws IOException {
            if (wt == Wire.VARINT) {
                switch (n) {
                    case 1 -> version = in.readUInt64();
                    case 2 -> chainIdentifier = in.readUInt64();
                    case 5 -> height = in.readUInt64();
                    case 6 -> timestamp = in.readUInt64();
                    default -> { return false; }
                }
                return true;
            }
            if (wt != Wire.LEN) return false;
            switch (n) {
                case 3 -> hash = Wire.merge(hash, in.readByteArray());
                case 4 -> previousHash = Wire.merge(previousHash, in.readByteArray());
                case 7 -> data = in.readByteArray();
                case 8 -> content.add(in.readByteArray());
                case 9 -> changesHash = Wire.merge(changesHash, in.readByteArray());
                case 10 -> publicKey = in.readByteArray();
                case 11 -> signature = in.readByteArray();
                default -> { return false; }
            }
            return true;
        }
    }
}
