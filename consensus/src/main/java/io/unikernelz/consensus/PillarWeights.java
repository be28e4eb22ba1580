package io.unikernelz.consensus;

import io.unikernelz.core.types.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pillar weights at a momentum (go-zenon {@code ComputePillarDelegations}): each active pillar weighs the sum
 * of the current ZNN balances of the addresses delegating to its name; pillars nobody delegates to weigh 0,
 * and delegations to names without an active pillar count for nobody.
 */
public final class PillarWeights {
    private PillarWeights() {
    }

    /** Active pillars with weights and backers, heaviest first (ties by name). */
    public static List<PillarDelegationDetail> computeDetailed(MomentumView view, MomentumRef at) {
        Map<String, Map<Address, BigInteger>> backersByName = new HashMap<>();
        Map<Address, BigInteger> balances = new HashMap<>();
        for (MomentumView.Delegation d : view.delegations(at)) {
            BigInteger balance = balances.computeIfAbsent(d.backer(), a -> view.znnBalance(at, a));
            if (balance == null) throw new IllegalStateException("momentum view returned no ZNN balance for " + d.backer());
            backersByName.computeIfAbsent(d.pillarName(), n -> new LinkedHashMap<>()).put(d.backer(), balance);
        }

        List<PillarDelegationDetail> result = new ArrayList<>();
        for (MomentumView.Pillar p : view.activePillars(at)) {
            Map<Address, BigInteger> backers = backersByName.getOrDefault(p.name(), Map.of());
            BigInteger weight = backers.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
            result.add(new PillarDelegationDetail(new PillarDelegation(p.name(), p.producing(), weight), backers));
        }
        result.sort((a, b) -> PillarDelegation.BY_WEIGHT.compare(a.delegation(), b.delegation()));
        return List.copyOf(result);
    }

    /** Active pillars with weights, heaviest first (ties by name). */
    public static List<PillarDelegation> compute(MomentumView view, MomentumRef at) {
        return computeDetailed(view, at).stream().map(PillarDelegationDetail::delegation).toList();
    }
}
