package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import java.util.List;

/** Bridge {@code RemoveNetwork(networkClass, chainId)} (go-zenon implementation/bridge.go RemoveNetworkMethod): the administrator deletes a network with its pairs. */
public final class BridgeRemoveNetwork implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("RemoveNetwork");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(v.longValue("networkClass"), v.longValue("chainId")));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        BridgeState.requireAdministrator(BridgeState.bridgeInfo(context), send.address());
        NetworkInfo network = BridgeState.requireNetwork(context.storage(), v.longValue("networkClass"), v.longValue("chainId"));
        context.storage().delete(network.storageKey());
        return List.of();
    }
}
