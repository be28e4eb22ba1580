package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.LiquidityInfo;
import java.math.BigInteger;
import java.util.List;

/**
 * Liquidity {@code SetAdditionalReward(znnReward, qsrReward)} (go-zenon implementation/liquidity.go
 * SetAdditionalReward): the administrator sets the extra ZNN and QSR each reward update takes from the contract's
 * balance for the stakers, behind a soft-delay time challenge over the two packed amounts.
 */
public final class LiquiditySetAdditionalReward implements EmbeddedMethod {
    private static final Method METHOD = Abis.LIQUIDITY.method("SetAdditionalReward");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(v.bigInteger("znnReward"), v.bigInteger("qsrReward")));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        BigInteger znn = v.bigInteger("znnReward");
        BigInteger qsr = v.bigInteger("qsrReward");
        LiquidityInfo info = LiquidityState.liquidityInfo(context);
        LiquidityState.requireAdministrator(info, send.address());

        byte[] paramsHash = Sha3.sha3(Bytes.big32(znn), Bytes.big32(qsr));
        long delay = SecurityRules.securityInfo(context).softDelay();
        if (!SecurityRules.passTimeChallenge(context, METHOD.name(), paramsHash, delay)) return List.of();
        LiquidityState.save(context.storage(), new LiquidityInfo(info.administrator(), info.isHalted(), znn, qsr, info.tokenTuples()));
        return List.of();
    }
}
