package io.unikernelz.chain.verifier;

import java.util.List;

/**
 * Which {@link RuleSet} applies at which frontier momentum height. go-zenon's verifier has one height-activated
 * rule, ReceiverMismatchEnforcementHeight, and none switched by spork (sporks gate contract behaviour in the VM).
 */
public final class RuleSchedule {
    /** go-zenon verifier.ReceiverMismatchEnforcementHeight (mainnet, 2025-04-16 12:00 UTC). */
    public static final long RECEIVER_MISMATCH_ENFORCEMENT_HEIGHT = 10_109_240L;

    /** Ascending by activation height; the first set starts at 0. */
    private final List<RuleSet> sets;

    private RuleSchedule(List<RuleSet> sets) {
        this.sets = List.copyOf(sets);
    }

    /** The schedule go-zenon ships (it uses the same heights on every chain). */
    public static RuleSchedule mainnet() {
        return receiverMismatchEnforcedFrom(RECEIVER_MISMATCH_ENFORCEMENT_HEIGHT);
    }

    /** The shipped rules with the receiver check moved to another height, as go-zenon's own tests do (height 10). */
    public static RuleSchedule receiverMismatchEnforcedFrom(long height) {
        if (height == 0) throw new IllegalArgumentException("activation height must be at least 1 (0 is the genesis rule set)");
        RuleSet genesis = RuleSet.genesis();
        return new RuleSchedule(List.of(genesis, genesis.withReceiverMismatchEnforcement(height)));
    }

    /** The set in force when the chain's frontier momentum is at {@code frontierHeight} (unsigned). */
    public RuleSet at(long frontierHeight) {
        RuleSet current = sets.getFirst();
        for (RuleSet s : sets) {
            if (Long.compareUnsigned(s.activationHeight(), frontierHeight) <= 0) current = s;
        }
        return current;
    }

    public List<RuleSet> sets() {
        return sets;
    }

    @Override
    public String toString() {
        return "RuleSchedule" + sets;
    }
}
