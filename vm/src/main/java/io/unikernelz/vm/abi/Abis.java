package io.unikernelz.vm.abi;

import io.unikernelz.core.types.Address;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded contracts' ABIs, transcribed from go-zenon {@code vm/embedded/definition/*.go} into the JSON
 * resources next to this class and loaded once.
 */
public final class Abis {
    public static final Abi COMMON = load("Common", "common.json");
    public static final Abi PLASMA = load("Plasma", "plasma.json");
    public static final Abi PILLAR = load("Pillars", "pillar.json");
    public static final Abi TOKEN = load("Token", "token.json");
    public static final Abi SENTINEL = load("Sentinel", "sentinel.json");
    public static final Abi STAKE = load("Stake", "stake.json");
    public static final Abi SWAP = load("Swap", "swap.json");
    public static final Abi SPORK = load("Spork", "spork.json");
    public static final Abi HTLC = load("Htlc", "htlc.json");
    public static final Abi ACCELERATOR = load("Accelerator", "accelerator.json");
    public static final Abi BRIDGE = load("Bridge", "bridge.json");
    public static final Abi LIQUIDITY = load("Liquidity", "liquidity.json");

    private static final Map<Address, Abi> BY_CONTRACT = Map.ofEntries(
            Map.entry(Address.PLASMA, PLASMA),
            Map.entry(Address.PILLAR, PILLAR),
            Map.entry(Address.TOKEN, TOKEN),
            Map.entry(Address.SENTINEL, SENTINEL),
            Map.entry(Address.STAKE, STAKE),
            Map.entry(Address.SWAP, SWAP),
            Map.entry(Address.SPORK, SPORK),
            Map.entry(Address.HTLC, HTLC),
            Map.entry(Address.ACCELERATOR, ACCELERATOR),
            Map.entry(Address.BRIDGE, BRIDGE),
            Map.entry(Address.LIQUIDITY, LIQUIDITY));

    private static final Map<String, Abi> BY_NAME = Map.ofEntries(
            Map.entry(COMMON.name(), COMMON), Map.entry(PLASMA.name(), PLASMA), Map.entry(PILLAR.name(), PILLAR),
            Map.entry(TOKEN.name(), TOKEN), Map.entry(SENTINEL.name(), SENTINEL), Map.entry(STAKE.name(), STAKE),
            Map.entry(SWAP.name(), SWAP), Map.entry(SPORK.name(), SPORK), Map.entry(HTLC.name(), HTLC),
            Map.entry(ACCELERATOR.name(), ACCELERATOR), Map.entry(BRIDGE.name(), BRIDGE), Map.entry(LIQUIDITY.name(), LIQUIDITY));

    private Abis() {}

    private static Abi load(String name, String file) {
        return Abi.fromResource(name, "/io/unikernelz/vm/abi/" + file);
    }

    /** The ABI an embedded contract dispatches its call data with. */
    public static Optional<Abi> forContract(Address contract) {
        return Optional.ofNullable(BY_CONTRACT.get(contract));
    }

    /** By go-zenon name: Common, Plasma, Pillars, Token, Sentinel, Stake, Swap, Spork, Htlc, Accelerator, Bridge, Liquidity. */
    public static Optional<Abi> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** All twelve ABIs (eleven contracts plus Common), keyed by name. */
    public static Map<String, Abi> all() {
        return BY_NAME;
    }
}
