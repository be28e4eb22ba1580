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
import io.unikernelz.vm.embedded.definition.PillarInfo;
import java.util.List;

/**
 * Pillar {@code Delegate(name)}: the sender's ZNN weight backs an active pillar from now on, replacing any earlier
 * delegation (go-zenon implementation/pillars.go DelegateMethod).
 */
public final class DelegateMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.PILLAR.method("Delegate");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        String name = Calls.decode(METHOD, block.data()).string("name");
        PillarRegistration.checkName(name);
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(name));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        String name = Calls.decode(METHOD, send.data()).string("name");
        State storage = context.storage();
        PillarInfo pillar = PillarState.pillarInfo(storage, name).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        if (!pillar.isActive()) throw VmErrors.NOT_ACTIVE.exception();
        DelegationInfo delegation = new DelegationInfo(send.address(), name);
        storage.put(delegation.storageKey(), delegation.encodeValue());
        context.contractLog("pillar").info("delegating to pillar", "address", send.address(), "pillar-name", name, "height",
                Long.toUnsignedString(context.frontierMomentum().height()));
        return List.of();
    }
}
