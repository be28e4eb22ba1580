package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.LiquidityInfo;
import java.util.List;

/**
 * Liquidity {@code Emergency()} (go-zenon implementation/liquidity.go EmergencyLiquidity): once guardians are
 * nominated, the administrator gives up the role (zero address) and halts the contract; the guardians then elect a
 * new administrator with ProposeAdministrator.
 */
public final class LiquidityEmergency implements EmbeddedMethod {
    private static final Method METHOD = Abis.LIQUIDITY.method("Emergency");

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
        SecurityRules.requireInitialized(context);
        LiquidityInfo info = LiquidityState.liquidityInfo(context);
        LiquidityState.requireAdministrator(info, send.address());
        LiquidityState.save(context.storage(), new LiquidityInfo(Address.ZERO, true, info.znnReward(), info.qsrReward(), info.tokenTuples()));
        return List.of();
    }
}
