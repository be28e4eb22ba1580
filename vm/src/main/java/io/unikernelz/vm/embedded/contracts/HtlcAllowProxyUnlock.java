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
 * HTLC {@code AllowProxyUnlock()}: for entries hash-locked to the sender, lets anyone unlock with the right preimage (the default). The choice is stored and never
 * deleted (go-zenon implementation/htlc.go AllowHtlcProxyUnlockMethod).
 */
public final class HtlcAllowProxyUnlock implements EmbeddedMethod {
    private static final Method METHOD = Abis.HTLC.method("AllowProxyUnlock");

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
        AccountBlock send;
        try {
            send = validateSendBlock(context, sendBlock);
        } catch (NomException e) {
            // go-zenon logs "invalid create" here too
            HtlcSupport.log(context).debug("invalid create - syntactic validation failed", "address", sendBlock.address(), "reason", e.error());
            throw e;
        }
        HtlcProxyUnlockInfo info = new HtlcProxyUnlockInfo(send.address(), true);
        context.storage().put(info.storageKey(), info.encodeValue());
        HtlcSupport.log(context).debug("allow proxy unlock", "address", send.address());
        return List.of();
    }
}
