package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.LiquidityStakeEntry;
import java.util.List;

/**
 * Liquidity {@code UnlockLiquidityStakeEntries()} (go-zenon implementation/liquidity.go UnlockLiquidityStakeEntries):
 * the administrator makes every entry of one token cancellable now, by moving later expirations to the acknowledged
 * momentum's time. The token is the send block's token standard (the amount must be 0).
 */
public final class LiquidityUnlockStakeEntries implements EmbeddedMethod {
    private static final Method METHOD = Abis.LIQUIDITY.method("UnlockLiquidityStakeEntries");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Calls.decode(METHOD, block.data());
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        LiquidityState.requireAdministrator(LiquidityState.liquidityInfo(context), send.address());
        long now = context.frontierMomentum().timestamp();
        for (LiquidityStakeEntry e : LiquidityState.allStakeEntries(context.storage())) {
            if (e.tokenStandard().equals(send.tokenStandard()) && e.expirationTime() > now) {
                LiquidityState.save(context.storage(), new LiquidityStakeEntry(e.stakeAddress(), e.id(), e.amount(), e.tokenStandard(),
                        e.weightedAmount(), e.startTime(), e.revokeTime(), now));
            }
        }
        return List.of();
    }
}
