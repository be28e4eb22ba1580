package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import java.util.List;

/** Bridge {@code SetBridgeMetadata(metadata)} (go-zenon implementation/bridge.go SetBridgeMetadataMethod): the administrator replaces the bridge's JSON metadata. */
public final class BridgeSetBridgeMetadata implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("SetBridgeMetadata");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        String metadata = Calls.decode(METHOD, block.data()).string("metadata");
        Calls.requireNoAmount(block);
        if (!JsonSyntax.isJson(metadata)) throw VmErrors.INVALID_JSON_CONTENT.exception();
        return Calls.withData(block, METHOD.encode(metadata));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        String metadata = Calls.decode(METHOD, send.data()).string("metadata");
        BridgeInfo b = BridgeState.bridgeInfo(context);
        BridgeState.requireAdministrator(b, send.address());
        BridgeState.save(context.storage(), new BridgeInfo(b.administrator(), b.compressedTssECDSAPubKey(), b.decompressedTssECDSAPubKey(),
                b.allowKeyGen(), b.halted(), b.unhaltedAt(), b.unhaltDurationInMomentums(), b.tssNonce(), metadata));
        return List.of();
    }
}
