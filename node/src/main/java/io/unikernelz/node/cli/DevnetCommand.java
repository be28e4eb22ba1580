package io.unikernelz.node.cli;

import io.unikernelz.chain.ChainException;
import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.chain.genesis.GenesisException;
import io.unikernelz.core.types.Address;
import io.unikernelz.node.DevnetData;
import io.unikernelz.node.NodeRuntime;
import io.unikernelz.node.RpcWiring;
import io.unikernelz.rpc.RpcConfig;
import io.unikernelz.rpc.RpcStartException;
import io.unikernelz.store.StoreException;
import io.unikernelz.wallet.InvalidMnemonicException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unikernel-z devnet}: a single-node development network with local pillars; the README's main command. */
@Command(name = "devnet", mixinStandardHelpOptions = true,
        description = {"Run a single-node devnet: its own genesis, local pillars producing momentums, JSON-RPC on 127.0.0.1.",
                "The first run creates the data directory; later runs resume from it. Stop with Ctrl-C."})
public final class DevnetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ./devnet-data).")
    Path data = Path.of("devnet-data");

    @Option(names = "--pillars", paramLabel = "N", description = "Local pillars in a new devnet (default: 1).")
    int pillars = 1;

    @Option(names = "--momentum-interval", paramLabel = "SECONDS", description = "Seconds between momentums in a new devnet (default: 10).")
    long interval = 10;

    @Option(names = "--mnemonic", paramLabel = "WORDS", description = "Fund accounts 0-2 of this mnemonic in a new devnet (default: generate one).")
    String mnemonic;

    @Option(names = "--rpc-host", paramLabel = "ADDRESS", description = "Address the RPC servers bind to (default: 127.0.0.1).")
    String rpcHost = RpcConfig.DEFAULT_BIND_ADDRESS;

    @Option(names = "--http-port", paramLabel = "PORT", description = "HTTP JSON-RPC port (default: 35997).")
    int httpPort = RpcConfig.DEFAULT_HTTP_PORT;

    @Option(names = "--ws-port", paramLabel = "PORT", description = "WebSocket JSON-RPC port (default: 35998).")
    int wsPort = RpcConfig.DEFAULT_WS_PORT;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DevnetData devnet;
        try {
            if (DevnetData.exists(data)) {
                devnet = DevnetData.open(data);
                if (mnemonic != null) err.println("note: " + data + " already holds a devnet; --mnemonic only applies to a new one");
            } else {
                out.println("Creating a new devnet in " + data.toAbsolutePath() + " …");
                out.flush();
                devnet = DevnetData.create(data, mnemonic, pillars, interval, Clock.systemUTC(), new SecureRandom());
            }
        } catch (IOException | GenesisException | IllegalArgumentException e) {
            String what = e instanceof InvalidMnemonicException ? "" : "cannot prepare devnet in " + data + ": ";
            err.println("error: " + what + e.getMessage());
            err.flush();
            return 1;
        }
        RpcConfig rpc = RpcConfig.defaults().withBindAddress(rpcHost).withPorts(httpPort, wsPort);
        NodeRuntime node;
        try {
            node = NodeRuntime.start(new NodeRuntime.Config(data, Genesis.build(devnet.genesis()), devnet.momentumIntervalSec(),
                    devnet.producers(), rpc, Clock.systemUTC(), RpcWiring::methods));
        } catch (RpcStartException | ChainException | StoreException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
        banner(out, devnet, node);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            node.close();
        }
        return 0;
    }

    private void banner(PrintWriter out, DevnetData devnet, NodeRuntime node) {
        out.println("unikernel-z devnet is running (Ctrl-C to stop)");
        out.println("  chain identifier : " + devnet.genesis().chainIdentifier() + "  (configure your wallet/SDK with it)");
        out.println("  genesis          : " + node.chain().genesisMomentum().hash());
        out.println("  frontier         : height " + node.chain().height());
        out.println("  momentum interval: " + devnet.momentumIntervalSec() + " s");
        out.println("  JSON-RPC HTTP    : http://" + rpcHost + ":" + node.httpPort());
        out.println("  JSON-RPC WS      : ws://" + rpcHost + ":" + node.wsPort());
        out.println("  data directory   : " + data.toAbsolutePath());
        out.println("  funded accounts  : (1 000 000 ZNN and 10 000 000 QSR each in genesis)");
        for (Address a : devnet.funded()) out.println("    " + a);
        out.println("  local pillars    : " + devnet.producers().size());
        if (devnet.generatedMnemonic() != null) {
            out.println();
            out.println("  New mnemonic of the funded accounts (shown once, saved to " + data.resolve("mnemonic.txt") + ", mode 0600):");
            out.println("    " + devnet.generatedMnemonic());
        }
        out.flush();
    }
}
