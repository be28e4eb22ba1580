package io.unikernelz.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;

/** The consensus database: go-zenon's keys and protobuf values, persistence, and what it does with bad records. */
class ConsensusDbTest {
    @TempDir
    Path dir;

    private static final Hash H1 = Hash.of(new byte[] {1});
    private static final Hash H2 = Hash.of(new byte[] {2});
    private static final ConsensusPoint POINT = ConsensusPoint.of(H1, H2,
            Map.of("TEST-pillar-1", new ProducerDetail(30, 29, BigInteger.valueOf(2_100_000_000_000L))), BigInteger.valueOf(2_100_000_000_000L));

    private static ElectionData election() {
        Address a = Address.fromPublicKey(new byte[32]);
        return new ElectionData(List.of(a), List.of(new PillarDelegation("TEST-pillar-1", a, BigInteger.TEN)));
    }

    @Test
    void keysAreGoZenons() {
        assertThat(Hex.encode(ConsensusDb.pointKey(PointStore.Kind.PERIOD, 5))).isEqualTo("000000000000000005");
        assertThat(Hex.encode(ConsensusDb.pointKey(PointStore.Kind.EPOCH, 258))).isEqualTo("010000000000000102");
        assertThat(Hex.encode(ConsensusDb.electionKey(H1))).isEqualTo("0a" + H1);
    }

    @Test
    void recordsSurviveAReopen() throws RocksDBException {
        try (ConsensusDb db = ConsensusDb.open(dir)) {
            db.put(PointStore.Kind.PERIOD, 5, POINT);
            db.put(PointStore.Kind.EPOCH, 5, ConsensusPoint.empty(H2));
            db.put(H1, election());
            assertThat(db.get(PointStore.Kind.PERIOD, 5)).contains(POINT);
        }
        // the bytes on disk are the protobuf records under go-zenon's keys
        RocksDB.loadLibrary();
        try (Options o = new Options(); RocksDB raw = RocksDB.openReadOnly(o, dir.toString())) {
            assertThat(raw.get(ConsensusDb.pointKey(PointStore.Kind.PERIOD, 5))).isEqualTo(POINT.encode());
            assertThat(raw.get(ConsensusDb.electionKey(H1))).isEqualTo(election().encode());
        }
        try (ConsensusDb db = ConsensusDb.open(dir, 1)) {
            assertThat(db.get(PointStore.Kind.PERIOD, 5)).contains(POINT);
            assertThat(db.get(PointStore.Kind.EPOCH, 5)).contains(ConsensusPoint.empty(H2));
            assertThat(db.get(PointStore.Kind.PERIOD, 6)).isEmpty();
            assertThat(db.get(H1)).contains(election());
            assertThat(db.get(H2)).isEmpty();
        }
    }

    @Test
    void anUndecodableRecordReadsAsAbsent() throws RocksDBException {
        RocksDB.loadLibrary();
        try (Options o = new Options().setCreateIfMissing(true); RocksDB raw = RocksDB.open(o, dir.toString())) {
            // prevHash of 3 bytes: go-zenon's Unmarshal fails on it too
            raw.put(ConsensusDb.pointKey(PointStore.Kind.EPOCH, 2), new byte[] {0x0a, 0x03, 1, 2, 3});
            raw.put(ConsensusDb.electionKey(H1), new byte[] {0x0a, 0x01, 7});
        }
        try (ConsensusDb db = ConsensusDb.open(dir)) {
            assertThat(db.get(PointStore.Kind.EPOCH, 2)).isEmpty();
            assertThat(db.get(H1)).isEmpty();
            db.put(PointStore.Kind.EPOCH, 2, POINT);
            assertThat(db.get(PointStore.Kind.EPOCH, 2)).contains(POINT);
        }
    }

    @Test
    void aClosedDatabaseSaysSo() {
        ConsensusDb db = ConsensusDb.open(dir);
        db.close();
        db.close();
        assertThatThrownBy(() -> db.get(PointStore.Kind.PERIOD, 1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
        assertThatThrownBy(() -> db.put(H1, election())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ConsensusDb.open(dir, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
