package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.GoFormat;
import io.unikernelz.vm.embedded.definition.SentinelInfo;
import java.util.List;

/**
 * Sentinel {@code Register()}: locks exactly 5 000 ZNN plus 50 000 QSR taken from the sender's deposit; one sentinel
 * per address, ever (go-zenon implementation/sentinel.go RegisterSentinelMethod).
 */
public final class RegisterSentinelMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.SENTINEL.method("Register");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Calls.decode(METHOD, block.data());
        if (!block.tokenStandard().equals(TokenStandard.ZNN) || block.amount().compareTo(Amounts.SENTINEL_ZNN_REGISTER_AMOUNT) != 0) {
            throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        }
        return Calls.withData(block, METHOD.encode());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        VmLog.Logger log = context.contractLog("sentinel");
        AccountBlock send;
        try {
            send = validateSendBlock(sendBlock);
        } catch (NomException e) {
            log.debug("invalid register - syntactic validation failed", "address", sendBlock.address(), "reason", e.error().message());
            throw e;
        }
        State storage = context.storage();
        if (SentinelState.byOwner(storage, send.address()).isPresent()) {
            log.debug("invalid register - existing address", "address", send.address());
            throw VmErrors.ALREADY_REGISTERED.exception();
        }
        if (CommonState.consumeQsr(storage, send.address(), Amounts.SENTINEL_QSR_DEPOSIT_AMOUNT).isPresent()) {
            log.debug("invalid register - not enough deposited qsr", "address", send.address());
            throw VmErrors.NOT_ENOUGH_DEPOSITED_QSR.exception();
        }
        SentinelInfo sentinel = new SentinelInfo(send.address(), context.frontierMomentum().timestamp(), 0,
                Amounts.SENTINEL_ZNN_REGISTER_AMOUNT, Amounts.SENTINEL_QSR_DEPOSIT_AMOUNT);
        storage.put(sentinel.storageKey(), sentinel.encodeValue());
        log.debug("successfully register", "sentinel", GoFormat.pointer(GoStructs.sentinel(sentinel)));
        return List.of();
    }
}
