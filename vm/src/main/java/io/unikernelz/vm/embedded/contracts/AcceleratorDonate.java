package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import java.util.List;

/**
 * {@code Donate()}: keeps any non-zero amount of any token and logs it (go-zenon implementation/common.go
 * DonateMethod). Registered for the Accelerator; the method is contract-independent (go-zenon gives the Liquidity
 * contract the same one), as the selector comes from the common ABI.
 */
public final class AcceleratorDonate implements EmbeddedMethod {
    private static final Method METHOD = Abis.COMMON.method("Donate");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Calls.decode(METHOD, block.data());
        if (block.amount().signum() == 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        return Calls.withData(block, METHOD.encode());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(context, sendBlock);
        context.contractLog("common").info("received donation", "embedded", send.toAddress(), "from-address", send.address(), "zts",
                send.tokenStandard(), "amount", send.amount());
        return List.of();
    }
}
