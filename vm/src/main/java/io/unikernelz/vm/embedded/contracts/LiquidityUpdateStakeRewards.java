package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import java.util.List;

/**
 * Liquidity {@code Update()} from the Bridge and Liquidity spork on (go-zenon implementation/liquidity.go
 * UpdateRewardEmbeddedLiquidityMethod): rate-limited; rewards at most one finished epoch per call, sharing it (plus
 * any additional reward) among the liquidity stakers by token tuple and minting the undistributed rest to the
 * contract; while halted it only mints the epoch's share.
 */
public final class LiquidityUpdateStakeRewards implements EmbeddedMethod {
    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        return LiquidityRewards.validate(block);
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        VmLog.Logger log = context.contractLog("liquidity");
        LiquidityRewards.checkUpdate(context, sendBlock, log);
        return LiquidityRewards.rewardNextEpoch(context, log);
    }
}
