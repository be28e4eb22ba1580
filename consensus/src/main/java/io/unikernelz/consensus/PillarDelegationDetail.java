package io.unikernelz.consensus;

import io.unikernelz.core.types.Address;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A pillar's weight together with the balances that make it up (go-zenon {@code types.PillarDelegationDetail});
 * delegation rewards are split by these backer amounts.
 *
 * @param delegation the pillar and its total weight
 * @param backers    delegating address → its counted ZNN amount (ordered by address)
 */
public record PillarDelegationDetail(PillarDelegation delegation, Map<Address, BigInteger> backers) {
    public PillarDelegationDetail {
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(backers, "backers of pillar " + delegation.name());
        TreeMap<Address, BigInteger> copy = new TreeMap<>();
        backers.forEach((address, amount) -> {
            Objects.requireNonNull(address, "backer address of pillar " + delegation.name());
            Objects.requireNonNull(amount, "amount of backer " + address);
            if (amount.signum() < 0) throw new IllegalArgumentException("negative amount " + amount + " for backer " + address);
            copy.put(address, amount);
        });
        backers = Collections.unmodifiableSortedMap(copy);
    }

    public String name() {
        return delegation.name();
    }

    public BigInteger weight() {
        return delegation.weight();
    }

    /** Sums weights and per-backer amounts; the name and producing address stay this one's (go-zenon {@code Merge}). */
    public PillarDelegationDetail merge(PillarDelegationDetail other) {
        Map<Address, BigInteger> sum = new LinkedHashMap<>(backers);
        other.backers.forEach((address, amount) -> sum.merge(address, amount, BigInteger::add));
        PillarDelegation d = delegation;
        return new PillarDelegationDetail(new PillarDelegation(d.name(), d.producing(), d.weight().add(other.weight())), sum);
    }

    /** Divides the weight and every backer amount by {@code count}, truncating (go-zenon {@code Reduce}). */
    public PillarDelegationDetail reduce(long count) {
        if (count <= 0) throw new IllegalArgumentException("reduce count must be positive, got " + count);
        BigInteger divisor = BigInteger.valueOf(count);
        Map<Address, BigInteger> reduced = new LinkedHashMap<>();
        backers.forEach((address, amount) -> reduced.put(address, amount.divide(divisor)));
        PillarDelegation d = delegation;
        return new PillarDelegationDetail(new PillarDelegation(d.name(), d.producing(), d.weight().divide(divisor)), reduced);
    }
}
