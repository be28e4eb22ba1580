package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import java.math.BigInteger;
import java.util.List;

/**
 * Pillar {@code Register(name, producerAddress, rewardAddress, giveBlockRewardPercentage, giveDelegateRewardPercentage)}:
 * locks 15 000 ZNN and burns {@code 150 000 + 10 000 × active normal pillars} QSR from the sender's deposit (go-zenon
 * implementation/pillars.go RegisterMethod). Costs two simple calls' plasma because of the burn.
 */
public final class RegisterPillarMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.PILLAR.method("Register");

    @Override
    public long plasma() {
        return 2 * Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        PillarRegistration.Params p = PillarRegistration.Params.of(Calls.decode(METHOD, block.data()));
        PillarRegistration.checkParams(p);
        PillarRegistration.checkStake(block);
        return Calls.withData(block, METHOD.encode(p.name(), p.producerAddress(), p.rewardAddress(), p.giveBlockRewardPercentage(),
                p.giveDelegateRewardPercentage()));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        PillarRegistration.Params p = PillarRegistration.Params.of(Calls.decode(METHOD, send.data()));
        BigInteger qsrCost = PillarState.qsrCostForNextPillar(context.storage());
        PillarRegistration.register(context, p, send.address(), PillarInfo.NORMAL_PILLAR_TYPE);
        CommonState.consumeQsr(context.storage(), send.address(), qsrCost).ifPresent(e -> {
            throw e.exception();
        });
        return List.of(PillarRegistration.burnQsr(qsrCost));
    }
}
