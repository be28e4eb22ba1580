package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.LiquidityInfo;
import java.util.List;

/**
 * Liquidity {@code ProposeAdministrator(address)} (go-zenon implementation/liquidity.go ProposeAdministratorLiquidity):
 * in an emergency (no administrator), each guardian votes for a new administrator; a majority installs it and clears
 * the votes.
 */
public final class LiquidityProposeAdministrator implements EmbeddedMethod {
    private static final Method METHOD = Abis.LIQUIDITY.method("ProposeAdministrator");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        return Guardians.validateProposal(METHOD, block);
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Address proposed = Calls.decode(METHOD, send.data()).address("address");
        LiquidityInfo info = LiquidityState.liquidityInfo(context);
        if (!info.administrator().isZero()) throw VmErrors.NOT_EMERGENCY.exception();
        SecurityRules.Vote vote = SecurityRules.vote(SecurityRules.securityInfo(context), send.address(), proposed);
        vote.elected().ifPresent(admin -> LiquidityState.save(context.storage(),
                new LiquidityInfo(admin, info.isHalted(), info.znnReward(), info.qsrReward(), info.tokenTuples())));
        SecurityRules.save(context.storage(), vote.security());
        return List.of();
    }
}
