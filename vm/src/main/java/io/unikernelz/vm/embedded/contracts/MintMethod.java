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
import io.unikernelz.vm.embedded.GoFormat;
import io.unikernelz.vm.embedded.definition.TokenInfo;
import java.math.BigInteger;
import java.util.List;

/**
 * Token {@code Mint(tokenStandard, amount, receiveAddress)}: creates supply of a mintable token up to its maximum.
 * ZNN and QSR can be minted by any embedded contract (rewards, swaps), other tokens only by their owner. Minting to a
 * contract sends the tokens with a {@code Donate()} call (go-zenon implementation/token.go MintMethod).
 */
public final class MintMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.TOKEN.method("Mint");
    private static final Method DONATE = Abis.COMMON.method("Donate");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_W_RESPONSE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        BigInteger amount = v.bigInteger("amount");
        if (amount.signum() <= 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(v.tokenStandard("tokenStandard"), amount, v.address("receiveAddress")));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        TokenStandard zts = v.tokenStandard("tokenStandard");
        BigInteger amount = v.bigInteger("amount");
        Address receiver = v.address("receiveAddress");

        State storage = context.storage();
        TokenInfo info = TokenState.tokenInfo(storage, zts).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        if (!info.isMintable()) throw VmErrors.PERMISSION_DENIED.exception();
        if (info.maxSupply().subtract(info.totalSupply()).compareTo(amount) < 0) throw VmErrors.TOKEN_INVALID_AMOUNT.exception();
        boolean networkCoin = zts.equals(TokenStandard.ZNN) || zts.equals(TokenStandard.QSR);
        boolean allowed = networkCoin ? send.address().isEmbedded() : info.owner().equals(send.address());
        if (!allowed) throw VmErrors.PERMISSION_DENIED.exception();

        TokenInfo minted = new TokenInfo(zts, info.owner(), info.tokenName(), info.tokenSymbol(), info.tokenDomain(),
                info.totalSupply().add(amount), info.maxSupply(), info.decimals(), info.isMintable(), info.isBurnable(), info.isUtility());
        TokenState.save(storage, minted);
        context.addBalance(zts, amount);
        context.contractLog("token").debug("minted ZTS", "token", GoFormat.pointer(GoStructs.token(minted)), "minted-amount", amount,
                "to-address", receiver);
        byte[] data = receiver.isEmbedded() ? DONATE.encode() : null;
        return List.of(Calls.send(Address.TOKEN, receiver, amount, zts, data));
    }
}
