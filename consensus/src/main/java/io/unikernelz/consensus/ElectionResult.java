package io.unikernelz.consensus;

import io.unikernelz.core.types.HashHeight;
import java.util.List;
import java.util.Objects;

/**
 * The producers of one election tick (go-zenon {@code electionResult}).
 *
 * @param tick        election tick
 * @param startTime   tick start, Unix seconds
 * @param endTime     exclusive tick end
 * @param proof       the proof momentum whose height seeded the election
 * @param producers   slot i at index i
 * @param delegations the pillars and weights at the proof momentum, heaviest first
 */
public record ElectionResult(long tick, long startTime, long endTime, HashHeight proof, List<ProducerSlot> producers,
                             List<PillarDelegation> delegations) {
    public ElectionResult {
        Objects.requireNonNull(proof, "proof momentum");
        producers = List.copyOf(producers);
        delegations = List.copyOf(delegations);
    }
}
