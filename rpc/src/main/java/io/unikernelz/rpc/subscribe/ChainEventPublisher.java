package io.unikernelz.rpc.subscribe;

import io.unikernelz.chain.ChainListener;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.DetailedMomentum;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Feeds {@code ledger.subscribe} from the chain: every committed momentum becomes one {@link MomentumEvent} on the
 * bus, carrying the account blocks it confirmed in content order, each with its descendant blocks (go-zenon
 * {@code rpc/api/subscribe/api.go InsertMomentum}). Register it with {@code chain.addListener}. Unconfirmed blocks
 * are not notified: go-zenon's subscriptions report confirmed blocks only.
 */
public final class ChainEventPublisher implements ChainListener {
    private final LedgerEventBus bus;

    public ChainEventPublisher(LedgerEventBus bus) {
        this.bus = Objects.requireNonNull(bus, "bus");
    }

    @Override
    public void momentumInserted(DetailedMomentum momentum) {
        bus.publish(event(momentum));
    }

    /** The event for a committed momentum. */
    public static MomentumEvent event(DetailedMomentum momentum) {
        List<AccountBlockEvent> blocks = new ArrayList<>(momentum.accountBlocks().size());
        for (AccountBlock b : momentum.accountBlocks()) blocks.add(block(b));
        return new MomentumEvent(momentum.momentum().hash(), momentum.momentum().height(), blocks);
    }

    static AccountBlockEvent block(AccountBlock b) {
        List<AccountBlockEvent> descendants = new ArrayList<>(b.descendantBlocks().size());
        for (AccountBlock d : b.descendantBlocks()) descendants.add(block(d));
        return new AccountBlockEvent(b.blockType(), b.hash(), b.height(), b.address(), b.toAddress(), b.fromBlockHash(), descendants);
    }
}
