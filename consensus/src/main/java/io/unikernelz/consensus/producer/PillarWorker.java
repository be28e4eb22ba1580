package io.unikernelz.consensus.producer;

import io.unikernelz.chain.Chain;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.DetailedMomentum;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.nom.MomentumContent;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.store.ledger.Mailbox;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.store.ledger.MomentumTransaction;
import io.unikernelz.vm.ContractExecution;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.SignFunction;
import io.unikernelz.vm.Supervisor;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.embedded.definition.LastUpdate;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a pillar does in its slot (go-zenon pillar/worker.go): build and insert the momentum from the account pool,
 * then generate contract receive blocks until every contract's queue is drained, then send {@code Update()} to each
 * contract that is due. Runs on the chain's writer thread; the clock decides whether the momentum is still on time.
 */
public final class PillarWorker {
    /** go-zenon drops its own momentum when it is ready later than slot start + 3 s. */
    public static final long LATE_AFTER_SEC = 3;
    /** go-zenon constants.UpdateMinNumMomentums (5/6 of an hour of momentums). */
    public static final long UPDATE_MIN_NUM_MOMENTUMS = 300;

    /** What one slot produced. */
    public record SlotResult(Optional<Momentum> momentum, List<ContractExecution> contractReceives, List<AccountBlock> updates) {}

    private final Chain chain;
    private final Supervisor supervisor;
    private final Address coinbase;
    private final SignFunction sign;
    private final InstantSource clock;
    private final Consumer<String> log;
    private final long updateMinNumMomentums;
    private final int maxBlocksInMomentum;

    public PillarWorker(Chain chain, Supervisor supervisor, Address coinbase, SignFunction sign, InstantSource clock, Consumer<String> log) {
        this(chain, supervisor, coinbase, sign, clock, log, UPDATE_MIN_NUM_MOMENTUMS);
    }

    /** With another update interval (go-zenon's tests lower UpdateMinNumMomentums to 5). */
    public PillarWorker(Chain chain, Supervisor supervisor, Address coinbase, SignFunction sign, InstantSource clock, Consumer<String> log,
                        long updateMinNumMomentums) {
        this(chain, supervisor, coinbase, sign, clock, log, updateMinNumMomentums, Chain.MAX_ACCOUNT_BLOCKS_IN_MOMENTUM);
    }

    /** Also with fewer account blocks per momentum (go-zenon's TestSimple_MomentumContent lowers the limit to 5). */
    public PillarWorker(Chain chain, Supervisor supervisor, Address coinbase, SignFunction sign, InstantSource clock, Consumer<String> log,
                        long updateMinNumMomentums, int maxBlocksInMomentum) {
        if (updateMinNumMomentums < 1) throw new IllegalArgumentException("update interval must be at least 1 momentum");
        if (maxBlocksInMomentum < 1 || maxBlocksInMomentum > Chain.MAX_ACCOUNT_BLOCKS_IN_MOMENTUM) {
            throw new IllegalArgumentException("max account blocks in a momentum must be 1.." + Chain.MAX_ACCOUNT_BLOCKS_IN_MOMENTUM
                    + ", got " + maxBlocksInMomentum);
        }
        this.updateMinNumMomentums = updateMinNumMomentums;
        this.maxBlocksInMomentum = maxBlocksInMomentum;
        this.chain = Objects.requireNonNull(chain);
        this.supervisor = Objects.requireNonNull(supervisor);
        this.coinbase = Objects.requireNonNull(coinbase);
        this.sign = Objects.requireNonNull(sign);
        this.clock = Objects.requireNonNull(clock);
        this.log = log == null ? s -> {} : log;
    }

    public Address coinbase() {
        return coinbase;
    }

