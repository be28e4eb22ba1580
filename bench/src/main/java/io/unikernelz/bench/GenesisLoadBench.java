package io.unikernelz.bench;

import io.unikernelz.chain.Chain;
import io.unikernelz.chain.genesis.EmbeddedGenesis;
import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.core.types.Hash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What {@code ./unikernel-z node --network mainnet} does on a fresh data dir: parse the embedded genesis JSON, build
 * the 14k genesis blocks and the genesis momentum, and commit it to a new RocksDB store. Run as single shots: the
 * first shot of a fresh JVM is the cold figure a user sees, later shots are the warmed-up cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GenesisLoadBench {
    private Path dir;

    @Setup(Level.Invocation)
    public void freshDir() throws IOException {
        dir = Files.createTempDirectory("unikernelz-genesis-bench");
    }

    @TearDown(Level.Invocation)
    public void removeDir() {
        deleteTree(dir);
    }

    @Benchmark
    public Hash mainnetGenesisLoad() {
        return load(dir);
    }

    /** Parse, build and commit the mainnet genesis into {@code dir}; returns the genesis momentum hash. */
    public static Hash load(Path dir) {
        Genesis genesis = Genesis.build(EmbeddedGenesis.mainnet());
        try (Chain chain = Chain.open(dir, genesis)) {
            return chain.genesisMomentum().hash();
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove benchmark data dir " + root, e);
        }
    }
}
