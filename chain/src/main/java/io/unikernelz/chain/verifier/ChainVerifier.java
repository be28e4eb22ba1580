package io.unikernelz.chain.verifier;

import static io.unikernelz.chain.verifier.VerifierErrors.*;

import io.unikernelz.core.crypto.Ed25519Verifier;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.DetailedMomentum;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.store.ledger.MomentumTransaction;
import io.unikernelz.vm.LedgerReader;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.Verifier;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * go-zenon's verifier (verifier/*.go) over a {@link LedgerReader}: every check, in go-zenon's order, each failing
 * with go-zenon's error. The context of a block (account as of its previous entry, momentum store as of its
 * acknowledged momentum) is resolved first, with go-zenon's precondition errors; then the {@link RuleSet} in force
 * at the chain's frontier momentum runs. Thread-safe if the ledger reader is.
 */
public final class ChainVerifier implements Verifier {
    private final LedgerReader ledger;
    private final ProducerSchedule producers;
    private final InstantSource clock;
    private final RuleSchedule schedule;
    private final Ed25519Verifier signatures;

    /** A verifier with go-zenon's activation heights. */
    public ChainVerifier(LedgerReader ledger, ProducerSchedule producers, InstantSource clock) {
        this(ledger, producers, clock, RuleSchedule.mainnet());
    }

    public ChainVerifier(LedgerReader ledger, ProducerSchedule producers, InstantSource clock, RuleSchedule schedule) {
        this(ledger, producers, clock, schedule, Ed25519Verifier.forNode());
    }

    /**
     * @param signatures this verifier's Ed25519 check; its key tables make the pillars' and busy accounts' signatures
     *                   cheap, so one node keeps one for all its verification
     */
    public ChainVerifier(LedgerReader ledger, ProducerSchedule producers, InstantSource clock, RuleSchedule schedule,
            Ed25519Verifier signatures) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.producers = Objects.requireNonNull(producers, "producers");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
    }

    public RuleSchedule schedule() {
        return schedule;
    }

    /** The rule set in force now: account-block rules are activated by the chain's frontier momentum height. */
    public RuleSet currentRules() {
        return schedule.at(read(() -> ledger.frontierMomentumStore().identifier().height()));
    }

    @Override
    public void accountBlock(AccountBlock block) {
        Objects.requireNonNull(block, "block");
        AccountBlockRules.rejectStandaloneBatched(block);
        BlockContext context = context(block);
        RuleSet.run(currentRules().accountBlock(), context);
    }

    @Override
    public void accountBlockTransaction(AccountBlockTransaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        AccountBlockRules.rejectStandaloneBatched(transaction.block());
        BlockContext context = context(transaction.block());
        RuleSet rules = currentRules();
        RuleSet.run(rules.accountBlockTransaction(), new TransactionContext(context, rules.accountBlock()));
    }

    @Override
    public void momentum(DetailedMomentum detailed) {
        Objects.requireNonNull(detailed, "detailed");
        Momentum m = detailed.momentum();
        MomentumRules.heightAndPreviousHash(m);
        MomentumStore previous = read(() -> ledger.momentumStore(m.previous())).orElseThrow(M_PREVIOUS_MISSING::exception);
        MomentumContext context = new MomentumContext(m, detailed.accountBlocks(), previous, ledger.chainIdentifier(), clock.instant());
        RuleSet.run(rulesFor(m).momentum(), context);
    }

    @Override
    public void momentumTransaction(MomentumTransaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        RuleSet.run(rulesFor(transaction.momentum()).momentumTransaction(), new MomentumTransactionContext(transaction, producers, signatures::verify));
    }

    /** A momentum is judged by the rules in force on top of its predecessor. */
    private RuleSet rulesFor(Momentum m) {
        return schedule.at(m.height() - 1);
    }

    /** go-zenon getContext: the stores a block is checked against, or the precondition it breaks. */
    private BlockContext context(AccountBlock b) {
        AccountBlockRules.heightAndPreviousHash(b);
        AccountBlockRules.momentumAcknowledgedPresent(b);
        MomentumStore momentum = read(() -> ledger.momentumStore(b.momentumAcknowledged())).orElseThrow(AB_MA_MISSING::exception);
        Optional<StateReader> account = read(() -> ledger.accountState(b.address(), b.previous()));
        if (account.isEmpty()) throw missingPrevious(b);
        return new BlockContext(b, AccountStore.readOnly(b.address(), account.get()), momentum, ledger.chainIdentifier(), signatures::verify);
    }

    /**
     * Why the account state at the block's previous entry is unknown, judged against the committed account chain:
     * it has moved past that height (with or without the named previous block in it), or it has not got there yet.
     * An account without committed blocks counts as height 0 (go-zenon dereferences its missing frontier and panics).
     */
    private NomException missingPrevious(AccountBlock b) {
        AccountStore committed = read(() -> ledger.frontierMomentumStore().account(b.address()));
        long committedHeight = read(() -> committed.identifier().height());
        if (Long.compareUnsigned(committedHeight, b.height() - 1) > 0) {
            boolean previousCemented = read(() -> committed.byHash(b.previousHash())).isPresent();
            return (previousCemented ? AB_PREV_HAS_CEMENTED_ON_TOP : AB_PREV_HEIGHT_EXISTS).exception();
        }
        return AB_PREVIOUS_MISSING.exception();
    }
}
