package io.unikernelz.chain.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The verifier rules in force from one activation on, per stage and in go-zenon's order: account block before
 * execution, account block after execution, momentum before and after application. The first set holds the rules
 * go-zenon has enforced since genesis; each later set is the previous one with its activation's changes, so a rule
 * that go-zenon switches on at a height lives in exactly one place. Sets are picked by a {@link RuleSchedule}.
 */
public final class RuleSet {
    private final String name;
    private final long activationHeight;
    private final List<Rule<BlockContext>> accountBlock;
    private final List<Rule<TransactionContext>> accountBlockTransaction;
    private final List<Rule<MomentumContext>> momentum;
    private final List<Rule<MomentumTransactionContext>> momentumTransaction;

    private RuleSet(String name, long activationHeight, List<Rule<BlockContext>> accountBlock,
            List<Rule<TransactionContext>> accountBlockTransaction, List<Rule<MomentumContext>> momentum,
            List<Rule<MomentumTransactionContext>> momentumTransaction) {
        this.name = Objects.requireNonNull(name, "name");
        this.activationHeight = activationHeight;
        this.accountBlock = List.copyOf(accountBlock);
        this.accountBlockTransaction = List.copyOf(accountBlockTransaction);
        this.momentum = List.copyOf(momentum);
        this.momentumTransaction = List.copyOf(momentumTransaction);
    }

    /** The rules in force from the genesis momentum on. */
    public static RuleSet genesis() {
        return new RuleSet("genesis", 0,
                List.of(
                        new Rule<>("version", c -> AccountBlockRules.version(c.block())),
                        new Rule<>("chainIdentifier", c -> AccountBlockRules.chainIdentifier(c.block(), c.chainIdentifier())),
                        new Rule<>("blockType", c -> AccountBlockRules.blockType(c.block())),
                        new Rule<>("amounts", c -> AccountBlockRules.amounts(c.block())),
                        new Rule<>("pow", c -> AccountBlockRules.pow(c.block())),
                        new Rule<>("previous", AccountBlockRules::previous),
                        new Rule<>("momentumAcknowledged", AccountBlockRules::momentumAcknowledged),
                        new Rule<>("fromBlockExists", AccountBlockRules::fromBlockExists),
                        new Rule<>("notYetReceived", AccountBlockRules::notYetReceived),
                        new Rule<>("sequencer", AccountBlockRules::sequencer)),
                List.of(
                        new Rule<>("hash", c -> AccountBlockRules.hash(c.block())),
                        new Rule<>("signature", c -> AccountBlockRules.signature(c.block(), c.signatures())),
                        new Rule<>("producer", c -> AccountBlockRules.producer(c.block())),
                        new Rule<>("descendantBlocks", AccountBlockRules::descendants)),
                List.of(
                        new Rule<>("chainIdentifier", c -> MomentumRules.chainIdentifier(c.momentum(), c.chainIdentifier())),
                        new Rule<>("version", c -> MomentumRules.version(c.momentum())),
                        new Rule<>("timestamp", MomentumRules::timestamp),
                        new Rule<>("previous", MomentumRules::previous),
                        new Rule<>("data", c -> MomentumRules.data(c.momentum())),
                        new Rule<>("content", MomentumRules::content)),
                List.of(
                        new Rule<>("changesHash", MomentumRules::changesHash),
                        new Rule<>("hash", c -> MomentumRules.hash(c.transaction().momentum())),
                        new Rule<>("signature", c -> MomentumRules.signature(c.transaction().momentum(), c.signatures())),
                        new Rule<>("producer", MomentumRules::producer)));
    }

    /**
     * This set plus go-zenon's ReceiverMismatchEnforcementHeight rule: a receive must be made by the send's
     * addressee, checked right after the send is found and before the already-received check.
     */
    RuleSet withReceiverMismatchEnforcement(long height) {
        return new RuleSet("receiverMismatchEnforcement", height,
                insertAfter(accountBlock, "fromBlockExists", new Rule<>("receiverMatches", AccountBlockRules::receiverMatches)),
                accountBlockTransaction, momentum, momentumTransaction);
    }

    private static <C> List<Rule<C>> insertAfter(List<Rule<C>> rules, String anchor, Rule<C> added) {
        List<Rule<C>> out = new ArrayList<>(rules);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).name().equals(anchor)) {
                out.add(i + 1, added);
                return out;
            }
        }
        throw new IllegalArgumentException("no rule named " + anchor + " to insert " + added.name() + " after");
    }

    public String name() {
        return name;
    }

    /** The frontier momentum height from which this set applies. */
    public long activationHeight() {
        return activationHeight;
    }

    public List<String> accountBlockRuleNames() {
        return accountBlock.stream().map(Rule::name).toList();
    }

    public List<String> accountBlockTransactionRuleNames() {
        return accountBlockTransaction.stream().map(Rule::name).toList();
    }

    public List<String> momentumRuleNames() {
        return momentum.stream().map(Rule::name).toList();
    }

    public List<String> momentumTransactionRuleNames() {
        return momentumTransaction.stream().map(Rule::name).toList();
    }

    List<Rule<BlockContext>> accountBlock() {
        return accountBlock;
    }

    List<Rule<TransactionContext>> accountBlockTransaction() {
        return accountBlockTransaction;
    }

    List<Rule<MomentumContext>> momentum() {
        return momentum;
    }

    List<Rule<MomentumTransactionContext>> momentumTransaction() {
        return momentumTransaction;
    }

    static <C> void run(List<Rule<C>> rules, C context) {
        for (Rule<C> rule : rules) rule.apply(context);
    }

    @Override
    public String toString() {
        return "RuleSet{" + name + " from momentum " + Long.toUnsignedString(activationHeight) + "}";
    }
}
