package io.unikernelz.consensus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * go-zenon's pillar election ({@code consensus/election_algorithm.go}): turns the active pillars at a proof
 * momentum into the ordered producers of one tick's slots. Deterministic; every step draws from its own Go
 * {@link GoRand} seeded with the proof momentum height (or height + 1 for the random pick).
 *
 * <ul>
 *   <li>Fewer pillars than slots: the whole sorted list, permuted with {@code Perm(n)}, is repeated until the
 *       slots are full.</li>
 *   <li>Otherwise: {@code Perm(nodeCount)} over the top {@code nodeCount} pillars keeps its first
 *       {@code nodeCount - randCount}; the rest of the top join the lower-ranked pillars as candidates, and
 *       {@code Perm(candidates)} seeded with height + 1 picks {@code randCount} of them.</li>
 *   <li>Finally {@code Perm(nodeCount)} shuffles the selection into slot order.</li>
 * </ul>
 */
public final class ElectionAlgorithm {
    private ElectionAlgorithm() {
    }

    /** Producers for slots 0..nodeCount-1 with mainnet sizes (30 slots, 15 random). */
    public static List<PillarDelegation> elect(List<PillarDelegation> pillars, long seed) {
        return elect(pillars, seed, ConsensusParams.NODE_COUNT, ConsensusParams.RAND_COUNT);
    }

    /** Producers for slots 0..nodeCount-1; {@code seed} is the proof momentum height as a signed 64-bit value. */
    public static List<PillarDelegation> elect(List<PillarDelegation> pillars, long seed, int nodeCount, int randCount) {
        return trace(pillars, seed, nodeCount, randCount).producers();
    }

    /** Same as {@link #elect(List, long, int, int)} but also returns the intermediate lists. */
    public static ElectionTrace trace(List<PillarDelegation> pillars, long seed, int nodeCount, int randCount) {
        if (nodeCount <= 0) throw new IllegalArgumentException("node count must be positive, got " + nodeCount);
        if (randCount < 0 || randCount > nodeCount) {
            throw new IllegalArgumentException("rand count must be within 0.." + nodeCount + ", got " + randCount);
        }
        // go-zenon loops forever on an empty set; a chain always has pillars, so this is a caller error.
        if (pillars.isEmpty()) throw new IllegalArgumentException("cannot elect producers: no active pillars");
        Set<String> names = new HashSet<>();
        for (PillarDelegation p : pillars) {
            // Go's unstable sort would order duplicate (weight, name) pairs arbitrarily; names are unique on chain.
            if (!names.add(p.name())) throw new IllegalArgumentException("duplicate pillar name in election input: " + p.name());
        }

        List<PillarDelegation> sorted = new ArrayList<>(pillars);
        sorted.sort(PillarDelegation.BY_WEIGHT);

        List<PillarDelegation> selected = sorted.size() < nodeCount
                ? fill(sorted, seed, nodeCount)
                : pickTopAndRandom(sorted, seed, nodeCount, randCount);

        int[] order = new GoRand(seed).perm(selected.size());
        List<PillarDelegation> producers = new ArrayList<>(selected.size());
        for (int index : order) producers.add(selected.get(index));
        return new ElectionTrace(sorted, selected, producers);
    }

    private static List<PillarDelegation> fill(List<PillarDelegation> sorted, long seed, int nodeCount) {
        // Each round re-seeds, so every round yields the same permutation; draw it once.
        int[] perm = new GoRand(seed).perm(sorted.size());
        List<PillarDelegation> result = new ArrayList<>(nodeCount);
        while (result.size() < nodeCount) {
            for (int index : perm) {
                if (result.size() == nodeCount) break;
                result.add(sorted.get(index));
            }
        }
        return result;
    }

    private static List<PillarDelegation> pickTopAndRandom(List<PillarDelegation> sorted, long seed, int nodeCount, int randCount) {
        int topCount = nodeCount - randCount;
        int[] topPerm = new GoRand(seed).perm(nodeCount);

        List<PillarDelegation> result = new ArrayList<>(nodeCount);
        for (int i = 0; i < topCount; i++) result.add(sorted.get(topPerm[i]));

        // Candidates: pillars ranked below the top group, then the top pillars not kept above.
        List<PillarDelegation> candidates = new ArrayList<>(sorted.subList(nodeCount, sorted.size()));
        for (int i = topCount; i < nodeCount; i++) candidates.add(sorted.get(topPerm[i]));

        // seed + 1 wraps at 2^63 exactly like Go's int64 addition.
        int[] randomPerm = new GoRand(seed + 1).perm(candidates.size());
        for (int i = 0; i < randCount; i++) result.add(candidates.get(randomPerm[i]));
        return result;
    }
}
