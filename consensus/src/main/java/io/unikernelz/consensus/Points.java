package io.unikernelz.consensus;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How period and epoch points are built (go-zenon {@code consensus/points.go}), as pure functions. Choosing the
 * momentums of a tick and persisting finished points is the caller's job.
 */
public final class Points {
    private Points() {
    }

    /**
     * The period point of one election tick (go-zenon {@code generatePointFromChain}).
     *
     * @param election     the tick's election (slot producers with names, and the weights at its proof momentum)
     * @param endBlockHash the last momentum before the tick end; anchors the point when {@code content} is empty
     * @param content      the momentums after the previous tick's end block up to the end block, in height order
     */
    public static ConsensusPoint period(ElectionResult election, Hash endBlockHash, List<TickMomentum> content) {
        Hash prevHash = endBlockHash;
        Hash endHash = endBlockHash;
        TreeMap<String, ProducerDetail> pillars = new TreeMap<>();

        if (!content.isEmpty()) {
            prevHash = content.getFirst().previousHash();
            endHash = content.getLast().hash();

            Map<Address, String> names = new HashMap<>();
            for (ProducerSlot slot : election.producers()) names.put(slot.producer(), slot.name());
            for (TickMomentum m : content) {
                // A producer outside the election is counted under the empty name, exactly as go-zenon's map
                // lookup does; such a momentum could only come from an out-of-slot producer.
                String name = names.getOrDefault(m.producer(), "");
                pillars.merge(name, new ProducerDetail(0, 1, BigInteger.ZERO), ProducerDetail::merge);
            }
        }

        for (ProducerSlot slot : election.producers()) {
            pillars.merge(slot.name(), new ProducerDetail(1, 0, BigInteger.ZERO), ProducerDetail::merge);
        }

        BigInteger total = BigInteger.ZERO;
        for (PillarDelegation d : election.delegations()) {
            total = total.add(d.weight());
            pillars.merge(d.name(), new ProducerDetail(0, 0, d.weight()), ProducerDetail::merge);
        }
        return ConsensusPoint.of(prevHash, endHash, pillars, total);
    }

    /**
     * The epoch point from its period points (go-zenon {@code generatePointFromLower}): the present period points
     * (in tick order, ending with the latest; future ticks left out) are left-appended from the latest backwards
     * onto an empty point at {@code endBlockHash}, then each pillar's weight is divided, truncating, by the number
     * of period points and the total weight is recomputed as the sum of the divided weights.
     *
     * @throws IllegalArgumentException if the period points do not chain (one's end must be the next one's start)
     */
    public static ConsensusPoint epoch(List<ConsensusPoint> periodPoints, Hash endBlockHash) {
        ConsensusPoint result = ConsensusPoint.empty(endBlockHash);
        for (ConsensusPoint p : periodPoints.reversed()) result = result.leftAppend(p);
        if (periodPoints.isEmpty()) return result;

        BigInteger present = BigInteger.valueOf(periodPoints.size());
        TreeMap<String, ProducerDetail> averaged = new TreeMap<>();
        BigInteger total = BigInteger.ZERO;
        for (Map.Entry<String, ProducerDetail> e : result.pillars().entrySet()) {
            BigInteger weight = e.getValue().weight().divide(present);
            averaged.put(e.getKey(), e.getValue().withWeight(weight));
            total = total.add(weight);
        }
        return ConsensusPoint.of(result.prevHash(), result.endHash(), averaged, total);
    }
}
