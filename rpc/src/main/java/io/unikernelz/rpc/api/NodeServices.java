package io.unikernelz.rpc.api;

import io.unikernelz.chain.Chain;
import io.unikernelz.consensus.Election;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.vm.Supervisor;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the chain-backed RPC methods need from the node.
 *
 * @param ledger    the state the read methods answer from
 * @param supervisor executes published blocks (it runs the verifier); also supplies the contract tables and
 *                  parameters used for plasma figures and revoke windows
 * @param publish   takes a block {@code ledger.publishRawTransaction} accepted (the chain's account pool)
 * @param election  the consensus election: pillar weights, epoch statistics, epoch numbers
 * @param sync      the current {@code stats.syncInfo}
 * @param network   the current {@code stats.networkInfo}
 */
public record NodeServices(LedgerAccess ledger, Supervisor supervisor, Consumer<AccountBlockTransaction> publish,
                           Election election, Supplier<SyncInfo> sync, Supplier<NetworkStatus> network) {
    public NodeServices {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(publish, "publish");
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(network, "network");
    }

    /**
     * A node on {@code chain} without networking: published blocks go to the chain's account pool, sync is reported
     * done at the frontier height, and there are no peers.
     */
    public static NodeServices forChain(Chain chain, Supervisor supervisor, Election election) {
        Objects.requireNonNull(chain, "chain");
        return new NodeServices(LedgerAccess.of(chain), supervisor, chain::insertAccountBlock, election,
                () -> SyncInfo.done(chain.height()), () -> NetworkStatus.offline(""));
    }

    public NodeServices withSync(Supplier<SyncInfo> v) {
        return new NodeServices(ledger, supervisor, publish, election, v, network);
    }

    public NodeServices withNetwork(Supplier<NetworkStatus> v) {
        return new NodeServices(ledger, supervisor, publish, election, sync, v);
    }

    public NodeServices withLedger(LedgerAccess v) {
        return new NodeServices(v, supervisor, publish, election, sync, network);
    }
}
