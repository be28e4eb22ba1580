package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.QsrDeposit;
import java.util.List;

/**
 * Common {@code WithdrawQsr()} of the pillar and sentinel contracts: returns the sender's whole QSR deposit (go-zenon
 * implementation/common.go WithdrawQsrMethod).
 */
public final class WithdrawQsrMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.COMMON.method("WithdrawQsr");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_W_RESPONSE_PLASMA;
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
        QsrDeposit deposit = CommonState.qsrDeposit(storage, send.address());
        if (deposit.qsr().signum() == 0) throw VmErrors.NOTHING_TO_WITHDRAW.exception();
        storage.delete(deposit.storageKey());
        return List.of(Calls.send(send.toAddress(), send.address(), deposit.qsr(), TokenStandard.QSR, new byte[0]));
    }
}
