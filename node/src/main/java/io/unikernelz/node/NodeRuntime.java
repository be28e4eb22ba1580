package io.unikernelz.node;

import io.unikernelz.chain.Chain;
import io.unikernelz.chain.ChainListener;
import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.chain.verifier.ChainVerifier;
import io.unikernelz.consensus.ChainMomentumView;
import io.unikernelz.consensus.ConsensusDb;
import io.unikernelz.consensus.ConsensusParams;
import io.unikernelz.consensus.ConsensusPillarReaders;
import io.unikernelz.consensus.ConsensusPoints;
import io.unikernelz.consensus.Election;
import io.unikernelz.consensus.producer.PillarWorker;
import io.unikernelz.core.nom.DetailedMomentum;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.rpc.MethodRegistry;
import io.unikernelz.rpc.RpcConfig;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.rpc.RpcServer;
import io.unikernelz.rpc.stats.StatsMethods;
import io.unikernelz.rpc.subscribe.LedgerEventBus;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.SignFunction;
import io.unikernelz.vm.Supervisor;
import io.unikernelz.wallet.KeyPair;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running node: the chain in {@code <data>/nom}, the election and the contracts' consensus data (elections and
 * finished points cached in {@code <data>/consensus}), the verifier, the supervisor, a pillar worker per local
 * producer key driven by the slot clock, and the JSON-RPC servers. Data flows one way: RPC → verifier/supervisor →
 * account pool → producer → chain → events (RPC subscriptions).
 */
