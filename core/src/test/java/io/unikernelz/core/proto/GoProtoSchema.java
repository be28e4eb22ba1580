package io.unikernelz.core.proto;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Label;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.HashHeight;

/**
 * An independent reference encoder: go-zenon's .proto schemas (shared/protocol/proto) rebuilt as descriptors and
 * serialised by protobuf-java's DynamicMessage, which follows the same proto3 rules as Go's proto.Marshal.
 */
final class GoProtoSchema {
    final Descriptor hashProto, addressProto, hashHeightProto, accountHeaderProto, accountBlockProto, momentumProto;

    GoProtoSchema() {
        try {
            FileDescriptorProto types = FileDescriptorProto.newBuilder()
                    .setName("common/types/protobuf.proto").setPackage("types").setSyntax("proto3")
                    .addMessageType(msg("AddressProto", scalar("address", 1, Type.TYPE_BYTES)))
                    .addMessageType(msg("HashProto", scalar("hash", 1, Type.TYPE_BYTES)))
                    .addMessageType(msg("HashHeightProto", message("hash", 1, ".types.HashProto"), scalar("height", 2, Type.TYPE_UINT64)))
                    .addMessageType(msg("AccountHeaderProto", message("address", 1, ".types.AddressProto"),
                            message("hashHeight", 2, ".types.HashHeightProto")))
                    .build();
            FileDescriptor typesFile = FileDescriptor.buildFrom(types, new FileDescriptor[0]);
            FileDescriptorProto nom = FileDescriptorProto.newBuilder()
                    .setName("chain/nom/protobuf.proto").setPackage("nom").setSyntax("proto3")
                    .addDependency("common/types/protobuf.proto")
                    .addMessageType(msg("AccountBlockProto",
                            scalar("version", 1, Type.TYPE_UINT64), scalar("chainIdentifier", 2, Type.TYPE_UINT64),
                            scalar("blockType", 3, Type.TYPE_UINT64), message("hash", 4, ".types.HashProto"),
                            message("previousHash", 5, ".types.HashProto"), scalar("height", 6, Type.TYPE_UINT64),
                            message("momentumAcknowledged", 7, ".types.HashHeightProto"),
                            message("address", 8, ".types.AddressProto"), message("toAddress", 9, ".types.AddressProto"),
                            scalar("amount", 10, Type.TYPE_BYTES), scalar("tokenStandard", 11, Type.TYPE_BYTES),
                            message("fromBlockHash", 12, ".types.HashProto"),
                            message("descendantBlocks", 13, ".nom.AccountBlockProto").toBuilder().setLabel(Label.LABEL_REPEATED).build(),
                            scalar("data", 14, Type.TYPE_BYTES), scalar("fusedPlasma", 15, Type.TYPE_UINT64),
                            scalar("difficulty", 17, Type.TYPE_UINT64), scalar("nonce", 18, Type.TYPE_BYTES),
                            scalar("basePlasma", 19, Type.TYPE_UINT64), scalar("totalPlasma", 20, Type.TYPE_UINT64),
                            message("changesHash", 21, ".types.HashProto"), scalar("publicKey", 22, Type.TYPE_BYTES),
                            scalar("signature", 23, Type.TYPE_BYTES)))
                    .addMessageType(msg("MomentumProto",
                            scalar("version", 1, Type.TYPE_UINT64), scalar("chainIdentifier", 2, Type.TYPE_UINT64),
                            message("hash", 3, ".types.HashProto"), message("previousHash", 4, ".types.HashProto"),
                            scalar("height", 5, Type.TYPE_UINT64), scalar("timestamp", 6, Type.TYPE_UINT64),
                            scalar("data", 7, Type.TYPE_BYTES),
                            message("content", 8, ".types.AccountHeaderProto").toBuilder().setLabel(Label.LABEL_REPEATED).build(),
                            message("changesHash", 9, ".types.HashProto"), scalar("publicKey", 10, Type.TYPE_BYTES),
                            scalar("signature", 11, Type.TYPE_BYTES)))
                    .build();
            FileDescriptor nomFile = FileDescriptor.buildFrom(nom, new FileDescriptor[] {typesFile});
            hashProto = typesFile.findMessageTypeByName("HashProto");
            addressProto = typesFile.findMessageTypeByName("AddressProto");
            hashHeightProto = typesFile.findMessageTypeByName("HashHeightProto");
            accountHeaderProto = typesFile.findMessageTypeByName("AccountHeaderProto");
            accountBlockProto = nomFile.findMessageTypeByName("AccountBlockProto");
            momentumProto = nomFile.findMessageTypeByName("MomentumProto");
        } catch (DescriptorValidationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DescriptorProto msg(String name, FieldDescriptorProto... fields) {
        DescriptorProto.Builder b = DescriptorProto.newBuilder().setName(name);
        for (FieldDescriptorProto f : fields) b.addField(f);
        return b.build();
    }

    private static FieldDescriptorProto scalar(String name, int number, Type type) {
        return FieldDescriptorProto.newBuilder().setName(name).setNumber(number).setType(type).setLabel(Label.LABEL_OPTIONAL).build();
    }

    private static FieldDescriptorProto message(String name, int number, String typeName) {
        return FieldDescriptorProto.newBuilder().setName(name).setNumber(number).setType(Type.TYPE_MESSAGE)
                .setTypeName(typeName).setLabel(Label.LABEL_OPTIONAL).build();
    }

    private static DynamicMessage wrap(Descriptor d, String field, byte[] value) {
        return DynamicMessage.newBuilder(d).setField(d.findFieldByName(field), ByteString.copyFrom(value)).build();
    }

    DynamicMessage hashHeight(HashHeight hh) {
        Descriptor d = hashHeightProto;
        return DynamicMessage.newBuilder(d)
                .setField(d.findFieldByName("hash"), wrap(hashProto, "hash", hh.hash().rawBytes()))
                .setField(d.findFieldByName("height"), hh.height())
                .build();
    }

    DynamicMessage accountHeader(AccountHeader h) {
        Descriptor d = accountHeaderProto;
        return DynamicMessage.newBuilder(d)
                .setField(d.findFieldByName("address"), wrap(addressProto, "address", h.address().rawBytes()))
                .setField(d.findFieldByName("hashHeight"), hashHeight(h.hashHeight()))
                .build();
    }

    /** Mirrors go-zenon AccountBlock.Proto(): every field is set; proto3 drops the zero ones on the wire. */
    DynamicMessage accountBlock(AccountBlock b) {
        Descriptor d = accountBlockProto;
        DynamicMessage.Builder m = DynamicMessage.newBuilder(d);
        m.setField(d.findFieldByName("version"), b.version());
        m.setField(d.findFieldByName("chainIdentifier"), b.chainIdentifier());
        m.setField(d.findFieldByName("blockType"), b.blockType());
        m.setField(d.findFieldByName("hash"), wrap(hashProto, "hash", b.hash().rawBytes()));
        m.setField(d.findFieldByName("previousHash"), wrap(hashProto, "hash", b.previousHash().rawBytes()));
        m.setField(d.findFieldByName("height"), b.height());
        m.setField(d.findFieldByName("momentumAcknowledged"), hashHeight(b.momentumAcknowledged()));
        m.setField(d.findFieldByName("address"), wrap(addressProto, "address", b.address().rawBytes()));
        m.setField(d.findFieldByName("toAddress"), wrap(addressProto, "address", b.toAddress().rawBytes()));
        m.setField(d.findFieldByName("amount"), ByteString.copyFrom(Bytes.big32(b.amount())));
        m.setField(d.findFieldByName("tokenStandard"), ByteString.copyFrom(b.tokenStandard().rawBytes()));
        m.setField(d.findFieldByName("fromBlockHash"), wrap(hashProto, "hash", b.fromBlockHash().rawBytes()));
        for (AccountBlock x : b.descendantBlocks()) m.addRepeatedField(d.findFieldByName("descendantBlocks"), accountBlock(x));
        m.setField(d.findFieldByName("data"), ByteString.copyFrom(b.data()));
        m.setField(d.findFieldByName("fusedPlasma"), b.fusedPlasma());
        m.setField(d.findFieldByName("difficulty"), b.difficulty());
        m.setField(d.findFieldByName("nonce"), ByteString.copyFrom(b.nonceBytes()));
        m.setField(d.findFieldByName("basePlasma"), b.basePlasma());
        m.setField(d.findFieldByName("totalPlasma"), b.totalPlasma());
        m.setField(d.findFieldByName("changesHash"), wrap(hashProto, "hash", b.changesHash().rawBytes()));
        m.setField(d.findFieldByName("publicKey"), ByteString.copyFrom(orEmpty(b.publicKey())));
        m.setField(d.findFieldByName("signature"), ByteString.copyFrom(orEmpty(b.signature())));
        return m.build();
    }

    DynamicMessage momentum(Momentum mo) {
        Descriptor d = momentumProto;
        DynamicMessage.Builder m = DynamicMessage.newBuilder(d);
        m.setField(d.findFieldByName("version"), mo.version());
        m.setField(d.findFieldByName("chainIdentifier"), mo.chainIdentifier());
        m.setField(d.findFieldByName("hash"), wrap(hashProto, "hash", mo.hash().rawBytes()));
        m.setField(d.findFieldByName("previousHash"), wrap(hashProto, "hash", mo.previousHash().rawBytes()));
        m.setField(d.findFieldByName("height"), mo.height());
        m.setField(d.findFieldByName("timestamp"), mo.timestamp());
        m.setField(d.findFieldByName("data"), ByteString.copyFrom(mo.data()));
        for (AccountHeader h : mo.content().headers()) m.addRepeatedField(d.findFieldByName("content"), accountHeader(h));
        m.setField(d.findFieldByName("changesHash"), wrap(hashProto, "hash", mo.changesHash().rawBytes()));
        m.setField(d.findFieldByName("publicKey"), ByteString.copyFrom(orEmpty(mo.publicKey())));
        m.setField(d.findFieldByName("signature"), ByteString.copyFrom(orEmpty(mo.signature())));
        return m.build();
    }

    private static byte[] orEmpty(byte[] b) {
        return b == null ? new byte[0] : b;
    }
}
