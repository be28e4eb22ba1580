package io.unikernelz.store;

import static io.unikernelz.store.PatchTest.b;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.Hex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class VersionedStoreTest {
    private static final byte[] ALL = new byte[0];

    /** The patches of go-zenon common/db/versioned_db_test.go (newMockTransaction with seeds 1, 2, 3). */
    static final String T1 = """
            0c697f48392907a0 - a68447a4189deb99
            365a858149c6e2d1 - 57e9d1860d1d68d8
            4d65822107fcfd52 - 78629a0f5f3f164f
            8866cb397916001e - 9408d2ac22c4d294
            d5104dc76695721d - b80704bb7b4d7c03
            """;

    static final String T2 = """
            069728dc67d9db56 - 8f3aa6d8bef36a80
            1b213e776add09fe - 903e28f8376a23b8
            9569f9e2cb82822f - 21ed4caac044316f
            b6666b02a03da270 - 1a634384d0ba8f10
            cea06b688be116ca - f6bd65cefe8c20dc
            """;

    static final String T3 = """
            299c7bb8757d0bdc - 3bf5be2bb76058f7
            36bcb1ac1b221c52 - c0fbdb5d49c1a3a8
            789229e09e31f58d - 625250fa2140d8fd
            dc2864602be7fb85 - d38967f931a50490
            f25f4b21eef64b43 - 9c0a8a2bfc0914df
            """;

    /** go-zenon DebugDB of the frontier after height 1. */
    static final String DB1 = """
            00 - 0a220a205c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d881001
            015c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d88 - 0000000000000001
            020000000000000001 - 5c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d8800000000000000000000000000000000000000000000000000000000000000003fc795fb4006a3d73dd511f493010f6d85c7448155ec6c444acaa9238f30c19e0000000000000001
            0c697f48392907a0 - a68447a4189deb99
            365a858149c6e2d1 - 57e9d1860d1d68d8
            4d65822107fcfd52 - 78629a0f5f3f164f
            8866cb397916001e - 9408d2ac22c4d294
            d5104dc76695721d - b80704bb7b4d7c03
            """;

    /** ... after height 2. */
    static final String DB2 = """
            00 - 0a220a20e5a89ef7fcf0f3c3fe81a782ac68e497bdb0155b3c41eff02113ab67fe7392491002
            015c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d88 - 0000000000000001
            01e5a89ef7fcf0f3c3fe81a782ac68e497bdb0155b3c41eff02113ab67fe739249 - 0000000000000002
            020000000000000001 - 5c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d8800000000000000000000000000000000000000000000000000000000000000003fc795fb4006a3d73dd511f493010f6d85c7448155ec6c444acaa9238f30c19e0000000000000001
            020000000000000002 - e5a89ef7fcf0f3c3fe81a782ac68e497bdb0155b3c41eff02113ab67fe7392495c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d889cb71dd39b3e4f3991f66538480b1209e2df16863c33729be03430e1b1500b050000000000000002
            069728dc67d9db56 - 8f3aa6d8bef36a80
            0c697f48392907a0 - a68447a4189deb99
            1b213e776add09fe - 903e28f8376a23b8
            365a858149c6e2d1 - 57e9d1860d1d68d8
            4d65822107fcfd52 - 78629a0f5f3f164f
            8866cb397916001e - 9408d2ac22c4d294
            9569f9e2cb82822f - 21ed4caac044316f
            b6666b02a03da270 - 1a634384d0ba8f10
            cea06b688be116ca - f6bd65cefe8c20dc
            d5104dc76695721d - b80704bb7b4d7c03
            """;

    /** ... after height 3. */
    static final String DB3 = """
            00 - 0a220a20d8ba48392cd7843812028c9fc3d7c92e232b8a725db741d69c930772e8551a851003
            015c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d88 - 0000000000000001
            01d8ba48392cd7843812028c9fc3d7c92e232b8a725db741d69c930772e8551a85 - 0000000000000003
            01e5a89ef7fcf0f3c3fe81a782ac68e497bdb0155b3c41eff02113ab67fe739249 - 0000000000000002
            020000000000000001 - 5c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d8800000000000000000000000000000000000000000000000000000000000000003fc795fb4006a3d73dd511f493010f6d85c7448155ec6c444acaa9238f30c19e0000000000000001
            020000000000000002 - e5a89ef7fcf0f3c3fe81a782ac68e497bdb0155b3c41eff02113ab67fe7392495c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d889cb71dd39b3e4f3991f66538480b1209e2df16863c33729be03430e1b1500b050000000000000002
            020000000000000003 - d8ba48392cd7843812028c9fc3d7c92e232b8a725db741d69c930772e8551a85e5a89ef7fcf0f3c3fe81a782ac68e497bdb0155b3c41eff02113ab67fe739249d3fed0cc8f431f60ecd3b4617b2ad8991299350cb8361f2ccf02fd50de4c23620000000000000003
            069728dc67d9db56 - 8f3aa6d8bef36a80
            0c697f48392907a0 - a68447a4189deb99
            1b213e776add09fe - 903e28f8376a23b8
            299c7bb8757d0bdc - 3bf5be2bb76058f7
            365a858149c6e2d1 - 57e9d1860d1d68d8
            36bcb1ac1b221c52 - c0fbdb5d49c1a3a8
            4d65822107fcfd52 - 78629a0f5f3f164f
            789229e09e31f58d - 625250fa2140d8fd
            8866cb397916001e - 9408d2ac22c4d294
            9569f9e2cb82822f - 21ed4caac044316f
            b6666b02a03da270 - 1a634384d0ba8f10
            cea06b688be116ca - f6bd65cefe8c20dc
            d5104dc76695721d - b80704bb7b4d7c03
            dc2864602be7fb85 - d38967f931a50490
            f25f4b21eef64b43 - 9c0a8a2bfc0914df
            """;

    @TempDir
    Path tmp;

    static Patch patchOf(String debugText) {
        Patch.Builder b = Patch.builder();
        for (String line : debugText.strip().split("\n")) {
            String[] kv = line.split(" - ", -1);
            if (kv[1].equals("DELETE")) b.delete(Hex.decode(kv[0])); else b.put(Hex.decode(kv[0]), Hex.decode(kv[1]));
        }
        return b.build();
    }

    /** The current state of the store, through a view that is closed again. */
    static String dump(VersionedStore store) {
        try (StateView v = store.view()) {
            return dump(v);
        }
    }

    static String dump(StateReader r) {
        StringBuilder sb = new StringBuilder();
        for (StateEntry e : r.entries(ALL)) sb.append(e).append('\n');
        return sb.toString();
    }

    /**
     * go-zenon's mock commit: hash = sha3(changesHash), previous = the frontier, serialized as
     * hash || previousHash || changesHash || be8(height); its frontier records are appended to the patch.
     */
    private static HashHeight commitMock(VersionedStore store, String changes) {
        HashHeight previous;
        try (StateView v = store.view()) {
            previous = Frontier.identifier(v);
        }
        Patch patch = patchOf(changes);
        Hash changesHash = patch.hash();
        HashHeight id = new HashHeight(Hash.of(changesHash.rawBytes()), previous.height() + 1);
        byte[] data = Bytes.concat(id.hash().rawBytes(), previous.hash().rawBytes(), changesHash.rawBytes(), Bytes.be8(id.height()));
        Patch full = Patch.builder().add(patch).add(Frontier.records(id, data)).build();
        store.commit(id.height(), full);
        return id;
    }

    /** go-zenon versioned_db_test.go TestVersionedDBVersions: frontier and historical states, then reopen. */
    @Test
    void goZenonVersionedDbVector() {
        Path dir = tmp.resolve("nom");
        try (VersionedStore store = VersionedStore.open(dir)) {
            assertThat(store.height()).isZero();
            HashHeight f1 = commitMock(store, T1);
            assertThat(f1.hash().toString()).isEqualTo("5c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d88");
            try (StateView v = store.view()) {
                assertThat(dump(v)).isEqualTo(DB1);
            }
            HashHeight f2 = commitMock(store, T2);
            assertThat(f2.hash().toString()).isEqualTo("e5a89ef7fcf0f3c3fe81a782ac68e497bdb0155b3c41eff02113ab67fe739249");
            HashHeight f3 = commitMock(store, T3);
            assertThat(f3.hash().toString()).isEqualTo("d8ba48392cd7843812028c9fc3d7c92e232b8a725db741d69c930772e8551a85");
            assertThat(store.height()).isEqualTo(3);

            try (StateView v = store.view()) {
                assertThat(dump(v)).isEqualTo(DB3);
                assertThat(Frontier.identifier(v)).isEqualTo(f3);
                assertThat(StateLayer.over(v).changes()).isEqualTo(Patch.EMPTY);
                assertThat(Frontier.identifierByHash(v, f2.hash())).contains(f2);
                assertThat(Frontier.entryByHash(v, f1.hash()).map(Hex::encode)).contains(
                        "5c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d88" + "00".repeat(32)
                                + "3fc795fb4006a3d73dd511f493010f6d85c7448155ec6c444acaa9238f30c19e0000000000000001");
                assertThat(Frontier.identifierByHash(v, Hash.EMPTY_DATA)).isEmpty();
            }
            try (StateView v2 = store.viewAt(2); StateView v1 = store.viewAt(1); StateView v0 = store.viewAt(0)) {
                assertThat(v2.height()).isEqualTo(2);
                assertThat(dump(v2)).isEqualTo(DB2);
                assertThat(Frontier.identifier(v2)).isEqualTo(f2);
                assertThat(dump(v1)).isEqualTo(DB1);
                assertThat(Frontier.identifier(v1)).isEqualTo(f1);
                assertThat(dump(v0)).isEmpty();
                assertThat(Frontier.identifier(v0)).isEqualTo(HashHeight.ZERO);
                assertThat(StateLayer.over(v2).changes()).isEqualTo(Patch.EMPTY);
            }
            assertThat(store.patch(2).orElseThrow().toString()).startsWith(T2);
        }
        try (VersionedStore again = VersionedStore.open(dir); StateView v = again.view()) {
            assertThat(again.height()).isEqualTo(3);
            assertThat(dump(v)).isEqualTo(DB3);
        }
    }

    @Test
    void frontierIdentifierIsGoProtobuf() {
        HashHeight id = new HashHeight(Hash.parse("5c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d88"), 1);
        assertThat(Hex.encode(Frontier.encodeIdentifier(id)))
                .isEqualTo("0a220a205c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d881001");
        assertThat(Frontier.decodeIdentifier(Frontier.encodeIdentifier(id))).isEqualTo(id);
        HashHeight big = new HashHeight(Hash.EMPTY_DATA, 300);
        assertThat(Hex.encode(Frontier.encodeIdentifier(big))).endsWith("10ac02");
        assertThat(Frontier.decodeIdentifier(Frontier.encodeIdentifier(big))).isEqualTo(big);
        HashHeight zero = new HashHeight(Hash.ZERO, 0);
        assertThat(Hex.encode(Frontier.encodeIdentifier(zero))).isEqualTo("0a220a20" + "00".repeat(32));
        assertThat(Frontier.decodeIdentifier(new byte[0])).isEqualTo(HashHeight.ZERO);
        assertThatThrownBy(() -> Frontier.decodeIdentifier(b(0x0a, 0x05, 0x0a, 0x03, 1, 2, 3)))
                .isInstanceOf(StoreException.class).hasMessageContaining("malformed frontier identifier");
        assertThatThrownBy(() -> Frontier.decodeIdentifier(b(0x18, 0x01))).isInstanceOf(StoreException.class)
                .hasMessageContaining("malformed frontier identifier");
        StateLayer s = StateLayer.empty();
        Frontier.set(s, id, b(9));
        assertThat(s.changes().toString()).isEqualTo(
                "00 - 0a220a205c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d881001\n"
                        + "015c93068287abae27e59aa5507bab95c2779e6e65c6d6210153e9614ae44f1d88 - 0000000000000001\n"
                        + "020000000000000001 - 09\n");
        assertThat(Frontier.entryByHeight(s, 1)).contains(b(9));
    }

    /** Commits heights with overwrites, empty values and deletes; rolling back to each height restores it exactly. */
    @Test
    void commitAndRollbackRoundTrip() {
        Path dir = tmp.resolve("rb");
        List<String> states = new ArrayList<>();
        List<Patch> patches = new ArrayList<>();
        try (VersionedStore store = VersionedStore.open(dir)) {
            states.add(dump(store));
            for (int h = 1; h <= 12; h++) {
                Patch.Builder b = Patch.builder();
                b.put(b(1), b(h));
                b.put(b(2, h % 4), h % 3 == 0 ? b() : b(h, h));
                if (h % 2 == 0) b.delete(b(2, (h + 1) % 4));
                b.delete(b(3, h)); // deleting a key that never existed
                b.put(b(4, h), b(h)).delete(b(4, h)).put(b(4, h), b(h + 100)); // duplicates: last write wins
                Patch p = b.build();
                patches.add(p);
                store.commit(h, p);
                try (StateView v = store.view()) {
                    states.add(dump(v));
                }
            }
            assertThat(states.get(12)).contains("0403 - 67\n").doesNotContain("\n03");
            for (int h = 1; h <= 12; h++) {
                assertThat(store.patch(h)).contains(patches.get(h - 1));
                Patch rb = store.rollbackPatch(h).orElseThrow();
                assertThat(rb.size()).isEqualTo(patches.get(h - 1).size());
                try (StateView v = store.viewAt(h)) {
                    assertThat(dump(v)).as("view at %d", h).isEqualTo(states.get(h));
                }
            }
            store.rollbackTo(9);
            assertThat(store.height()).isEqualTo(9);
            assertThat(dump(store)).isEqualTo(states.get(9));
            assertThat(store.patch(10)).isEmpty();
            assertThat(store.rollbackPatch(10)).isEmpty();
            store.rollbackTo(9); // no-op
            store.commit(10, patches.get(9));
            assertThat(dump(store)).isEqualTo(states.get(10));
        }
        try (VersionedStore store = VersionedStore.open(dir)) {
            assertThat(store.height()).isEqualTo(10);
            assertThat(dump(store)).isEqualTo(states.get(10));
            store.rollbackTo(0);
            assertThat(dump(store)).isEmpty();
            assertThat(store.patch(1)).isEmpty();
        }
        try (VersionedStore store = VersionedStore.open(dir)) {
            assertThat(store.height()).isZero();
            store.commit(1, patches.get(0));
            assertThat(dump(store)).isEqualTo(states.get(1));
        }
    }

    @Test
    void heightsMustBeContiguous() {
        try (VersionedStore store = VersionedStore.open(tmp.resolve("c"))) {
            assertThatThrownBy(() -> store.commit(2, Patch.EMPTY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("cannot commit height 2: the store is at height 0, the next commit must be height 1");
            store.commit(1, Patch.EMPTY);
            assertThatThrownBy(() -> store.commit(1, Patch.EMPTY)).hasMessageContaining("the next commit must be height 2");
            assertThatThrownBy(() -> store.rollbackTo(2)).hasMessage("cannot roll back to height 2: the store is at height 1");
            assertThatThrownBy(() -> store.rollbackTo(-1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.viewAt(5)).hasMessage("cannot view height 5: the store is at height 1");
            assertThat(store.patch(1)).contains(Patch.EMPTY);
            assertThat(store.rollbackPatch(1)).contains(Patch.EMPTY);
        }
    }

    @Test
    void viewsAreConsistentSnapshotsThatDoNotBlockCommits() {
        try (VersionedStore store = VersionedStore.open(tmp.resolve("v"))) {
            for (int i = 0; i < 5; i++) store.commit(i + 1, Patch.builder().put(b(i), b(i)).build());
            try (StateView before = store.view(); StateIterator it = before.iterator(ALL)) {
                assertThat(it.next().toString()).isEqualTo("00 - 00");
                // commits while a view and an iterator are open
                store.commit(6, Patch.builder().delete(b(1)).put(b(9), b(9)).build());
                store.commit(7, Patch.builder().put(b(2), b(0x22)).build());
                List<String> rest = new ArrayList<>();
                it.forEachRemaining(e -> rest.add(e.toString()));
                assertThat(rest).containsExactly("01 - 01", "02 - 02", "03 - 03", "04 - 04");
                assertThat(before.height()).isEqualTo(5);
                assertThat(before.get(b(1))).isEqualTo(b(1));
                try (StateView after = store.view()) {
                    assertThat(after.height()).isEqualTo(7);
                    assertThat(dump(after)).isEqualTo("00 - 00\n02 - 22\n03 - 03\n04 - 04\n09 - 09\n");
                    assertThat(after.entries(b(0x02)).toString()).isEqualTo("[02 - 22]");
                    assertThat(after.has(b(1))).isFalse();
                    assertThat(after.subspace(b(0x09)).get(ALL)).isEqualTo(b(9));
                }
            }
        }
    }

    @Test
    void layersOverAViewCollectChangesForTheNextCommit() {
        try (VersionedStore store = VersionedStore.open(tmp.resolve("l"))) {
            store.commit(1, Patch.builder().put(b(1), b(1)).put(b(2), b(2)).build());
            Patch next;
            try (StateView v = store.view()) {
                StateLayer work = StateLayer.over(v);
                StateLayer tx = work.snapshot();
                tx.put(b(1), b(1)); // same value: still a change
                tx.delete(b(2));
                tx.merge();
                assertThatThrownBy(work::merge).isInstanceOf(IllegalStateException.class);
                next = work.changes();
            }
            assertThat(next.toString()).isEqualTo("01 - 01\n02 - DELETE\n");
            store.commit(2, next);
            assertThat(store.rollbackPatch(2).orElseThrow().toString()).isEqualTo("01 - 01\n02 - 02\n");
            assertThat(dump(store)).isEqualTo("01 - 01\n");
        }
    }

    @Test
    void closingTheStoreClosesViewsAndIterators() {
        VersionedStore store = VersionedStore.open(tmp.resolve("x"));
        store.commit(1, Patch.builder().put(b(1), b(1)).put(b(2), b(2)).build());
        StateView v = store.view();
        StateIterator it = v.iterator(ALL);
        assertThat(it.hasNext()).isTrue();
        it.next();
        StateView closedEarly = store.view();
        closedEarly.close();
        closedEarly.close();
        assertThatThrownBy(() -> closedEarly.get(b(1))).isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
        store.close();
        store.close();
        assertThatThrownBy(() -> v.get(b(1))).isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
        assertThatThrownBy(it::hasNext).isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
        assertThatThrownBy(() -> store.commit(2, Patch.EMPTY)).isInstanceOf(IllegalStateException.class);
        it.close();
        v.close();
        try (VersionedStore again = VersionedStore.open(tmp.resolve("x"))) {
            assertThat(again.height()).isEqualTo(1);
        }
    }

    @Test
    void aSecondOpenInTheSameProcessIsReportedAsInUse() {
        Path dir = tmp.resolve("twice");
        try (VersionedStore first = VersionedStore.open(dir)) {
            assertThatThrownBy(() -> VersionedStore.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("data directory " + dir.toAbsolutePath() + " is in use by another process");
            assertThat(first.height()).isZero();
        }
    }

    @Test
    void foreignAndCorruptDirectoriesAreRejected() throws Exception {
        Path foreign = tmp.resolve("foreign");
        RocksDB.loadLibrary();
        try (Options o = new Options().setCreateIfMissing(true); RocksDB db = RocksDB.open(o, foreign.toString())) {
            db.put(b(1), b(2));
        }
        assertThatThrownBy(() -> VersionedStore.open(foreign))
                .isInstanceOf(StoreException.class)
                .hasMessage("data directory " + foreign.toAbsolutePath() + " holds a RocksDB database that is not a unikernel-z store");

        Path corrupt = tmp.resolve("corrupt");
        try (VersionedStore s = VersionedStore.open(corrupt)) {
            s.commit(1, Patch.builder().put(b(1), b(1)).build());
        }
        Path manifest;
        try (var files = Files.list(corrupt)) {
            manifest = files.filter(f -> f.getFileName().toString().startsWith("MANIFEST-")).findFirst().orElseThrow();
        }
        byte[] garbage = new byte[(int) Files.size(manifest)];
        java.util.Arrays.fill(garbage, (byte) 0x5a);
        Files.write(manifest, garbage);
        assertThatThrownBy(() -> VersionedStore.open(corrupt))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("data directory " + corrupt.toAbsolutePath() + " is corrupt");

        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> VersionedStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot create data directory " + file.toAbsolutePath());
    }
}
