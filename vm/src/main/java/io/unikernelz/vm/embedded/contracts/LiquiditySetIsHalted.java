package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.LiquidityInfo;
import java.util.List;

/**
 * Liquidity {@code SetIsHalted(isHalted)} (go-zenon implementation/liquidity.go SetIsHalted): the administrator
 * halts or resumes the stakers' rewards; while halted, updates only mint the epoch's share to the contract.
 */
public final class LiquiditySetIsHalted implements EmbeddedMethod {
    private static final Method METHOD = Abis.LIQUIDITY.method("SetIsHalted");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        boolean halted = Calls.decode(METHOD, block.data()).bool("isHalted");
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(halted));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        boolean halted = Calls.decode(METHOD, send.data()).bool("isHalted");
        LiquidityInfo info = LiquidityState.liquidityInfo(context);
        LiquidityState.requireAdministrator(info, send.address());
        LiquidityState.save(context.storage(), new LiquidityInfo(info.administrator(), halted, info.znnReward(), info.qsrReward(), info.tokenTuples()));
        return List.of();
    }
}
