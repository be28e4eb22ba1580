package io.unikernelz.store;

import static io.unikernelz.store.PatchTest.b;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class StateLayerTest {
    private static final byte[] ALL = new byte[0];

    static String dump(StateReader r) {
        StringBuilder sb = new StringBuilder();
        for (StateEntry e : r.entries(ALL)) sb.append(e).append('\n');
        return sb.toString();
    }

    /** go-zenon memdb_test.go simpleMemDBOperations. */
    private static void simpleOperations(State db) {
        db.put(b(1, 2, 3), b(1, 2, 3, 4, 5));
        db.put(b(1, 2, 3, 4), b(1, 2, 3, 4, 5));
        db.put(b(1, 2, 3, 4), b(1, 2, 3, 4, 5, 6));
        assertThat(db.get(b(1, 2, 3, 4))).isEqualTo(b(1, 2, 3, 4, 5, 6));
        db.delete(b(1, 2, 3, 4));
        db.delete(b(1, 2, 3, 4));
    }

    /** go-zenon memdb_test.go TestChanges. */
    @Test
    void changesVector() {
        StateLayer db = StateLayer.empty();
        simpleOperations(db);
        simpleOperations(db.subspace(b(16)));

        assertThat(db.changes().toString()).isEqualTo("""
                010203 - 0102030405
                01020304 - DELETE
                10010203 - 0102030405
                1001020304 - DELETE
                """);
        assertThat(db.subspace(b(1, 2)).changes().toString()).isEqualTo("""
                03 - 0102030405
                0304 - DELETE
                """);
        assertThat(db.snapshot().changes().toString()).isEmpty();
        assertThat(db.changes().hash().toString())
                .isEqualTo("55fcf3641f7c37050729dd04af604061138cec5b92af6ed0ff788191a031c9cc");
    }

    /**
     * go-zenon memdb_test.go TestMergedIterators, first case, in value terms: go's raw {@code 0x00||v} is the value v
     * (so raw {@code 0x00} is a present empty value). The upper layer wins on equal keys; empty values are listed.
     */
    @Test
    void mergedIterationVector() {
        StateLayer lower = StateLayer.empty();
        lower.put(b(0, 1, 1), b(16, 32, 17));
        lower.put(b(0, 1, 2), b(16, 32, 18));
        lower.put(b(0, 1, 3), b(16, 32, 19));
        lower.put(b(0, 2, 1), b());
        lower.put(b(0, 2, 2), b());
        lower.put(b(0, 2, 3), b());
        StateLayer upper = lower.snapshot();
        upper.put(b(0, 1, 1), b(16, 32, 1));
        upper.put(b(0, 1, 2), b());
        upper.put(b(0, 2, 1), b(16, 32, 3));
        upper.put(b(0, 2, 2), b());
        upper.put(b(0, 3, 1), b(16, 32, 5));
        upper.put(b(0, 3, 2), b());

        assertThat(dump(upper)).isEqualTo("""
                000101 - 102001
                000102 - \n\
                000103 - 102013
                000201 - 102003
                000202 - \n\
                000203 - \n\
                000301 - 102005
                000302 - \n\
                """);
    }

    @Test
    void readsFallThroughAndTombstonesHide() {
        StateLayer base = StateLayer.empty();
        base.put(b(1), b(10));
        base.put(b(2), b(20));
        StateLayer top = base.snapshot();
        assertThat(top.get(b(1))).isEqualTo(b(10));
        top.delete(b(1));
        assertThat(top.get(b(1))).isNull();
        assertThat(top.has(b(1))).isFalse();
        assertThat(base.get(b(1))).isEqualTo(b(10));
        top.put(b(3), b());
        assertThat(top.has(b(3))).isTrue();
        assertThat(top.get(b(3))).isEmpty();
        assertThat(top.get(b(9))).isNull();
        // a later write to the parent shows through where the child has not written
        base.put(b(2), b(21));
        assertThat(top.get(b(2))).isEqualTo(b(21));
        // deleting an absent key is still recorded
        top.delete(b(7));
        assertThat(top.changes().toString()).isEqualTo("01 - DELETE\n03 - \n07 - DELETE\n");
        assertThat(dump(top)).isEqualTo("02 - 15\n03 - \n");
    }

    @Test
    void rewritingTheSameValueStillAppearsInChanges() {
        StateLayer base = StateLayer.empty();
        base.put(b(5), b(1, 2));
        StateLayer top = base.snapshot();
        top.put(b(5), b(1, 2));
        top.put(b(4), b(0));
        top.put(b(4), b(1));
        assertThat(top.changes().toString()).isEqualTo("04 - 01\n05 - 0102\n");
    }

    @Test
    void changesAreInUnsignedKeyOrder() {
        StateLayer s = StateLayer.empty();
        s.put(b(0x80), b(1));
        s.put(b(0x7f, 0xff), b(2));
        s.put(b(0xff), b(3));
        s.put(b(), b(4));
        s.put(b(0x00), b(5));
        s.delete(b(0x7f));
        assertThat(s.changes().toString()).isEqualTo(" - 04\n00 - 05\n7f - DELETE\n7fff - 02\n80 - 01\nff - 03\n");
    }

    @Test
    void snapshotMergeAndDrop() {
        StateLayer root = StateLayer.empty();
        root.put(b(1), b(1));
        StateLayer s1 = root.snapshot();
        s1.put(b(2), b(2));
        StateLayer s2 = s1.snapshot();
        s2.put(b(3), b(3));
        s2.delete(b(1));

        s2.drop();
        assertThat(s2.changes()).isEqualTo(Patch.EMPTY);
        assertThat(s2.get(b(1))).isEqualTo(b(1));

        s2.put(b(3), b(3));
        s2.delete(b(1));
        s2.merge();
        assertThat(s2.size()).isZero();
        assertThat(s1.changes().toString()).isEqualTo("01 - DELETE\n02 - 02\n03 - 03\n");
        assertThat(root.changes().toString()).isEqualTo("01 - 01\n");

        s1.merge();
        assertThat(root.changes().toString()).isEqualTo("01 - DELETE\n02 - 02\n03 - 03\n");
        assertThat(dump(root)).isEqualTo("02 - 02\n03 - 03\n");
        assertThatThrownBy(root::merge).isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only parent");
    }

    @Test
    void subspaceViewsPrefixKeys() {
        StateLayer root = StateLayer.empty();
        byte[] account = b(0x03, 0xaa, 0xbb);
        State acc = root.subspace(account);
        acc.put(b(0x03, 1), b(7));
        acc.put(b(0x04, 1), b(8));
        root.put(b(0x03, 0xaa, 0xbc, 0x03), b(9)); // a neighbour outside the subspace
        assertThat(root.get(b(0x03, 0xaa, 0xbb, 0x03, 1))).isEqualTo(b(7));
        assertThat(dump(acc)).isEqualTo("0301 - 07\n0401 - 08\n");
        assertThat(acc.entries(b(0x04)).toString()).isEqualTo("[0401 - 08]");
        assertThat(acc.subspace(b(0x04)).get(b(1))).isEqualTo(b(8));
        assertThat(acc.changes().toString()).isEqualTo("0301 - 07\n0401 - 08\n");

        // a snapshot of a subspace works in subspace keys and merges back into it
        StateLayer accSnap = acc.snapshot();
        accSnap.put(b(0x05), b(1));
        accSnap.delete(b(0x03, 1));
        assertThat(accSnap.changes().toString()).isEqualTo("0301 - DELETE\n05 - 01\n");
        accSnap.merge();
        assertThat(root.changes().toString()).isEqualTo("""
                03aabb0301 - DELETE
                03aabb0401 - 08
                03aabb05 - 01
                03aabc03 - 09
                """);

        // read-only subspace of a reader
        StateReader ro = StateReader.empty();
        assertThat(ro.subspace(b(1)).get(b(2))).isNull();
        assertThat(root.snapshot().subspace(account).subspace(b(0x04)).entries(ALL).toString()).isEqualTo("[01 - 08]");
    }

    @Test
    void prefixIterationWithAll0xffPrefix() {
        StateLayer s = StateLayer.empty();
        s.put(b(0xff), b(1));
        s.put(b(0xff, 0xff), b(2));
        s.put(b(0xff, 0xff, 0x00), b(3));
        s.put(b(0xfe, 0xff), b(4));
        StateLayer top = s.snapshot();
        top.put(b(0xff, 0xff, 0x01), b(5));
        assertThat(top.entries(b(0xff, 0xff)).toString()).isEqualTo("[ffff - 02, ffff00 - 03, ffff01 - 05]");
        assertThat(top.entries(b(0xfe)).toString()).isEqualTo("[feff - 04]");
    }

    @Test
    void writesDuringIterationDoNotBreakIt() {
        StateLayer s = StateLayer.empty();
        for (int i = 0; i < 10; i++) s.put(b(i), b(i));
        List<Integer> seen = new ArrayList<>();
        try (StateIterator it = s.iterator(ALL)) {
            while (it.hasNext()) {
                StateEntry e = it.next();
                seen.add((int) e.key()[0]);
                s.delete(e.key());
            }
        }
        assertThat(seen).hasSize(10);
        assertThat(s.entries(ALL)).isEmpty();
    }

    @Test
    void returnedArraysAreCopies() {
        StateLayer s = StateLayer.empty();
        byte[] v = b(1);
        s.put(b(1), v);
        v[0] = 9;
        s.get(b(1))[0] = 8;
        s.entries(ALL).get(0).value()[0] = 7;
        assertThat(s.get(b(1))).isEqualTo(b(1));
        assertThatThrownBy(() -> s.put(null, b(1))).isInstanceOf(IllegalArgumentException.class).hasMessage("key must not be null");
        assertThatThrownBy(() -> s.put(b(1), null)).isInstanceOf(IllegalArgumentException.class).hasMessage("value must not be null");
    }

    /** Random operations on three stacked layers behave like a sorted map; changes() replays to the same state. */
    @Property(tries = 200)
    void stackedLayersMatchAModel(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 4095) Integer> ops) {
        StateLayer base = StateLayer.empty();
        StateLayer mid = base.snapshot();
        StateLayer top = mid.snapshot();
        StateLayer[] layers = {base, mid, top};
        TreeMap<byte[], byte[]> model = new TreeMap<>(Arrays::compareUnsigned);
        TreeMap<byte[], byte[]> topOnly = new TreeMap<>(Arrays::compareUnsigned);
        for (int op : ops) {
            StateLayer layer = layers[op % 3];
            byte[] key = (op >> 2) % 3 == 0 ? b((op >> 4) & 7) : b((op >> 4) & 7, (op >> 7) & 3);
            boolean del = ((op >> 9) & 3) == 0;
            byte[] value = b(op & 0xff);
            // writing below a layer that already wrote the key does not change what the top sees
            boolean shadowed = false;
            for (int i = op % 3 + 1; i < 3; i++) {
                shadowed |= layers[i].changes().records().stream().anyMatch(r -> Arrays.equals(r.key(), key));
            }
            if (del) layer.delete(key); else layer.put(key, value);
            if (!shadowed) {
                if (del) model.remove(key); else model.put(key, value);
            }
            if (layer == top) topOnly.put(key, del ? null : value);
        }
        List<String> expected = new ArrayList<>();
        for (Map.Entry<byte[], byte[]> e : model.entrySet()) expected.add(new StateEntry(e.getKey(), e.getValue()).toString());
        assertThat(top.entries(ALL).stream().map(StateEntry::toString).toList()).isEqualTo(expected);
        for (int k = 0; k < 8; k++) assertThat(top.get(b(k))).isEqualTo(model.get(b(k)));

        Patch.Builder pb = Patch.builder();
        topOnly.forEach((k, v) -> {
            if (v == null) pb.delete(k); else pb.put(k, v);
        });
        assertThat(top.changes()).isEqualTo(pb.build());

        // merging everything down leaves the same visible state in the base
        top.merge();
        mid.merge();
        assertThat(base.entries(ALL).stream().map(StateEntry::toString).toList()).isEqualTo(expected);
    }
}
