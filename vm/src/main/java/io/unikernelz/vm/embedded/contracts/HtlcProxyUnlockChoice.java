package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.HtlcProxyUnlockInfo;
import java.util.List;

/**
 * HTLC {@code AllowProxyUnlock()} / {@code DenyProxyUnlock()} (go-zenon implementation/htlc.go): stores whether
 * entries hash-locked to the sender may be unlocked by anyone holding the preimage (allowed is the default when no
 * choice is stored). The choice is never deleted. The two methods differ only in the stored flag and the log line.
 */
public abstract sealed class HtlcProxyUnlockChoice implements EmbeddedMethod permits HtlcAllowProxyUnlock, HtlcDenyProxyUnlock {
    private final Method method;
    private final boolean allowed;
    private final String logMessage;

    HtlcProxyUnlockChoice(String methodName, boolean allowed, String logMessage) {
        this.method = Abis.HTLC.method(methodName);
        this.allowed = allowed;
        this.logMessage = logMessage;
    }

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Calls.decode(method, block.data());
        Calls.requireNoAmount(block);
        return Calls.withData(block, method.encode());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send;
        try {
            send = validateSendBlock(context, sendBlock);
        } catch (NomException e) {
            // go-zenon logs "invalid create" here too
            HtlcSupport.log(context).debug("invalid create - syntactic validation failed", "address", sendBlock.address(), "reason", e.error());
            throw e;
        }
        HtlcProxyUnlockInfo info = new HtlcProxyUnlockInfo(send.address(), allowed);
        context.storage().put(info.storageKey(), info.encodeValue());
        HtlcSupport.log(context).debug(logMessage, "address", send.address());
        return List.of();
    }
}
