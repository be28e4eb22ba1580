package io.unikernelz.bench;

import io.unikernelz.chain.Chain;
import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.chain.genesis.MockGenesis;
import io.unikernelz.chain.verifier.ChainVerifier;
import io.unikernelz.consensus.ChainMomentumView;
import io.unikernelz.consensus.ConsensusParams;
import io.unikernelz.consensus.Election;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.DetailedMomentum;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.nom.MomentumContent;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.MomentumTransaction;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.SignFunction;
import io.unikernelz.vm.Supervisor;
import io.unikernelz.wallet.KeyPair;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
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
 * The ledger's hot paths on a real chain (RocksDB, go-zenon's test genesis): a user send verified and executed by
 * the supervisor ({@code applyBlock}: verifier + VM + post-execution checks), and a momentum of
 * {@value #MOMENTUM_BLOCKS} confirmed sends verified and applied ({@code applyMomentum}: momentum verifier, every
 * account patch replayed into the momentum state, ChangesHash). Both leave the chain untouched, so they repeat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LedgerApplyBench {
    static final int SENDS_PER_ACCOUNT = 10;
    static final int MOMENTUM_BLOCKS = 4 * SENDS_PER_ACCOUNT;

    private Path dir;
    private Chain chain;
    private Supervisor supervisor;
    private AccountBlock send;
    private DetailedMomentum momentum;

    private static AccountBlock sendTemplate(KeyPair from, Address to) {
        return AccountBlock.builder().blockType(BlockType.USER_SEND).address(from.address()).toAddress(to)
                .tokenStandard(TokenStandard.ZNN).amount(BigInteger.valueOf(MockGenesis.ZEXP)).build();
    }

    @Setup(Level.Trial)
    public void setup() throws IOException {
        dir = Files.createTempDirectory("unikernelz-bench-ledger");
        MockGenesis g = new MockGenesis();
        chain = Chain.open(dir, Genesis.build(g.config()));
        InstantSource clock = () -> Instant.ofEpochSecond(chain.frontierMomentum().timestamp());
        Election election = new Election(ConsensusParams.defaults(MockGenesis.GENESIS_TIMESTAMP), new ChainMomentumView(chain));
        supervisor = Supervisor.builder(chain, new ChainVerifier(chain, election::producerAt, clock), chain)
                .parameters(ContractParameters.goZenonTests().toBuilder().sporkAddress(g.spork.address()).build())
                .build();
        // the single-block benchmark: User5 (fused plasma in the test genesis) sends to User6
        send = supervisor.generateFromTemplate(sendTemplate(g.user(5), g.user(6).address()), SignFunction.ed25519(g.user(5).privateKey())).block();
        // the momentum benchmark: ten chained sends from each of Users 1-4 in the account pool
        for (int u = 1; u <= 4; u++) {
            KeyPair k = g.user(u);
            for (int i = 0; i < SENDS_PER_ACCOUNT; i++) {
                AccountBlockTransaction tx = supervisor.generateFromTemplate(sendTemplate(k, g.user(6).address()), SignFunction.ed25519(k.privateKey()));
                chain.insertAccountBlock(tx);
            }
        }
        List<AccountBlock> blocks = chain.newMomentumContent();
        Momentum previous = chain.frontierMomentum();
        long slot = previous.timestamp() + 10;
        Address producer = election.producerAt(slot).orElseThrow();
        KeyPair key = g.pillars.stream().filter(p -> p.address().equals(producer)).findFirst().orElseThrow();
        Momentum template = Momentum.builder().version(1).chainIdentifier(chain.chainIdentifier()).previousHash(previous.hash())
                .height(previous.height() + 1).timestamp(slot).content(MomentumContent.ofBlocks(blocks)).build();
        MomentumTransaction signed = supervisor.generateMomentum(new DetailedMomentum(template, blocks), SignFunction.ed25519(key.privateKey()));
        momentum = new DetailedMomentum(signed.momentum(), blocks);
        if (blocks.size() != MOMENTUM_BLOCKS) throw new IllegalStateException("expected " + MOMENTUM_BLOCKS + " blocks, got " + blocks.size());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        chain.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Account blocks verified + applied per second (one user send, fused plasma). */
    @Benchmark
    public AccountBlockTransaction accountBlockApply() {
        return supervisor.applyBlock(send);
    }

    /** Momentums of 40 sends verified + applied per second. */
    @Benchmark
    public MomentumTransaction momentumApply() {
        return supervisor.applyMomentum(momentum);
    }
}
