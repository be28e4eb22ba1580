package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.GoStrings;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import java.util.List;

/**
 * Bridge {@code SetNetwork(networkClass, chainId, name, contractAddress, metadata)} (go-zenon
 * implementation/bridge.go SetNetworkMethod): the administrator adds or redefines a network — name of 3 to 32 bytes,
 * class and chain id at least 1, an EVM-style contract address, JSON metadata. Redefining a network drops its token
 * pairs.
 */
public final class BridgeSetNetwork implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("SetNetwork");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        Calls.requireNoAmount(block);
        long networkClass = v.longValue("networkClass");
        long chainId = v.longValue("chainId");
        String name = v.string("name");
        int nameBytes = GoStrings.encode(name).length;
        if (nameBytes < 3 || nameBytes > 32) throw VmErrors.INVALID_NETWORK_NAME.exception();
        if (networkClass < 1 || chainId < 1) throw VmErrors.FORBIDDEN_PARAM.exception();
        String contractAddress = v.string("contractAddress");
        if (!BridgeCrypto.isHexAddress(contractAddress)) throw VmErrors.INVALID_CONTRACT_ADDRESS.exception();
        String metadata = v.string("metadata");
        if (!JsonSyntax.isJson(metadata)) throw VmErrors.INVALID_JSON_CONTENT.exception();
        return Calls.withData(block, METHOD.encode(networkClass, chainId, name, contractAddress, metadata));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        BridgeState.requireAdministrator(BridgeState.bridgeInfo(context), send.address());
        BridgeState.save(context.storage(), new NetworkInfo(v.longValue("networkClass"), v.longValue("chainId"), v.string("name"),
                v.string("contractAddress"), v.string("metadata"), List.of()));
        return List.of();
    }
}
