package io.unikernelz.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * go-zenon's mock chain as a {@link MomentumView}: one momentum every block time from genesis (height 1), no
 * skipped slot, the three mock pillars with their genesis delegations (election-vectors.json section 07).
 */
final class MockChain implements MomentumView {
    static final BigInteger ZNN = BigInteger.valueOf(100_000_000L);

    final long genesis;
    final long blockTime;
    final long frontierHeight;
    final List<Pillar> pillars = new ArrayList<>();
    final List<Delegation> delegations = new ArrayList<>();
    final Map<Address, BigInteger> balances = new HashMap<>();
    final AtomicInteger stateQueries = new AtomicInteger();

    MockChain(long genesis, long blockTime, long frontierHeight) {
        this.genesis = genesis;
        this.blockTime = blockTime;
        this.frontierHeight = frontierHeight;
    }

    /** The mock genesis: pillars from the vectors, delegators and balances per its weight derivation. */
    static MockChain fromVectors(JsonNode mock, long frontierHeight) {
        MockChain chain = new MockChain(mock.path("genesis_timestamp").asLong(), 10, frontierHeight);
        for (JsonNode p : mock.path("pillars")) {
            chain.pillars.add(new Pillar(p.path("name").asText(), Address.parse(p.path("producing_address").asText())));
        }
        // weight_derivation: Pillar1 1000 + User1 12000 + User2 8000; Pillar2 1000 + User3 1000; Pillar3 1000 + User4 500 + User5 500.
        chain.delegate("Pillar1", "TEST-pillar-1", 1000);
        chain.delegate("User1", "TEST-pillar-1", 12000);
        chain.delegate("User2", "TEST-pillar-1", 8000);
        chain.delegate("Pillar2", "TEST-pillar-cool", 1000);
        chain.delegate("User3", "TEST-pillar-cool", 1000);
        chain.delegate("Pillar3", "TEST-pillar-znn", 1000);
        chain.delegate("User4", "TEST-pillar-znn", 500);
        chain.delegate("User5", "TEST-pillar-znn", 500);
        return chain;
    }

    void delegate(String backerSeed, String pillarName, long znn) {
        Address backer = Address.fromPublicKey(backerSeed.getBytes(StandardCharsets.UTF_8));
        delegations.add(new Delegation(backer, pillarName));
        balances.put(backer, BigInteger.valueOf(znn).multiply(ZNN));
    }

    static Hash hashOf(long height) {
        return Hash.of(Bytes.be8(height));
    }

    MomentumRef momentum(long height) {
        return new MomentumRef(hashOf(height), height, genesis + blockTime * (height - 1));
    }

    @Override
    public Optional<MomentumRef> momentumBefore(long unixSeconds) {
        if (unixSeconds <= genesis) return Optional.empty();
        // Highest h with genesis + blockTime*(h-1) < t.
        long height = Math.min(frontierHeight, (unixSeconds - genesis - 1) / blockTime + 1);
        return Optional.of(momentum(height));
    }

    @Override
    public List<Pillar> activePillars(MomentumRef at) {
        stateQueries.incrementAndGet();
        return List.copyOf(pillars);
    }

    @Override
    public List<Delegation> delegations(MomentumRef at) {
        return List.copyOf(delegations);
    }

    @Override
    public BigInteger znnBalance(MomentumRef at, Address address) {
        return balances.getOrDefault(address, BigInteger.ZERO);
    }
}
