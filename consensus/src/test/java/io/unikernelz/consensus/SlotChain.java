package io.unikernelz.consensus;

import io.unikernelz.chain.Chain;
import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.chain.genesis.MockGenesis;
import io.unikernelz.chain.verifier.ChainVerifier;
import io.unikernelz.consensus.producer.PillarWorker;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.SignFunction;
import io.unikernelz.vm.Supervisor;
import io.unikernelz.wallet.KeyPair;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A real chain on go-zenon's mock genesis whose momentums are produced in chosen slots only, so ticks can be left
 * empty (the mock harness always fills the next slot). The clock is the slot being produced.
 */
final class SlotChain implements AutoCloseable {
    static final long G = MockGenesis.GENESIS_TIMESTAMP;

    final MockGenesis g = new MockGenesis();
    final Chain chain;
    final Election election;
    final Supervisor supervisor;
    /** Momentums by height; index 0 is unused, 1 is genesis. */
    final List<Momentum> byHeight = new ArrayList<>();
    private long now = G;

    SlotChain(Path dir, ConsensusParams params) {
        this.chain = Chain.open(dir, Genesis.build(g.config()));
        this.election = new Election(params, new ChainMomentumView(chain));
        InstantSource clock = () -> Instant.ofEpochSecond(now);
        ContractParameters parameters = ContractParameters.goZenonTests().toBuilder().sporkAddress(g.spork.address()).build();
        this.supervisor = Supervisor.builder(chain, new ChainVerifier(chain, election::producerAt, clock), chain).parameters(parameters).build();
        byHeight.add(null);
        byHeight.add(chain.genesisMomentum());
    }

    /** One-hour epochs of twelve 300 s election ticks, as go-zenon's consensus tests use. */
    static ConsensusParams hourEpochs() {
        return new ConsensusParams(G, 10, 30, 15, 3600);
    }

    /** Produces the momentum of the slot starting at {@code G + offset} by its elected pillar. */
    Momentum produce(long offset) {
        long t = G + offset;
        now = t;
        Address producer = election.producerAt(t).orElseThrow(() -> new IllegalArgumentException("no slot starts at " + t));
        KeyPair key = g.pillars.stream().filter(k -> k.address().equals(producer)).findFirst().orElseThrow();
        PillarWorker worker = new PillarWorker(chain, supervisor, producer, SignFunction.ed25519(key.privateKey()), () -> Instant.ofEpochSecond(t), null);
        Momentum m = worker.produceMomentum(t).orElseThrow();
        byHeight.add(m);
        return m;
    }

    /** Produces the slots {@code G + from, G + from + 10, …} up to and including {@code G + to}. */
    void produceRange(long from, long to) {
        for (long o = from; o <= to; o += 10) produce(o);
    }

    Momentum at(long height) {
        return byHeight.get((int) height);
    }

    @Override
    public void close() {
        chain.close();
    }
}
