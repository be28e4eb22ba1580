package io.unikernelz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Patch dumps and hashes. Expected texts are go-zenon's (common/db/patch_test.go, memdb_test.go,
 * versioned_db_test.go); expected hashes were computed independently with Python's hashlib.sha3_256 and, for the
 * versioned-db patches, are confirmed by go-zenon's own expected commit hashes (hash = sha3(changesHash)).
 */
class PatchTest {
    static byte[] b(int... v) {
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (byte) v[i];
        return out;
    }

    /** go-zenon patch_test.go TestRollbackPatch. */
    @Test
    void rollbackPatchVector() {
        StateLayer db1 = StateLayer.empty();
        db1.put(b(1, 2, 3), b(100));
        db1.put(b(4, 1, 2), b(0, 7, 1));
        db1.put(b(7, 31), b(0, 7, 1));

        StateLayer db2 = db1.snapshot();
        db2.delete(b(7, 31));
        db2.delete(b(4, 1, 2));
        db2.put(b(1, 2, 3), b(200));
        db2.put(b(4, 1, 2), b(1, 2, 3, 4, 5, 6));
        db2.delete(b(4, 1, 2));

        Patch p1 = db2.changes();
        Patch rp1 = p1.rollback(db1);

        assertThat(rp1.toString()).isEqualTo("010203 - 64\n040102 - 000701\n071f - 000701\n");
        assertThat(p1.toString()).isEqualTo("010203 - c8\n040102 - DELETE\n071f - DELETE\n");
        assertThat(Hex.encode(p1.dump())).isEqualTo("010301020301c800030401020002071f");
        assertThat(p1.hash().toString()).isEqualTo("f21e7510f1f52c0e41322edd8b8ec5ab3fb5f04386031ee5c1c7401cd5299274");
        assertThat(Hex.encode(rp1.dump())).isEqualTo("010301020301640103040102030007010102071f03000701");
        assertThat(rp1.hash().toString()).isEqualTo("4a7eacae226b3737446f599a2b69230c0cc738936c9eb2c16c2022dd93296e1b");

        // applying the rollback on top of the changed state gives back db1
        StateLayer redo = db1.snapshot();
        redo.apply(p1);
        assertThat(redo.entries(new byte[0])).hasSize(1);
        redo.apply(rp1);
        assertThat(redo.entries(new byte[0])).isEqualTo(db1.entries(new byte[0]));
    }

    /** The five-record patches of go-zenon versioned_db_test.go and the commit hashes the test expects from them. */
    @Test
    void versionedDbPatchesHashToGoZenonCommitHashes() {
        Patch t1 = VersionedStoreTest.patchOf(VersionedStoreTest.T1);
        assertThat(t1.toString()).isEqualTo(VersionedStoreTest.T1);
        assertThat(t1.hash().toString()).isEqualTo("3fc795fb4006a3d73dd511f493010f6d85c7448155ec6c444acaa9238f30c19e");
        assertThat(Hash.of(t1.hash().rawBytes()).toString())
                .isEqualTo("5c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d88");
        Patch t2 = VersionedStoreTest.patchOf(VersionedStoreTest.T2);
        assertThat(t2.hash().toString()).isEqualTo("9cb71dd39b3e4f3991f66538480b1209e2df16863c33729be03430e1b1500b05");
        assertThat(Hash.of(t2.hash().rawBytes()).toString())
                .isEqualTo("e5a89ef7fcf0f3c3fe81a782ac68e497bdb0155b3c41eff02113ab67fe739249");
        Patch t3 = VersionedStoreTest.patchOf(VersionedStoreTest.T3);
        assertThat(t3.hash().toString()).isEqualTo("d3fed0cc8f431f60ecd3b4617b2ad8991299350cb8361f2ccf02fd50de4c2362");
        assertThat(Hash.of(t3.hash().rawBytes()).toString())
                .isEqualTo("d8ba48392cd7843812028c9fc3d7c92e232b8a725db741d69c930772e8551a85");
    }

