package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.TokenInfo;
import java.util.List;

/**
 * Token {@code IssueToken(name, symbol, domain, totalSupply, maxSupply, decimals, isMintable, isBurnable, isUtility)}:
 * costs exactly 1 ZNN; creates the token whose id is derived from the send block's hash and pays the whole total
 * supply to the issuer (go-zenon implementation/token.go IssueMethod).
 */
public final class IssueTokenMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.TOKEN.method("IssueToken");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_W_RESPONSE_PLASMA;
    }

    private static TokenRules.IssueParams params(Values v) {
        return new TokenRules.IssueParams(v.string("tokenName"), v.string("tokenSymbol"), v.string("tokenDomain"),
                v.bigInteger("totalSupply"), v.bigInteger("maxSupply"), v.intValue("decimals"), v.bool("isMintable"),
                v.bool("isBurnable"), v.bool("isUtility"));
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        TokenRules.IssueParams p = params(Calls.decode(METHOD, block.data()));
        TokenRules.check(p).ifPresent(e -> {
            throw e.exception();
        });
        if (!block.tokenStandard().equals(TokenStandard.ZNN)) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        if (block.amount().compareTo(Amounts.TOKEN_ISSUE_AMOUNT) != 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        return Calls.withData(block, METHOD.encode(p.name(), p.symbol(), p.domain(), p.totalSupply(), p.maxSupply(), p.decimals(),
                p.isMintable(), p.isBurnable(), p.isUtility()));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        TokenRules.IssueParams p = params(Calls.decode(METHOD, send.data()));
        TokenStandard zts = TokenStandard.derive(send.hash().rawBytes());
        State storage = context.storage();
        if (TokenState.tokenInfo(storage, zts).isPresent()) throw VmErrors.ID_NOT_UNIQUE.exception();

        TokenInfo info = new TokenInfo(zts, send.address(), p.name(), p.symbol(), p.domain(), p.totalSupply(), p.maxSupply(),
                p.decimals(), p.isMintable(), p.isBurnable(), p.isUtility());
        TokenState.save(storage, info);
        // the new supply is created in the token contract and sent out below
        context.addBalance(zts, p.totalSupply());
        context.contractLog("token").debug("issued ZTS", "token", GoStructs.token(info));
        return List.of(Calls.send(Address.TOKEN, send.address(), p.totalSupply(), zts, new byte[0]));
    }
}
