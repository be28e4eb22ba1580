package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.GoFormat;
import io.unikernelz.vm.embedded.definition.TokenInfo;
import java.util.List;

/**
 * Token {@code Burn()}: destroys the attached tokens. Anyone may burn a burnable token, the owner any of its tokens;
 * burning a non-mintable token lowers its maximum supply too (go-zenon implementation/token.go BurnMethod).
 */
public final class BurnMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.TOKEN.method("Burn");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Calls.decode(METHOD, block.data());
        if (block.amount().signum() != 1) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        return Calls.withData(block, METHOD.encode());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        State storage = context.storage();
        TokenInfo info = TokenState.tokenInfo(storage, send.tokenStandard()).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        if (!info.isBurnable() && !info.owner().equals(send.address())) throw VmErrors.PERMISSION_DENIED.exception();

        TokenInfo burned = new TokenInfo(info.tokenStandard(), info.owner(), info.tokenName(), info.tokenSymbol(), info.tokenDomain(),
                info.totalSupply().subtract(send.amount()),
                info.isMintable() ? info.maxSupply() : info.maxSupply().subtract(send.amount()),
                info.decimals(), info.isMintable(), info.isBurnable(), info.isUtility());
        TokenState.save(storage, burned);
        context.subBalance(send.tokenStandard(), send.amount());
        context.contractLog("token").debug("burned ZTS", "token", GoFormat.pointer(GoStructs.token(burned)), "burned-amount",
                send.amount());
        return List.of();
    }
}