    @Test
    void emptyPatchHashesToSha3OfNothing() {
        assertThat(Patch.EMPTY.dump()).isEmpty();
        assertThat(Patch.EMPTY.hash()).isEqualTo(Hash.EMPTY_DATA);
        assertThat(Patch.EMPTY.hash().toString()).isEqualTo("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
        assertThat(Patch.builder().build()).isSameAs(Patch.EMPTY);
        assertThat(StateLayer.empty().changes()).isEqualTo(Patch.EMPTY);
    }

    @Test
    void longKeysAndValuesUseMultiByteUvarints() {
        byte[] key = new byte[200];
        for (int i = 0; i < key.length; i++) key[i] = (byte) i;
        byte[] value = new byte[300];
        Patch p = Patch.builder().put(key, value).build();
        byte[] dump = p.dump();
        assertThat(Hex.encode(java.util.Arrays.copyOf(dump, 3))).isEqualTo("01c801");
        assertThat(Hex.encode(java.util.Arrays.copyOfRange(dump, 203, 205))).isEqualTo("ac02");
        assertThat(dump).hasSize(1 + 2 + 200 + 2 + 300);
        assertThat(p.hash().toString()).isEqualTo("94c03daf95e49595cb9473e380f35df01c1debc414c343e0e4d913722e00eaa0");
        assertThat(Patch.fromDump(dump)).isEqualTo(p);
    }

    @Test
    void emptyValueIsAPutNotADelete() {
        Patch p = Patch.builder().put(b(9), new byte[0]).delete(b(9)).build();
        assertThat(Hex.encode(p.dump())).isEqualTo("010109000001" + "09");
        assertThat(p.records().get(0).isPut()).isTrue();
        assertThat(p.records().get(1).isDelete()).isTrue();
    }

    @Test
    void recordsKeepInsertionOrderAndDuplicates() {
        Patch p = Patch.builder().put(b(2), b(1)).put(b(1), b(1)).put(b(2), b(2)).build();
        assertThat(p.toString()).isEqualTo("02 - 01\n01 - 01\n02 - 02\n");
        StateLayer s = StateLayer.empty();
        s.apply(p);
        assertThat(s.get(b(2))).isEqualTo(b(2));
        assertThat(s.changes().toString()).isEqualTo("01 - 01\n02 - 02\n");
    }

    @Test
    void builderAddConcatenatesDumps() {
        Patch a = Patch.builder().put(b(1), b(2)).build();
        Patch c = Patch.builder().delete(b(3)).build();
        Patch joined = Patch.builder().add(a).add(c).add(Patch.Record.put(b(4), b(5))).build();
        assertThat(Hex.encode(joined.dump())).isEqualTo(Hex.encode(a.dump()) + Hex.encode(c.dump()) + "0101040105");
        assertThat(joined.size()).isEqualTo(3);
    }

    @Test
    void withKeyPrefixPrefixesEveryKey() {
        Patch p = Patch.builder().put(b(1), b(2)).delete(b(3)).build();
        assertThat(p.withKeyPrefix(b(0x03, 0xaa)).toString()).isEqualTo("03aa01 - 02\n03aa03 - DELETE\n");
    }

    @Test
    void malformedDumpsAreRejectedWithTheOffset() {
        assertThatThrownBy(() -> Patch.fromDump(b(0x02, 0x00)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown record kind 0x2 at offset 0");
        assertThatThrownBy(() -> Patch.fromDump(b(0x00, 0x01, 0x05, 0x01, 0x03, 0x01)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key of 3 bytes exceeds the remaining 1 in record at offset 3");
        assertThatThrownBy(() -> Patch.fromDump(b(0x01, 0x01, 0x05)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated value length");
        assertThatThrownBy(() -> Patch.fromDump(b(0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflows");
        assertThatThrownBy(() -> Patch.builder().put(null, b(1))).hasMessageContaining("key must not be null");
        assertThatThrownBy(() -> Patch.builder().put(b(1), null)).hasMessageContaining("value must not be null");
    }

    @Test
    void accessorsReturnCopies() {
        byte[] key = b(1);
        Patch p = Patch.builder().put(key, b(2)).build();
        key[0] = 9;
        p.records().get(0).key()[0] = 7;
        p.dump()[0] = 0;
        assertThat(p.toString()).isEqualTo("01 - 02\n");
        assertThat(Hex.encode(p.dump())).isEqualTo("0101010102");
    }

    @Property(tries = 300)
    void dumpRoundTrips(@ForAll @Size(max = 20) List<@Size(max = 140) byte[]> keys, @ForAll @Size(max = 20) List<@Size(max = 300) byte[]> values) {
        Patch.Builder b = Patch.builder();
        List<Patch.Record> expected = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            byte[] k = keys.get(i);
            if (i < values.size() && values.get(i).length % 3 != 0) {
                b.put(k, values.get(i));
                expected.add(Patch.Record.put(k, values.get(i)));
            } else {
                b.delete(k);
                expected.add(Patch.Record.delete(k));
            }
        }
        Patch p = b.build();
        Patch back = Patch.fromDump(p.dump());
        assertThat(back.records()).isEqualTo(expected);
        assertThat(back.hash()).isEqualTo(p.hash());
    }
}
