package io.unikernelz.node.cli;

import io.unikernelz.chain.ChainException;
import io.unikernelz.chain.genesis.EmbeddedGenesis;
import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.chain.genesis.GenesisConfig;
import io.unikernelz.chain.genesis.GenesisConfigReader;
import io.unikernelz.chain.genesis.GenesisException;
import io.unikernelz.consensus.ConsensusParams;
import io.unikernelz.core.types.Address;
import io.unikernelz.node.DevnetData;
import io.unikernelz.node.NodeConfigFile;
import io.unikernelz.node.NodeRuntime;
import io.unikernelz.node.RpcWiring;
import io.unikernelz.rpc.RpcConfig;
import io.unikernelz.rpc.RpcStartException;
import io.unikernelz.store.StoreException;
import io.unikernelz.wallet.KeyFile;
import io.unikernelz.wallet.KeyFileException;
import io.unikernelz.wallet.KeyPair;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unikernel-z node}: runs a node of a network from its data directory, creating it on first use. */
@Command(name = "node", mixinStandardHelpOptions = true,
        description = {"Run a node. A fresh data directory is initialised from the network's genesis (mainnet's ships inside the node).",
                "Peer-to-peer sync is not part of this build yet: the node serves JSON-RPC from its own chain."})
public final class NodeCommand implements Callable<Integer> {
    public enum Network { mainnet, testnet, devnet }

    @Spec
    CommandSpec spec;

    @Option(names = "--network", required = true, paramLabel = "NETWORK", description = "mainnet, testnet or devnet.")
    Network network;

