package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import java.util.List;

/** Bridge {@code SetNetworkMetadata(networkClass, chainId, metadata)} (go-zenon implementation/bridge.go SetNetworkMetadataMethod): the administrator replaces a network's JSON metadata. */
public final class BridgeSetNetworkMetadata implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("SetNetworkMetadata");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        Calls.requireNoAmount(block);
        String metadata = v.string("metadata");
        if (!JsonSyntax.isJson(metadata)) throw VmErrors.INVALID_JSON_CONTENT.exception();
        return Calls.withData(block, METHOD.encode(v.longValue("networkClass"), v.longValue("chainId"), metadata));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        BridgeState.requireAdministrator(BridgeState.bridgeInfo(context), send.address());
        NetworkInfo n = BridgeState.requireNetwork(context.storage(), v.longValue("networkClass"), v.longValue("chainId"));
        BridgeState.save(context.storage(), new NetworkInfo(n.networkClass(), n.id(), n.name(), n.contractAddress(), v.string("metadata"),
                n.tokenPairs()));
        return List.of();
    }
}