public final class NodeRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NodeRuntime.class);

    /**
     * Everything a node needs to start. {@code extraMethods} adds the chain-backed RPC methods; with
     * {@code produceOnTimer} false the local pillars produce only when {@link #produceNext()} is called (tests, tools).
     */
    public record Config(Path dataDir, Genesis genesis, long momentumIntervalSec, List<KeyPair> producers, RpcConfig rpc,
                         InstantSource clock, Function<NodeRuntime, List<RpcMethod>> extraMethods, boolean produceOnTimer) {
        public Config(Path dataDir, Genesis genesis, long momentumIntervalSec, List<KeyPair> producers, RpcConfig rpc,
                      InstantSource clock, Function<NodeRuntime, List<RpcMethod>> extraMethods) {
            this(dataDir, genesis, momentumIntervalSec, producers, rpc, clock, extraMethods, true);
        }

        public Config {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(genesis, "genesis");
            if (momentumIntervalSec < 1) throw new IllegalArgumentException("momentum interval must be at least 1 second");
            producers = List.copyOf(producers);
            Objects.requireNonNull(clock, "clock");
            extraMethods = extraMethods == null ? n -> List.of() : extraMethods;
        }
    }

    private final Config config;
    private final Chain chain;
    private final ConsensusDb consensusDb;
    private final ConsensusParams consensus;
    private final Election election;
    private final Supervisor supervisor;
    private final Map<Address, PillarWorker> workers = new LinkedHashMap<>();
    private final LedgerEventBus events = new LedgerEventBus();
    private final SlotTimer timer;
    private RpcServer rpc;
    private Thread producerThread;
    private volatile boolean running;

    private NodeRuntime(Config config) {
        this.config = config;
        this.chain = Chain.open(config.dataDir().resolve("nom"), config.genesis());
        try {
            this.consensusDb = ConsensusDb.open(config.dataDir().resolve("consensus"));
        } catch (RuntimeException e) {
            chain.close();
            throw e;
        }
        this.consensus = ConsensusParams.defaults(config.genesis().config().genesisTimestampSec()).withBlockTime(config.momentumIntervalSec());
        this.election = new Election(consensus, new ChainMomentumView(chain), consensusDb);
        ContractParameters.Builder params = ContractParameters.mainnet().toBuilder();
        if (config.genesis().config().sporkAddress() != null) params.sporkAddress(config.genesis().config().sporkAddress());
        ContractParameters parameters = params.build();
        this.supervisor = Supervisor.builder(chain, new ChainVerifier(chain, election::producerAt, config.clock()), chain)
                .parameters(parameters)
                .pillars(new ConsensusPillarReaders(new ConsensusPoints(chain, election, consensusDb)))
                .build();
        for (KeyPair k : config.producers()) {
            workers.put(k.address(), new PillarWorker(chain, supervisor, k.address(), SignFunction.ed25519(k.privateKey()), config.clock(),
                    msg -> LOG.debug("{}", msg), parameters.updateMinNumMomentums()));
        }
        this.timer = new SlotTimer(config.clock());
        chain.addListener(new ChainListener() {
            @Override
            public void momentumInserted(DetailedMomentum m) {
                LOG.info("momentum height={} hash={} blocks={}", m.momentum().height(), m.momentum().hash(), m.accountBlocks().size());
            }
        });
    }

    /** Opens the chain, starts RPC and (with local producer keys) the producer loop. */
    public static NodeRuntime start(Config config) {
        NodeRuntime node = new NodeRuntime(config);
        try {
            List<RpcMethod> methods = new ArrayList<>(StatsMethods.standalone());
            methods.addAll(config.extraMethods().apply(node));
            if (config.rpc() != null) node.rpc = RpcServer.start(config.rpc(), MethodRegistry.builder().addAll(methods).build(), node.events);
            node.running = true;
            if (!node.workers.isEmpty() && config.produceOnTimer()) {
                node.producerThread = Thread.ofPlatform().name("producer").daemon(true).start(node::produceLoop);
            }
            return node;
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    public Chain chain() {
        return chain;
    }

    public Election election() {
        return election;
    }

    public Supervisor supervisor() {
        return supervisor;
    }

    public LedgerEventBus events() {
        return events;
    }

    public ConsensusParams consensus() {
        return consensus;
    }

    public Config config() {
        return config;
    }

    /** The bound RPC ports (useful with port 0), or -1 when RPC is off. */
    public int httpPort() {
        return rpc == null ? -1 : rpc.httpPort();
    }

    public int wsPort() {
        return rpc == null ? -1 : rpc.wsPort();
    }

    /**
     * Runs the slot right after the frontier momentum if a local pillar owns it, regardless of the wall clock; returns
     * whether a momentum was produced.
     */
    public boolean produceNext() {
        long next = chain.frontierMomentum().timestamp() + consensus.blockTimeSec();
        PillarWorker worker = election.producerAt(next).map(workers::get).orElse(null);
        return worker != null && worker.work(next).momentum().isPresent();
    }

    /** Produces in every slot owned by a local pillar until closed; a failing slot is logged and skipped. */
    private void produceLoop() {
        long interval = consensus.blockTimeSec();
        long genesis = consensus.genesisTimestamp();
        while (running) {
            try {
                Momentum frontier = chain.frontierMomentum();
                long now = config.clock().instant().getEpochSecond();
                long next = Math.max(frontier.timestamp() + interval, genesis + Math.floorDiv(now - genesis + interval - 1, interval) * interval);
                if (!timer.sleepUntil(next)) return;
                if (config.clock().instant().getEpochSecond() > next + PillarWorker.LATE_AFTER_SEC) continue;
                election.producerAt(next).map(workers::get).ifPresent(w -> w.work(next));
            } catch (RuntimeException e) {
                LOG.warn("producer slot failed: {}", e.toString());
                if (!timer.sleepUntil(config.clock().instant().getEpochSecond() + 1)) return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        timer.wake();
        if (producerThread != null) {
            try {
                producerThread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (rpc != null) rpc.close();
        chain.close();
        consensusDb.close();
    }

    /** Sleeps until a wall-clock second on the node's clock; {@link #wake()} ends every sleep (shutdown). */
    static final class SlotTimer {
        private final InstantSource clock;
        private boolean woken;

        SlotTimer(InstantSource clock) {
            this.clock = clock;
        }

        /** False when woken for shutdown. */
        synchronized boolean sleepUntil(long epochSecond) {
            while (!woken) {
                long waitMs = epochSecond * 1000 - clock.millis();
                if (waitMs <= 0) return true;
                try {
                    wait(waitMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }

        synchronized void wake() {
            woken = true;
            notifyAll();
        }
    }
}
