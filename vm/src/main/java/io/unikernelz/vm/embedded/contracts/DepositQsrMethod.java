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
 * Common {@code DepositQsr()} of the pillar and sentinel contracts: adds the attached QSR to the sender's deposit,
 * from which registrations take their QSR (go-zenon implementation/common.go DepositQsrMethod).
 */
public final class DepositQsrMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.COMMON.method("DepositQsr");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Calls.decode(METHOD, block.data());
        if (!block.tokenStandard().equals(TokenStandard.QSR) || block.amount().signum() != 1) {
            throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        }
        return Calls.withData(block, METHOD.encode());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        State storage = context.storage();
        QsrDeposit deposit = CommonState.qsrDeposit(storage, send.address());
        QsrDeposit updated = new QsrDeposit(send.address(), deposit.qsr().add(send.amount()));
        storage.put(updated.storageKey(), updated.encodeValue());
        return List.of();
    }
}
