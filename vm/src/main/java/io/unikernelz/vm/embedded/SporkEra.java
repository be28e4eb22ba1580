package io.unikernelz.vm.embedded;

import io.unikernelz.vm.AccountVmContext;

/**
 * Which embedded method table applies, from the sporks enforced at the acknowledged momentum (go-zenon
 * GetEmbeddedMethod): HTLC wins over Bridge+Liquidity, which wins over Accelerator; otherwise the origin table.
 * Each era's table contains the previous one.
 */
public enum SporkEra {
    ORIGIN, ACCELERATOR, BRIDGE_AND_LIQUIDITY, HTLC;

    public static SporkEra of(AccountVmContext context) {
        if (context.isHtlcSporkEnforced()) return HTLC;
        if (context.isBridgeAndLiquiditySporkEnforced()) return BRIDGE_AND_LIQUIDITY;
        if (context.isAcceleratorSporkEnforced()) return ACCELERATOR;
        return ORIGIN;
    }
}
