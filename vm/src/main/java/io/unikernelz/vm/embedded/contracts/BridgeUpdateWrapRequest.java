package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import io.unikernelz.vm.embedded.definition.WrapTokenRequest;
import java.util.List;

/**
 * Bridge {@code UpdateWrapRequest(id, signature)} (go-zenon implementation/bridge.go UpdateWrapRequestMethod): anyone
 * may attach the TSS signature of a wrap request — it must recover the bridge's TSS key over the request's message
 * for its network (whose pair must still match the request's token). A non-zero amount is rejected with
 * {@code ErrTokenInvalidAmount}, as go-zenon does.
 */
public final class BridgeUpdateWrapRequest implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("UpdateWrapRequest");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        if (block.amount().signum() != 0) throw VmErrors.TOKEN_INVALID_AMOUNT.exception();
        return Calls.withData(block, METHOD.encode(v.hash("id"), v.string("signature")));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        Hash id = v.hash("id");
        String signature = v.string("signature");
        BridgeInfo bridge = BridgeState.requireOperational(context);
        State storage = context.storage();
        WrapTokenRequest request = BridgeState.wrapRequest(storage, id).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        NetworkInfo network = BridgeState.requireNetwork(storage, request.networkClass(), request.chainId());
        boolean paired = network.tokenPairs().stream()
                .anyMatch(p -> p.tokenStandard().equals(request.tokenStandard()) && p.tokenAddress().equals(request.tokenAddress()));
        if (!paired) throw VmErrors.INVALID_TOKEN.exception();

        byte[] message = BridgeCrypto.wrapRequestMessage(request, BridgeCrypto.hexToAddress(network.contractAddress()));
        if (BridgeCrypto.checkSignature(message, bridge.decompressedTssECDSAPubKey(), signature).isPresent()) {
            throw VmErrors.INVALID_ECDSA_SIGNATURE.exception();
        }
        BridgeState.save(storage, new WrapTokenRequest(request.networkClass(), request.chainId(), request.id(), request.toAddress(),
                request.tokenStandard(), request.tokenAddress(), request.amount(), request.fee(), signature, request.creationMomentumHeight()));
        return List.of();
    }
}
