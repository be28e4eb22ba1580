package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import java.util.List;

/**
 * Pillar {@code Update()}: rate-limited; pays every finished epoch not yet rewarded into the reward deposits of
 * pillars and delegators (go-zenon implementation/pillars.go UpdateEmbeddedPillarMethod).
 */
public final class UpdateEmbeddedPillarMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.PILLAR.method("Update");

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
        validateSendBlock(sendBlock);
        Updates.checkAndPerformUpdate(context);
        VmLog.Logger log = context.contractLog("pillar");
        Updates.rewardDueEpochs(context, log, epoch -> PillarRewards.distribute(context, epoch, log));
        return List.of();
    }
}
