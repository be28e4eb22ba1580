package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.crypto.Sha3;
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
 * Liquidity {@code ChangeAdministrator(administrator)} (go-zenon implementation/liquidity.go
 * ChangeAdministratorLiquidity): once guardians are nominated, the administrator hands over to a non-zero address,
 * behind an administrator-delay time challenge.
 */
public final class LiquidityChangeAdministrator implements EmbeddedMethod {
    private static final Method METHOD = Abis.LIQUIDITY.method("ChangeAdministrator");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Address address = Calls.decode(METHOD, block.data()).address("administrator");
        Calls.requireNoAmount(block);
        if (address.isZero()) throw VmErrors.FORBIDDEN_PARAM.exception();
        return Calls.withData(block, METHOD.encode(address));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Address address = Calls.decode(METHOD, send.data()).address("administrator");
        SecurityRules.requireInitialized(context);
        LiquidityInfo info = LiquidityState.liquidityInfo(context);
        LiquidityState.requireAdministrator(info, send.address());
        long delay = SecurityRules.securityInfo(context).administratorDelay();
        if (!SecurityRules.passTimeChallenge(context, METHOD.name(), Sha3.sha3(address.rawBytes()), delay)) return List.of();
        LiquidityState.save(context.storage(), new LiquidityInfo(address, info.isHalted(), info.znnReward(), info.qsrReward(), info.tokenTuples()));
        return List.of();
    }
}