    @Option(names = "--config", paramLabel = "FILE", description = "A go-zenon config.json (DataPath, GenesisFile, Producer, RPC).")
    Path configFile;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ~/.znn; devnet: ./devnet-data).")
    Path data;

    @Option(names = "--genesis", paramLabel = "FILE", description = "Genesis JSON (required for testnet; overrides the embedded one).")
    Path genesisFile;

    @Option(names = "--producer-keyfile", paramLabel = "FILE", description = "Keyfile of the pillar producing address.")
    Path producerKeyFile;

    @Option(names = "--producer-password-file", paramLabel = "FILE", description = "File holding the keyfile password.")
    Path producerPasswordFile;

    @Option(names = "--rpc-host", paramLabel = "ADDRESS", description = "RPC bind address (default: 127.0.0.1).")
    String rpcHost;

    @Option(names = "--http-port", paramLabel = "PORT", description = "HTTP JSON-RPC port (default: 35997).")
    Integer httpPort;

    @Option(names = "--ws-port", paramLabel = "PORT", description = "WebSocket JSON-RPC port (default: 35998).")
    Integer wsPort;

    @Option(names = "--init-only", description = "Initialise the data directory and exit.")
    boolean initOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            NodeConfigFile cfg = configFile == null ? NodeConfigFile.EMPTY : NodeConfigFile.read(configFile);
            Path dataDir = data != null ? data
                    : cfg.dataPath() != null ? Path.of(cfg.dataPath())
                    : network == Network.devnet ? Path.of("devnet-data") : Path.of(System.getProperty("user.home"), ".znn");
            Path genesisPath = genesisFile != null ? genesisFile : cfg.genesisFile() == null ? null : Path.of(cfg.genesisFile());
            long interval = ConsensusParams.BLOCK_TIME_SEC;
            List<KeyPair> producers = new ArrayList<>();
            GenesisConfig genesis;
            if (genesisPath != null) {
                genesis = GenesisConfigReader.read(genesisPath);
            } else if (network == Network.mainnet) {
                genesis = EmbeddedGenesis.mainnet();
            } else if (network == Network.devnet) {
                if (!DevnetData.exists(dataDir)) {
                    err.println("error: " + dataDir + " holds no devnet; create one with `unikernel-z devnet --data " + dataDir + "`");
                    return 1;
                }
                DevnetData devnet = DevnetData.open(dataDir);
                genesis = devnet.genesis();
                interval = devnet.momentumIntervalSec();
                producers.addAll(devnet.producers());
            } else {
                err.println("error: testnet has no embedded genesis; pass --genesis FILE (or GenesisFile in --config)");
                return 1;
            }
            producers.addAll(producerKey(cfg));

            boolean fresh = !Files.exists(dataDir.resolve("nom"));
            long t0 = System.nanoTime();
            if (fresh) {
                out.println("Initialising " + dataDir.toAbsolutePath() + " from the " + network + " genesis …");
                out.flush();
            }
            int total = genesis.genesisBlocks() == null ? 0 : genesis.genesisBlocks().blocks().size();
            Genesis built = Genesis.build(genesis, n -> {
                if (fresh) {
                    out.println("  genesis account blocks: " + n + (total > 0 ? " of about " + total : ""));
                    out.flush();
                }
            });
            RpcConfig rpc = initOnly ? null : rpcConfig(cfg);
            NodeRuntime node = NodeRuntime.start(new NodeRuntime.Config(dataDir, built, interval, producers, rpc, Clock.systemUTC(),
                    RpcWiring::methods));
            if (fresh) {
                out.printf("  genesis momentum %s written in %.1f s%n", built.momentum().hash(), (System.nanoTime() - t0) / 1e9);
            }
            if (initOnly) {
                node.close();
                out.println("Data directory ready: " + dataDir.toAbsolutePath());
                out.flush();
                return 0;
            }
            out.println("unikernel-z node is running on " + network + " (Ctrl-C to stop)");
            out.println("  chain identifier : " + genesis.chainIdentifier());
            out.println("  genesis          : " + built.momentum().hash());
            out.println("  frontier         : height " + node.chain().height());
            if (node.httpPort() > 0) out.println("  JSON-RPC HTTP    : http://" + rpc.bindAddress() + ":" + node.httpPort());
            if (node.wsPort() > 0) out.println("  JSON-RPC WS      : ws://" + rpc.bindAddress() + ":" + node.wsPort());
            out.println("  producing        : " + (producers.isEmpty() ? "no" : producers.stream().map(k -> k.address().toString()).toList()));
            out.println("  peer-to-peer     : not in this build (no sync)");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                node.close();
                stopped.countDown();
            }, "shutdown"));
            stopped.await();
            return 0;
        } catch (GenesisException | IOException | KeyFileException | IllegalArgumentException | RpcStartException | ChainException
                | StoreException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private List<KeyPair> producerKey(NodeConfigFile cfg) throws IOException {
        Path keyFile = producerKeyFile != null ? producerKeyFile : cfg.producerKeyFile() == null ? null : Path.of(cfg.producerKeyFile());
        if (keyFile == null) return List.of();
        String password = producerPasswordFile != null ? Files.readString(producerPasswordFile).strip() : cfg.producerPassword();
        if (password == null) throw new IllegalArgumentException("a producer keyfile needs --producer-password-file (or Producer.Password)");
        KeyPair key = KeyFile.read(keyFile, password).derive(cfg.producerIndex() == null ? 0 : cfg.producerIndex());
        if (cfg.producerAddress() != null && !Address.parse(cfg.producerAddress()).equals(key.address())) {
            throw new IllegalArgumentException("Producer.Address " + cfg.producerAddress() + " is not the keyfile's address " + key.address());
        }
        return List.of(key);
    }

    private RpcConfig rpcConfig(NodeConfigFile cfg) {
        String host = rpcHost != null ? rpcHost : cfg.httpHost() != null ? cfg.httpHost() : RpcConfig.DEFAULT_BIND_ADDRESS;
        int http = httpPort != null ? httpPort : cfg.httpPort() != null ? cfg.httpPort() : RpcConfig.DEFAULT_HTTP_PORT;
        int ws = wsPort != null ? wsPort : cfg.wsPort() != null ? cfg.wsPort() : RpcConfig.DEFAULT_WS_PORT;
        RpcConfig rpc = RpcConfig.defaults().withBindAddress(host)
                .withHttp(cfg.enableHttp() == null || cfg.enableHttp(), http)
                .withWs(cfg.enableWs() == null || cfg.enableWs(), ws);
        rpc = cfg.applyLimits(rpc);
        return cfg.origins().isEmpty() ? rpc : rpc.withAllowedOrigins(cfg.origins());
    }
}
