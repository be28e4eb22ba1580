package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import java.util.List;

/**
 * Liquidity {@code Update()} before the Bridge and Liquidity spork (go-zenon implementation/liquidity.go
 * UpdateEmbeddedLiquidityMethod): rate-limited like every {@code Update}; then, for each finished epoch not yet
 * handled, asks the token contract to mint the epoch's liquidity share (13 % of the ZNN, 25 % of the QSR emission) to
 * this contract, at most 20 descendant blocks per call, skipping the epoch that hits the cap.
 */
public final class LiquidityUpdate implements EmbeddedMethod {
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
        return LiquidityRewards.mintDueEpochs(context, log);
    }
}
