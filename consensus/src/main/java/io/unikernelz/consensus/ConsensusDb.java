package io.unikernelz.consensus;

import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteOptions;

/**
 * The consensus database (go-zenon {@code consensus/storage/db.go}): a small RocksDB of its own, normally
 * {@code <data>/consensus}, holding elections under {@code 0x0a ‖ proof hash} and points of finished ticks under
 * {@code 0x00 ‖ be8(tick)} / {@code 0x01 ‖ be8(epoch)}, all protobuf as in go-zenon, with an LRU of decoded records
 * in front. Everything in it can be recomputed from the chain, so writes are not synced and an undecodable record is
 * logged and treated as absent (the reader recomputes and overwrites it).
 */
public final class ConsensusDb implements PointStore, ElectionCache, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ConsensusDb.class.getName());
    static final byte ELECTION_PREFIX = 0x0a;

    private final Path location;
    private final Options options;
    private final RocksDB db;
    private final WriteOptions write;
    private final Map<Hash, ElectionData> elections;
    private final Map<Kind, Map<Long, ConsensusPoint>> points = new EnumMap<>(Kind.class);
    /** Native calls hold the read side; close() takes the write side so no call runs on a freed handle. */
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private ConsensusDb(Path location, Options options, RocksDB db, int cacheCapacity) {
        this.location = location;
        this.options = options;
        this.db = db;
        this.write = new WriteOptions();
        this.elections = PointStore.InMemory.lru(cacheCapacity);
        for (Kind kind : Kind.values()) points.put(kind, PointStore.InMemory.lru(cacheCapacity));
    }

    /**
     * Opens (creating if needed) the database in {@code dir} with go-zenon's cache size (one week of ticks).
     *
     * @throws ConsensusDataException if the directory cannot be created or the database cannot be opened
     */
    public static ConsensusDb open(Path dir) {
        return open(dir, ElectionCache.DEFAULT_CAPACITY);
    }

    /** As {@link #open(Path)} with {@code cacheCapacity} decoded records of each kind kept in memory. */
    public static ConsensusDb open(Path dir, int cacheCapacity) {
        if (cacheCapacity <= 0) throw new IllegalArgumentException("cache capacity must be positive, got " + cacheCapacity);
        Path location = dir.toAbsolutePath();
        try {
            Files.createDirectories(location);
        } catch (IOException e) {
            throw new ConsensusDataException("cannot create consensus directory " + location + ": " + e.getMessage(), new UncheckedIOException(e));
        }
        RocksDB.loadLibrary();
        Options options = new Options().setCreateIfMissing(true).setKeepLogFileNum(2);
        try {
            return new ConsensusDb(location, options, RocksDB.open(options, location.toString()), cacheCapacity);
        } catch (RocksDBException e) {
            options.close();
            throw new ConsensusDataException("cannot open consensus database " + location + ": " + e.getMessage(), e);
        }
    }

    public Path location() {
        return location;
    }

    // ---------------------------------------------------------------- points

    @Override
    public Optional<ConsensusPoint> get(Kind kind, long tick) {
        Objects.requireNonNull(kind, "kind");
        Map<Long, ConsensusPoint> cache = points.get(kind);
        synchronized (cache) {
            ConsensusPoint hit = cache.get(tick);
            if (hit != null) return Optional.of(hit);
        }
        Optional<ConsensusPoint> stored = load(pointKey(kind, tick), ConsensusPoint::decode, kind + " point " + tick);
        stored.ifPresent(p -> {
            synchronized (cache) {
                cache.put(tick, p);
            }
        });
        return stored;
    }

    @Override
    public void put(Kind kind, long tick, ConsensusPoint point) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(point, "point");
        if (tick < 0) throw new IllegalArgumentException("point tick must not be negative, got " + tick);
        store(pointKey(kind, tick), point.encode());
        Map<Long, ConsensusPoint> cache = points.get(kind);
        synchronized (cache) {
            cache.put(tick, point);
        }
    }

    static byte[] pointKey(Kind kind, long tick) {
        return Bytes.concat(new byte[] {kind.prefix()}, Bytes.be8(tick));
    }

    // ---------------------------------------------------------------- elections

    @Override
    public Optional<ElectionData> get(Hash proofHash) {
        Objects.requireNonNull(proofHash, "proof hash");
        synchronized (elections) {
            ElectionData hit = elections.get(proofHash);
            if (hit != null) return Optional.of(hit);
        }
        Optional<ElectionData> stored = load(electionKey(proofHash), ElectionData::decode, "election of proof " + proofHash);
        stored.ifPresent(d -> {
            synchronized (elections) {
                elections.put(proofHash, d);
            }
        });
        return stored;
    }

    @Override
    public void put(Hash proofHash, ElectionData data) {
        Objects.requireNonNull(proofHash, "proof hash");
        Objects.requireNonNull(data, "election data");
        store(electionKey(proofHash), data.encode());
        synchronized (elections) {
            elections.put(proofHash, data);
        }
    }

    static byte[] electionKey(Hash proofHash) {
        return Bytes.concat(new byte[] {ELECTION_PREFIX}, proofHash.rawBytes());
    }

    // ---------------------------------------------------------------- RocksDB

    private <T> Optional<T> load(byte[] key, Function<byte[], T> decoder, String what) {
        byte[] raw;
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            raw = db.get(key);
        } catch (RocksDBException e) {
            throw new ConsensusDataException("cannot read " + what + " from " + location + ": " + e.getMessage(), e);
        } finally {
            lifecycle.readLock().unlock();
        }
        if (raw == null) return Optional.empty();
        try {
            return Optional.of(decoder.apply(raw));
        } catch (ConsensusDataException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "ignoring undecodable " + what + " in " + location + " (it will be recomputed): " + e.getMessage());
            return Optional.empty();
        }
    }

    private void store(byte[] key, byte[] value) {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            db.put(write, key, value);
        } catch (RocksDBException e) {
            throw new ConsensusDataException("cannot write to consensus database " + location + ": " + e.getMessage(), e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("consensus database " + location + " is closed");
    }

    /** Closes the database; idempotent. */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) return;
            closed = true;
            write.close();
            db.close();
            options.close();
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "ConsensusDb(" + location + ")";
    }
}
