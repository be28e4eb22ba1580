package io.unikernelz.rpc.api;

import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.PillarReader;
import io.unikernelz.vm.VmLog;

import java.util.function.Supplier;

/**
 * The state one call reads (go-zenon {@code GetFrontierContext}): the momentum store at the frontier momentum, read
 * once so a call sees one momentum, and accounts at their frontier including unconfirmed blocks.
 */
final class Frontier {
    private static final Supplier<PillarReader> NO_CONSENSUS = () -> {
        throw new IllegalStateException("RPC plasma figures do not read consensus data");
    };

    final LedgerAccess ledger;
    final MomentumStore store;
    final Momentum momentum;

    private Frontier(LedgerAccess ledger) {
        this.ledger = ledger;
        this.store = ledger.frontierMomentumStore();
        this.momentum = store.frontierMomentum().orElseThrow(() -> new IllegalStateException("the chain has no frontier momentum"));
    }

    static Frontier of(LedgerAccess ledger) {
        return new Frontier(ledger);
    }

    /** The account's store at its frontier, unconfirmed blocks included. */
    AccountStore account(Address address) {
        return AccountStore.readOnly(address, ledger.frontierAccountState(address));
    }

    /** A contract's storage at its frontier (go-zenon {@code context.Storage()}). */
    StateReader storage(Address contract) {
        return account(contract).storageReader();
    }

    /** An account VM context on this frontier, for plasma figures (go-zenon {@code vm_context.NewAccountContext}). */
    AccountVmContext context(Address address, NodeServices services) {
        return new AccountVmContext(address, ledger.chainIdentifier(), ledger.frontierAccountState(address), store,
                ledger.genesisMomentum(), NO_CONSENSUS, VmLog.discard(), services.supervisor().parameters());
    }
}
