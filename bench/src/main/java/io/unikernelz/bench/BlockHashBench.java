package io.unikernelz.bench;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Hash;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** go-zenon's account block hash (preimage assembly + SHA3-256) of a real mainnet block with call data. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BlockHashBench {
    private AccountBlock block;

    @Setup
    public void load() {
        block = BenchData.firstBlock();
    }

    @Benchmark
    public Hash accountBlockHash() {
        return block.computeHash();
    }
}
