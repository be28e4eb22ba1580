package io.unikernelz.consensus;

import java.util.List;

/**
 * The steps of one election, kept for debugging and conformance checks.
 *
 * @param sorted                the input pillars, heaviest first
 * @param selectedBeforeShuffle the chosen producers before the final slot shuffle
 * @param producers             the producer of slot i at index i
 */
public record ElectionTrace(List<PillarDelegation> sorted, List<PillarDelegation> selectedBeforeShuffle, List<PillarDelegation> producers) {
    public ElectionTrace {
        sorted = List.copyOf(sorted);
        selectedBeforeShuffle = List.copyOf(selectedBeforeShuffle);
        producers = List.copyOf(producers);
    }
}
