package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import java.util.List;
import java.util.Optional;

/**
 * Bridge {@code Halt(signature)} (go-zenon implementation/bridge.go HaltMethod): stops wraps, unwraps and redeems.
 * The administrator halts freely; anyone else needs a TSS signature over ("Halt", NoM class, chain id, TSS nonce),
 * which consumes the nonce.
 */
public final class BridgeHalt implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("Halt");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        String signature = Calls.decode(METHOD, block.data()).string("signature");
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(signature));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        String signature = Calls.decode(METHOD, send.data()).string("signature");
        BridgeInfo b = BridgeState.bridgeInfo(context);
        if (b.halted()) throw VmErrors.BRIDGE_HALTED.exception();
        long nonce = b.tssNonce();
        if (!send.address().equals(b.administrator())) {
            byte[] message = BridgeCrypto.basicMethodMessage(METHOD.name(), nonce, NetworkInfo.NOM_CLASS,
                    context.frontierMomentum().chainIdentifier());
            Optional<String> failure = BridgeCrypto.checkSignature(message, b.decompressedTssECDSAPubKey(), signature);
            if (failure.isPresent()) {
                context.contractLog("bridge").error("Halt-ErrInvalidSignature", "error", failure.get(), "result", false);
                throw VmErrors.INVALID_ECDSA_SIGNATURE.exception();
            }
            nonce++;
        }
        BridgeState.save(context.storage(), new BridgeInfo(b.administrator(), b.compressedTssECDSAPubKey(), b.decompressedTssECDSAPubKey(),
                b.allowKeyGen(), true, b.unhaltedAt(), b.unhaltDurationInMomentums(), nonce, b.metadata()));
        return List.of();
    }
}
