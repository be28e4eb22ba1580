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
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import io.unikernelz.vm.embedded.definition.TokenPair;
import io.unikernelz.vm.embedded.definition.UnwrapTokenRequest;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Bridge {@code UnwrapToken(networkClass, chainId, transactionHash, logIndex, toAddress, tokenAddress, amount,
 * signature)} (go-zenon implementation/bridge.go UnwrapTokenMethod): records a TSS-signed unwrap of tokens sent to
 * the bridge on the other network, once per (transaction, log index), for a redeemable pair; {@code Redeem} pays it
 * after the pair's delay.
 */
public final class BridgeUnwrapToken implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("UnwrapToken");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    /** The call's arguments. */
    private record Params(long networkClass, long chainId, Hash transactionHash, long logIndex, Address toAddress, String tokenAddress,
                          BigInteger amount, String signature) {
        static Params of(Values v) {
            return new Params(v.longValue("networkClass"), v.longValue("chainId"), v.hash("transactionHash"), v.longValue("logIndex"),
                    v.address("toAddress"), v.string("tokenAddress"), v.bigInteger("amount"), v.string("signature"));
        }
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Params p = Params.of(Calls.decode(METHOD, block.data()));
        if (!BridgeCrypto.isHexAddress(p.tokenAddress())) throw VmErrors.INVALID_TO_ADDRESS.exception();
        if (p.amount().signum() <= 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(p.networkClass(), p.chainId(), p.transactionHash(), p.logIndex(), p.toAddress(),
                p.tokenAddress(), p.amount(), p.signature()));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        BridgeInfo bridge = BridgeState.requireOperational(context);
        Params p = Params.of(Calls.decode(METHOD, send.data()));
        State storage = context.storage();
        if (BridgeState.unwrapRequest(storage, p.transactionHash(), p.logIndex()).isPresent()) {
            throw VmErrors.INVALID_TRANSACTION_HASH.exception();
        }
        BridgeState.requireNetwork(storage, p.networkClass(), p.chainId());
        String tokenAddress = BridgeCrypto.lower(p.tokenAddress());
        TokenPair pair = BridgeState.requirePair(storage, p.networkClass(), p.chainId(), tokenAddress);
        if (!pair.redeemable()) throw VmErrors.TOKEN_NOT_REDEEMABLE.exception();

        byte[] message = BridgeCrypto.unwrapRequestMessage(p.networkClass(), p.chainId(), p.transactionHash(), p.logIndex(), p.toAddress(),
                p.tokenAddress(), p.amount());
        Optional<String> failure = BridgeCrypto.checkSignature(message, bridge.decompressedTssECDSAPubKey(), p.signature());
        if (failure.isPresent()) {
            context.contractLog("bridge").error("Unwrap-ErrInvalidSignature", "error", failure.get(), "result", false, "signature", p.signature());
            throw VmErrors.INVALID_ECDSA_SIGNATURE.exception();
        }
        UnwrapTokenRequest request = new UnwrapTokenRequest(context.frontierMomentum().height(), p.networkClass(), p.chainId(),
                p.transactionHash(), p.logIndex(), p.toAddress(), tokenAddress, pair.tokenStandard(), p.amount(), p.signature(), 0, 0);
        BridgeState.save(storage, request);
        return List.of();
    }
}
