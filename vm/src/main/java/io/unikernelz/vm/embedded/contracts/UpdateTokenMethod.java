package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.GoFormat;
import io.unikernelz.vm.embedded.definition.TokenInfo;
import java.math.BigInteger;
import java.util.List;

/**
 * Token {@code UpdateToken(tokenStandard, owner, isMintable, isBurnable)}: by the owner only. Minting can be switched
 * off (which freezes the maximum supply at the current total) but never back on (go-zenon implementation/token.go
 * UpdateTokenMethod).
 */
public final class UpdateTokenMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.TOKEN.method("UpdateToken");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        if (block.amount().signum() > 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        return Calls.withData(block, METHOD.encode(v.tokenStandard("tokenStandard"), v.address("owner"), v.bool("isMintable"),
                v.bool("isBurnable")));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        TokenStandard zts = v.tokenStandard("tokenStandard");
        Address newOwner = v.address("owner");
        boolean mintable = v.bool("isMintable");
        boolean burnable = v.bool("isBurnable");

        State storage = context.storage();
        TokenInfo info = TokenState.tokenInfo(storage, zts).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        if (!info.owner().equals(send.address())) throw VmErrors.PERMISSION_DENIED.exception();

        VmLog.Logger log = context.contractLog("token");
        boolean isMintable = info.isMintable();
        BigInteger maxSupply = info.maxSupply();
        if (isMintable != mintable) {
            if (!isMintable) throw VmErrors.FORBIDDEN_PARAM.exception();
            log.debug("updating token IsMintable", "old", isMintable, "new", mintable);
            isMintable = mintable;
            maxSupply = info.totalSupply();
        }
        Address owner = info.owner();
        if (!owner.equals(newOwner)) {
            log.debug("updating token owner", "old", owner, "new", newOwner);
            owner = newOwner;
        }
        boolean isBurnable = info.isBurnable();
        if (isBurnable != burnable) {
            log.debug("updating token IsBurnable", "old", isBurnable, "new", burnable);
            isBurnable = burnable;
        }
        TokenInfo updated = new TokenInfo(zts, owner, info.tokenName(), info.tokenSymbol(), info.tokenDomain(), info.totalSupply(),
                maxSupply, info.decimals(), isMintable, isBurnable, info.isUtility());
        log.debug("updated ZTS", "token", GoFormat.pointer(GoStructs.token(updated)));
        TokenState.save(storage, updated);
        return List.of();
    }
}
