package io.unikernelz.consensus;

import io.unikernelz.core.types.Address;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The read-only slice of the chain the election needs. The chain module supplies an implementation; the
 * election never writes through it. Every state query is answered as of the given momentum, not the frontier.
 */
public interface MomentumView {
    /**
     * The highest momentum whose timestamp is strictly before {@code unixSeconds} (go-zenon
     * {@code GetMomentumBeforeTime}); empty when not even the genesis momentum is.
     */
    Optional<MomentumRef> momentumBefore(long unixSeconds);

    /** Pillars registered and not revoked (revoke time 0) in the pillar contract state at {@code at}, any order. */
    List<Pillar> activePillars(MomentumRef at);

    /** Every delegation recorded in the pillar contract state at {@code at}: one per delegating address. */
    List<Delegation> delegations(MomentumRef at);

    /** The ZNN balance of {@code address} in the state at {@code at}; zero for unknown addresses. */
    BigInteger znnBalance(MomentumRef at, Address address);

    /** A registered pillar: its unique name and the address that signs its momentums. */
    record Pillar(String name, Address producing) {
        public Pillar {
            Objects.requireNonNull(name, "pillar name");
            Objects.requireNonNull(producing, "producing address of pillar " + name);
        }
    }

    /** {@code backer} delegates its ZNN weight to the pillar named {@code pillarName}. */
    record Delegation(Address backer, String pillarName) {
        public Delegation {
            Objects.requireNonNull(backer, "delegating address");
            Objects.requireNonNull(pillarName, "delegated pillar name of " + backer);
        }
    }
}
