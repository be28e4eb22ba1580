package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import io.unikernelz.vm.embedded.definition.TokenPair;
import io.unikernelz.vm.embedded.definition.UnwrapTokenRequest;
import java.math.BigInteger;
import java.util.List;

/**
 * Bridge {@code Redeem(transactionHash, logIndex)} (go-zenon implementation/bridge.go RedeemMethod): anyone may pay
 * out an unwrap request that is neither redeemed nor revoked, once the pair's redeem delay (in momentums since its
 * registration) has passed — by minting tokens the bridge owns, otherwise from the contract's balance
 * ({@code ErrInsufficientBalance} when short).
 */
public final class BridgeRedeem implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("Redeem");
    private static final Method MINT = Abis.TOKEN.method("Mint");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_W_RESPONSE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(v.hash("transactionHash"), v.longValue("logIndex")));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        Hash transactionHash = v.hash("transactionHash");
        long logIndex = v.longValue("logIndex");
        BridgeState.requireOperational(context);
        State storage = context.storage();
        UnwrapTokenRequest request = BridgeState.unwrapRequest(storage, transactionHash, logIndex)
                .orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        if (request.redeemed() > 0 || request.revoked() > 0) throw VmErrors.INVALID_REDEEM_REQUEST.exception();
        NetworkInfo network = BridgeState.requireNetwork(storage, request.networkClass(), request.chainId());
        // the first pair matching the token standard or the token address
        TokenPair pair = network.tokenPairs().stream()
                .filter(p -> p.tokenStandard().equals(request.tokenStandard()) || p.tokenAddress().equals(request.tokenAddress()))
                .findFirst().orElseThrow(VmErrors.TOKEN_NOT_FOUND::exception);
        long waited = context.frontierMomentum().height() - request.registrationMomentumHeight();
        if (Long.compareUnsigned(waited, pair.redeemDelay()) < 0) throw VmErrors.INVALID_REDEEM_PERIOD.exception();

        BridgeState.save(storage, new UnwrapTokenRequest(request.registrationMomentumHeight(), request.networkClass(), request.chainId(),
                request.transactionHash(), request.logIndex(), request.toAddress(), request.tokenAddress(), request.tokenStandard(),
                request.amount(), request.signature(), 1, request.revoked()));
        if (pair.owned()) {
            return List.of(Calls.send(Address.BRIDGE, Address.TOKEN, BigInteger.ZERO, pair.tokenStandard(),
                    MINT.encode(pair.tokenStandard(), request.amount(), request.toAddress())));
        }
        if (context.balance(pair.tokenStandard()).compareTo(request.amount()) < 0) throw VmErrors.INSUFFICIENT_BALANCE.exception();
        return List.of(Calls.send(Address.BRIDGE, request.toAddress(), request.amount(), pair.tokenStandard(), new byte[0]));
    }
}
