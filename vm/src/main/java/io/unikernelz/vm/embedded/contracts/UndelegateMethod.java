package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.DelegationInfo;
import java.util.List;

/** Pillar {@code Undelegate()}: removes the sender's delegation (go-zenon implementation/pillars.go UndelegateMethod). */
public final class UndelegateMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.PILLAR.method("Undelegate");

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
        State storage = context.storage();
        DelegationInfo delegation = PillarState.delegation(storage, send.address()).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        storage.delete(delegation.storageKey());
        context.contractLog("pillar").info("undelegating to pillar", "address", send.address(), "height",
                Long.toUnsignedString(context.frontierMomentum().height()));
        return List.of();
    }
}
