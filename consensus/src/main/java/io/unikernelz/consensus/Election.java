package io.unikernelz.consensus;

import io.unikernelz.core.types.Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who produces which momentum slot (go-zenon {@code consensus/election.go}). For election tick t the proof
 * momentum is the last one strictly before {@link ConsensusParams#proofTime(long)}; the pillars and weights in
 * its state, seeded by its height, go through {@link ElectionAlgorithm}. Results are cached by proof hash.
 *
 * <p>Thread-safe if the view and cache are; concurrent misses may compute the same election twice, which is
 * harmless because the result is deterministic.
 */
public final class Election {
    private final ConsensusParams params;
    private final Ticker ticker;
    private final MomentumView view;
    private final ElectionCache cache;

    public Election(ConsensusParams params, MomentumView view) {
        this(params, view, ElectionCache.inMemory(ElectionCache.DEFAULT_CAPACITY));
    }

    public Election(ConsensusParams params, MomentumView view, ElectionCache cache) {
        this.params = Objects.requireNonNull(params, "consensus params");
        this.view = Objects.requireNonNull(view, "momentum view");
        this.cache = Objects.requireNonNull(cache, "election cache");
        this.ticker = params.electionTicker();
    }

    public ConsensusParams params() {
        return params;
    }

    /** The election ticker (one tick per round of producer slots). */
    public Ticker ticker() {
        return ticker;
    }

    /** The election of the tick containing {@code unixSeconds}. */
    public ElectionResult byTime(long unixSeconds) {
        if (unixSeconds < params.genesisTimestamp()) {
            throw new ElectionException("election time " + unixSeconds + " is before the genesis timestamp " + params.genesisTimestamp());
        }
        return byTick(ticker.toTick(unixSeconds));
    }

    /** The election of {@code tick}: producers for its slots, the proof momentum and the weights used. */
    public ElectionResult byTick(long tick) {
        if (tick < 0) throw new ElectionException("election tick " + tick + " is before genesis");
        MomentumRef proof = proofMomentum(tick);
        ElectionData data = electionData(proof);

        if (data.producers().size() != params.nodeCount()) {
            throw new ConsensusDataException("election for proof " + proof.hash() + " has " + data.producers().size()
                    + " producers, expected " + params.nodeCount());
        }
        // Producing address → pillar name; a later delegation wins, as in go-zenon's map.
        Map<Address, String> names = new HashMap<>();
        for (PillarDelegation d : data.delegations()) names.put(d.producing(), d.name());

        long start = ticker.tickStart(tick);
        List<ProducerSlot> slots = new ArrayList<>(data.producers().size());
        long slotStart = start;
        for (Address producer : data.producers()) {
            String name = names.get(producer);
            if (name == null) {
                throw new ElectionException("pillar name lookup failed: no pillar with producing address " + producer
                        + " in the election of proof " + proof.hash());
            }
            slots.add(new ProducerSlot(slotStart, slotStart + params.blockTimeSec(), producer, name));
            slotStart += params.blockTimeSec();
        }
        return new ElectionResult(tick, start, ticker.tickEnd(tick), proof.hashHeight(), slots, data.delegations());
    }

    /**
     * The address expected to sign the momentum with this timestamp (go-zenon {@code GetMomentumProducer}); empty
     * when the timestamp is not exactly the start of a slot.
     */
    public Optional<Address> producerAt(long timestamp) {
        for (ProducerSlot slot : byTime(timestamp).producers()) {
            if (slot.startTime() == timestamp) return Optional.of(slot.producer());
        }
        return Optional.empty();
    }

    /** Whether {@code producer} owns the slot starting exactly at {@code timestamp} (go-zenon {@code VerifyMomentumProducer}). */
    public boolean isExpectedProducer(long timestamp, Address producer) {
        return producerAt(timestamp).map(producer::equals).orElse(false);
    }

    /** Pillar weights and backers at the proof momentum of {@code tick}, heaviest first (go-zenon {@code DelegationsByTick}). */
    public List<PillarDelegationDetail> delegationsByTick(long tick) {
        if (tick < 0) throw new ElectionException("election tick " + tick + " is before genesis");
        return PillarWeights.computeDetailed(view, proofMomentum(tick));
    }

    /**
     * Average pillar weights and backer amounts over the election ticks of {@code epoch} (go-zenon
     * {@code GetPillarDelegationsByEpoch}): per-tick details are summed by pillar name and divided, truncating, by
     * the number of ticks per epoch, even for pillars present in only some ticks.
     */
    public Map<String, PillarDelegationDetail> delegationsByEpoch(long epoch) {
        if (epoch < 0) throw new ElectionException("epoch " + epoch + " is before genesis");
        long multiplier = ticker.tickMultiplier(params.epochTicker());
        Map<String, PillarDelegationDetail> sums = new LinkedHashMap<>();
        for (long i = 0; i < multiplier; i++) {
            for (PillarDelegationDetail d : delegationsByTick(Math.addExact(Math.multiplyExact(epoch, multiplier), i))) {
                sums.merge(d.name(), d, PillarDelegationDetail::merge);
            }
        }
        Map<String, PillarDelegationDetail> result = new LinkedHashMap<>();
        sums.forEach((name, d) -> result.put(name, d.reduce(multiplier)));
        return result;
    }

    /**
     * Warms the cache after a momentum is inserted (go-zenon {@code InsertMomentum}): once tick t has begun,
     * tick t−1 is complete and its last momentum is the proof for tick t+1.
     */
    public void onMomentumInserted(MomentumRef momentum) {
        long tick = ticker.toTick(momentum.timestamp());
        if (tick == 0) return;
        view.momentumBefore(ticker.tickEnd(tick - 1)).ifPresent(this::electionData);
    }

    /** The proof momentum of {@code tick}. */
    public MomentumRef proofMomentum(long tick) {
        long proofTime = params.proofTime(tick);
        return view.momentumBefore(proofTime)
                .orElseThrow(() -> new ElectionException("no momentum before time " + proofTime + " (proof for election tick " + tick + ")"));
    }

    /** The election for one proof momentum, from the cache or computed and cached. */
    public ElectionData electionData(MomentumRef proof) {
        Optional<ElectionData> cached = cache.get(proof.hash());
        if (cached.isPresent()) return cached.get();

        List<PillarDelegation> delegations = PillarWeights.compute(view, proof);
        if (delegations.isEmpty()) {
            throw new ElectionException("no active pillars at proof momentum " + proof.hash()
                    + " (height " + proof.height() + ")");
        }
        List<PillarDelegation> producers = ElectionAlgorithm.elect(delegations, proof.height(), params.nodeCount(), params.randCount());
        ElectionData data = new ElectionData(producers.stream().map(PillarDelegation::producing).toList(), delegations);
        cache.put(proof.hash(), data);
        return data;
    }
}
