package io.unikernelz.rpc.api;

import io.unikernelz.rpc.MethodRegistry;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.rpc.stats.StatsMethods;

import java.util.ArrayList;
import java.util.List;

/**
 * Every method go-zenon's public API serves ({@code rpc/apis.go}: ledger, embedded.*, stats), backed by the node's
 * chain. {@code ledger.subscribe}/{@code ledger.unsubscribe} are served by the server itself; feed them with a
 * {@link io.unikernelz.rpc.subscribe.ChainEventPublisher}.
 *
 * <pre>{@code
 * NodeServices services = NodeServices.forChain(chain, supervisor, election);
 * LedgerEventBus events = new LedgerEventBus();
 * chain.addListener(new ChainEventPublisher(events));
 * RpcServer server = RpcServer.start(config, RpcApi.registry(services), events);
 * }</pre>
 */
public final class RpcApi {
    private RpcApi() {}

    /** All methods: the chain-backed ones and {@code stats.osInfo}/{@code stats.processInfo} for this machine and build. */
    public static List<RpcMethod> methods(NodeServices services) {
        List<RpcMethod> all = new ArrayList<>(chainMethods(services));
        all.addAll(StatsMethods.standalone());
        return List.copyOf(all);
    }

    /** The methods that read the chain or the node: ledger.*, embedded.*, stats.networkInfo and stats.syncInfo. */
    public static List<RpcMethod> chainMethods(NodeServices services) {
        ConsensusStats consensus = new ConsensusStats(services.election());
        List<RpcMethod> all = new ArrayList<>();
        all.addAll(new LedgerApi(services).methods());
        all.addAll(new TokenApi(services).methods());
        all.addAll(new SentinelApi(services).methods());
        all.addAll(new PillarApi(services, consensus).methods());
        all.addAll(new PlasmaApi(services).methods());
        all.addAll(new StakeApi(services).methods());
        all.addAll(new SwapApi(services).methods());
        all.addAll(new SporkApi(services).methods());
        all.addAll(new AcceleratorApi(services).methods());
        all.addAll(new HtlcApi(services).methods());
        all.addAll(new BridgeApi(services).methods());
        all.addAll(new LiquidityApi(services).methods());
        all.addAll(new NodeStatsApi(services).methods());
        return List.copyOf(all);
    }

    /** {@link #methods} in a registry, ready for {@link io.unikernelz.rpc.RpcServer#start}. */
    public static MethodRegistry registry(NodeServices services) {
        return MethodRegistry.builder().addAll(methods(services)).build();
    }
}
