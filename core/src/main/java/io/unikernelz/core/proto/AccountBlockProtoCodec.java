package io.unikernelz.core.proto;

import com.google.protobuf.CodedInputStream;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.TokenStandard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * nom.AccountBlockProto, byte-identical to go-zenon's {@code proto.Marshal(block.Proto())}: amount always 32 bytes,
 * tokenStandard 10 and nonce 8 bytes (so always present), hash wrappers always present, field 16 unused.
 * Decoding rejects what go-zenon's DeProto would panic on (missing wrapper, wrong hash/address/ZTS/nonce length).
 */
public final class AccountBlockProtoCodec {
    private static final String NAME = "AccountBlockProto";
    /** Contract sends never nest, so deeper nesting is hostile input, not a block. */
    static final int MAX_NESTING = 8;

    private AccountBlockProtoCodec() {}

    public static byte[] encode(AccountBlock b) {
        List<byte[]> descendants = new ArrayList<>(b.descendantBlocks().size());
        for (AccountBlock d : b.descendantBlocks()) descendants.add(encode(d));
        return Wire.encode(out -> {
            Wire.uint64(out, 1, b.version());
            Wire.uint64(out, 2, b.chainIdentifier());
            Wire.uint64(out, 3, b.blockType());
            Wire.message(out, 4, HashProtoCodec.encode(b.hash()));
            Wire.message(out, 5, HashProtoCodec.encode(b.previousHash()));
            Wire.uint64(out, 6, b.height());
            Wire.message(out, 7, HashHeightProtoCodec.encode(b.momentumAcknowledged()));
            Wire.message(out, 8, AddressProtoCodec.encode(b.address()));
            Wire.message(out, 9, AddressProtoCodec.encode(b.toAddress()));
            Wire.bytes(out, 10, Bytes.big32(b.amount()));
            Wire.bytes(out, 11, b.tokenStandard().rawBytes());
            Wire.message(out, 12, HashProtoCodec.encode(b.fromBlockHash()));
            for (byte[] d : descendants) Wire.message(out, 13, d);
            Wire.bytes(out, 14, b.data());
            Wire.uint64(out, 15, b.fusedPlasma());
            Wire.uint64(out, 17, b.difficulty());
            Wire.bytes(out, 18, b.nonceBytes());
            Wire.uint64(out, 19, b.basePlasma());
            Wire.uint64(out, 20, b.totalPlasma());
            Wire.message(out, 21, HashProtoCodec.encode(b.changesHash()));
            Wire.bytes(out, 22, b.publicKey());
            Wire.bytes(out, 23, b.signature());
        });
    }

    public static AccountBlock decode(byte[] input) {
        return decode(input, NAME, 0);
    }

    private static AccountBlock decode(byte[] input, String context, int depth) {
        if (depth > MAX_NESTING) throw new ProtoFormatException(context + ": descendant blocks nested deeper than " + MAX_NESTING);
        Parts p = new Parts();
        Wire.decode(input, context, p::read);

        AccountBlock.Builder b = AccountBlock.builder()
                .version(p.version).chainIdentifier(p.chainIdentifier).blockType(p.blockType)
                .hash(HashProtoCodec.decode(Wire.required(p.hash, context, "hash"), context + ".hash"))
                .previousHash(HashProtoCodec.decode(Wire.required(p.previousHash, context, "previousHash"), context + ".previousHash"))
                .height(p.height)
                .momentumAcknowledged(HashHeightProtoCodec.decode(
                        Wire.required(p.momentumAcknowledged, context, "momentumAcknowledged"), context + ".momentumAcknowledged"))
                .address(AddressProtoCodec.decode(Wire.required(p.address, context, "address"), context + ".address"))
                .toAddress(AddressProtoCodec.decode(Wire.required(p.toAddress, context, "toAddress"), context + ".toAddress"))
                .amount(Bytes.unsigned(p.amount))
                .fromBlockHash(HashProtoCodec.decode(Wire.required(p.fromBlockHash, context, "fromBlockHash"), context + ".fromBlockHash"))
                .data(p.data)
                .fusedPlasma(p.fusedPlasma).difficulty(p.difficulty)
                .basePlasma(p.basePlasma).totalPlasma(p.totalPlasma)
                .changesHash(HashProtoCodec.decode(Wire.required(p.changesHash, context, "changesHash"), context + ".changesHash"))
                .publicKey(p.publicKey).signature(p.signature);

        byte[] zts = Wire.orEmpty(p.tokenStandard);
        if (zts.length != TokenStandard.SIZE) {
            throw new ProtoFormatException(context + ".tokenStandard: must be " + TokenStandard.SIZE + " bytes, got " + zts.length);
        }
        b.tokenStandard(TokenStandard.wrap(zts));
        byte[] nonce = Wire.orEmpty(p.nonce);
        if (nonce.length != 8) throw new ProtoFormatException(context + ".nonce: must be 8 bytes, got " + nonce.length);
        b.nonce(nonce);
        for (int i = 0; i < p.descendants.size(); i++) {
            b.addDescendantBlock(decode(p.descendants.get(i), context + ".descendantBlocks[" + i + "]", depth + 1));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ProtoFormatException(context + ": " + e.getMessage(), e);
        }
    }

    /** Raw field values as read; validated only once the whole message is in. */
    private static final class Parts {
        long version, chainIdentifier, blockType, height, fusedPlasma, difficulty, basePlasma, totalPlasma;
        byte[] hash, previousHash, momentumAcknowledged, address, toAddress, fromBlockHash, changesHash;
        byte[] amount, tokenStandard, data, nonce, publicKey, signature;
        final List<byte[]> descendants = new ArrayList<>();

        boolean read(int n, int wt, CodedInputStream in) throws IOException {
            if (wt == Wire.VARINT) {
                switch (n) {
                    case 1 -> version = in.readUInt64();
                    case 2 -> chainIdentifier = in.readUInt64();
                    case 3 -> blockType = in.readUInt64();
                    case 6 -> height = in.readUInt64();
                    case 15 -> fusedPlasma = in.readUInt64();
                    case 17 -> difficulty = in.readUInt64();
                    case 19 -> basePlasma = in.readUInt64();
                    case 20 -> totalPlasma = in.readUInt64();
                    default -> { return false; }
                }
                return true;
            }
            if (wt != Wire.LEN) return false;
            switch (n) {
                case 4 -> hash = Wire.merge(hash, in.readByteArray());
                case 5 -> previousHash = Wire.merge(previousHash, in.readByteArray());
                case 7 -> momentumAcknowledged = Wire.merge(momentumAcknowledged, in.readByteArray());
                case 8 -> address = Wire.merge(address, in.readByteArray());
                case 9 -> toAddress = Wire.merge(toAddress, in.readByteArray());
                case 10 -> amount = in.readByteArray();
                case 11 -> tokenStandard = in.readByteArray();
                case 12 -> fromBlockHash = Wire.merge(fromBlockHash, in.readByteArray());
                case 13 -> descendants.add(in.readByteArray());
                case 14 -> data = in.readByteArray();
                case 18 -> nonce = in.readByteArray();
                case 21 -> changesHash = Wire.merge(changesHash, in.readByteArray());
                case 22 -> publicKey = in.readByteArray();
                case 23 -> signature = in.readByteArray();
                default -> { return false; }
            }
            return true;
        }
    }
}