    /** Does the slot's work; failures after the momentum are logged and end the slot, as in go-zenon. */
    public SlotResult work(long slotStartSec) {
        Optional<Momentum> momentum = produceMomentum(slotStartSec);
        List<ContractExecution> receives = new ArrayList<>();
        List<AccountBlock> updates = new ArrayList<>();
        try {
            receives.addAll(generateContractReceives());
            updates.addAll(updateContracts());
        } catch (NomException | IllegalStateException e) {
            log.accept("pillar worker stopped after the momentum: " + e.getMessage());
        }
        return new SlotResult(momentum, receives, updates);
    }

    /** Builds, signs and inserts the slot's momentum; empty when it was ready too late to be sent. */
    public Optional<Momentum> produceMomentum(long slotStartSec) {
        List<AccountBlock> blocks = chain.newMomentumContent(maxBlocksInMomentum);
        Momentum previous = chain.frontierMomentum();
        Momentum template = Momentum.builder()
                .version(1)
                .chainIdentifier(chain.chainIdentifier())
                .previousHash(previous.hash())
                .height(previous.height() + 1)
                .timestamp(slotStartSec)
                .content(MomentumContent.ofBlocks(blocks))
                .build();
        MomentumTransaction tx = supervisor.generateMomentum(new DetailedMomentum(template, blocks), sign);
        if (clock.instant().getEpochSecond() > slotStartSec + LATE_AFTER_SEC) {
            log.accept("do not broadcast own momentum " + tx.momentum().identifier() + ": too late");
            return Optional.empty();
        }
        chain.insertMomentum(tx);
        return Optional.of(tx.momentum());
    }

    /** Receives every queued send to every contract, in go-zenon's contract order, until nothing is left. */
    public List<ContractExecution> generateContractReceives() {
        List<ContractExecution> out = new ArrayList<>();
        MomentumStore momentumStore = chain.frontierMomentumStore();
        boolean any = true;
        while (any) {
            any = false;
            for (Address contract : Address.EMBEDDED_CONTRACTS) {
                Optional<AccountHeader> next = nextToReceive(momentumStore, contract);
                if (next.isEmpty()) continue;
                AccountBlock send = momentumStore.accountBlock(next.get())
                        .orElseThrow(() -> new IllegalStateException("can't get block but it exists in sequencer: " + next.get()));
                ContractExecution exec = supervisor.generateAutoReceive(send);
                chain.insertAccountBlock(exec.transaction());
                log.accept("generated embedded-block " + exec.transaction().block().header() + " for send " + send.hash()
                        + exec.error().map(e -> " returned-error=" + e.message()).orElse(""));
                out.add(exec);
                any = true;
            }
        }
        return out;
    }

    private Optional<AccountHeader> nextToReceive(MomentumStore momentumStore, Address contract) {
        long front = AccountStore.readOnly(contract, chain.frontierAccountState(contract)).sequencerFrontIndex();
        Mailbox mailbox = momentumStore.mailbox(contract);
        if (front >= mailbox.sequencerSize()) return Optional.empty();
        return mailbox.sequencerByHeight(front + 1);
    }

    /** Sends {@code Update()} to each contract whose last update is old enough (go-zenon updateContracts). */
    public List<AccountBlock> updateContracts() {
        List<AccountBlock> out = new ArrayList<>();
        long height = chain.frontierMomentum().height();
        for (Address contract : Address.EMBEDDED_WITH_UPDATE) {
            AccountStore store = AccountStore.readOnly(contract, chain.frontierAccountState(contract));
            byte[] raw = store.storageReader().get(LastUpdate.key());
            long last = raw == null ? 0 : LastUpdate.decode(LastUpdate.key(), raw).height();
            if (last + updateMinNumMomentums > height) continue;
            AccountBlock template = AccountBlock.builder()
                    .blockType(BlockType.USER_SEND)
                    .address(coinbase)
                    .toAddress(contract)
                    .data(Abis.COMMON.encodeMethod("Update"))
                    .build();
            var tx = supervisor.generateFromTemplate(template, sign);
            chain.insertAccountBlock(tx);
            log.accept("producing block to update embedded-contract " + contract);
            out.add(tx.block());
        }
        return out;
    }
}
