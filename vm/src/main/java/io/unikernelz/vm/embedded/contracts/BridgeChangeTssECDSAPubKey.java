package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import java.util.List;
import java.util.Optional;

/**
 * Bridge {@code ChangeTssECDSAPubKey(pubKey, oldPubKeySignature, newPubKeySignature)} (go-zenon
 * implementation/bridge.go ChangeTssECDSAPubKeyMethod): sets the TSS key (33-byte compressed, base64) and stores its
 * decompressed form too. The administrator does so behind a soft-delay time challenge; anyone else only while key
 * generation is allowed, with signatures by both the old and the new key over ("ChangeTssECDSAPubKey", NoM class,
 * chain id, TSS nonce, new key's x), which consumes the nonce. Either way key generation is then disallowed.
 */
public final class BridgeChangeTssECDSAPubKey implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("ChangeTssECDSAPubKey");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        byte[] pubKey = GoBase64.decode(v.string("pubKey")).orElseThrow(VmErrors.INVALID_B64_DECODE::exception);
        if (pubKey.length != BridgeCrypto.COMPRESSED_PUB_KEY_LENGTH) throw VmErrors.INVALID_COMPRESSED_ECDSA_PUB_KEY_LENGTH.exception();
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(v.string("pubKey"), v.string("oldPubKeySignature"), v.string("newPubKeySignature")));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        String pubKeyB64 = v.string("pubKey");
        SecurityRules.requireInitialized(context);
        BridgeState.requireOrchestrator(context);
        BridgeInfo b = BridgeState.bridgeInfo(context);

        byte[] compressed = GoBase64.decode(pubKeyB64).orElseThrow();
        byte[] decompressed = BridgeCrypto.decompress(compressed)
                .orElseThrow(() -> new IllegalStateException("TSS public key " + pubKeyB64 + " is not a secp256k1 point"));
        String decompressedB64 = BridgeCrypto.base64(decompressed);

        long nonce = b.tssNonce();
        if (!send.address().equals(b.administrator())) {
            if (!b.allowKeyGen()) throw VmErrors.NOT_ALLOWED_TO_CHANGE_TSS.exception();
            byte[] message = BridgeCrypto.changeTssPubKeyMessage(METHOD.name(), NetworkInfo.NOM_CLASS, context.frontierMomentum().chainIdentifier(),
                    nonce, compressed);
            VmLog.Logger log = context.contractLog("bridge");
            Optional<String> oldFailure = BridgeCrypto.checkSignature(message, b.decompressedTssECDSAPubKey(), v.string("oldPubKeySignature"));
            if (oldFailure.isPresent()) {
                log.error("ChangeTssECDSAPubKey-ErrInvalidOldKeySignature", "error", oldFailure.get(), "result", false);
                throw VmErrors.INVALID_ECDSA_SIGNATURE.exception();
            }
            Optional<String> newFailure = BridgeCrypto.checkSignature(message, decompressedB64, v.string("newPubKeySignature"));
            if (newFailure.isPresent()) {
                log.error("ChangeTssECDSAPubKey-ErrInvalidNewKeySignature", "error", newFailure.get(), "result", false);
                throw VmErrors.INVALID_ECDSA_SIGNATURE.exception();
            }
            nonce++;
        } else {
            long delay = SecurityRules.securityInfo(context).softDelay();
            if (!SecurityRules.passTimeChallenge(context, METHOD.name(), Sha3.sha3(decompressed), delay)) return List.of();
        }
        BridgeState.save(context.storage(), new BridgeInfo(b.administrator(), pubKeyB64, decompressedB64, false, b.halted(), b.unhaltedAt(),
                b.unhaltDurationInMomentums(), nonce, b.metadata()));
        return List.of();
    }
}
