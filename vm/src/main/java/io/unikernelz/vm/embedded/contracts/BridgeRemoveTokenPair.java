package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import io.unikernelz.vm.embedded.definition.TokenPair;
import java.util.ArrayList;
import java.util.List;

/**
 * Bridge {@code RemoveTokenPair(networkClass, chainId, tokenStandard, tokenAddress)} (go-zenon
 * implementation/bridge.go RemoveTokenPairMethod): the administrator removes the pair matching both the token
 * standard and the token address — compared as given, while stored addresses are lower case.
 */
public final class BridgeRemoveTokenPair implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("RemoveTokenPair");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        Calls.requireNoAmount(block);
        String tokenAddress = v.string("tokenAddress");
        if (!BridgeCrypto.isHexAddress(tokenAddress)) throw VmErrors.FORBIDDEN_PARAM.exception();
        return Calls.withData(block, METHOD.encode(v.longValue("networkClass"), v.longValue("chainId"), v.tokenStandard("tokenStandard"),
                tokenAddress));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        TokenStandard zts = v.tokenStandard("tokenStandard");
        String tokenAddress = v.string("tokenAddress");
        BridgeState.requireAdministrator(BridgeState.bridgeInfo(context), send.address());
        NetworkInfo network = BridgeState.requireNetwork(context.storage(), v.longValue("networkClass"), v.longValue("chainId"));
        List<TokenPair> pairs = new ArrayList<>(network.tokenPairs());
        int index = -1;
        for (int i = 0; i < pairs.size() && index < 0; i++) {
            if (pairs.get(i).tokenStandard().equals(zts) && pairs.get(i).tokenAddress().equals(tokenAddress)) index = i;
        }
        if (index < 0) throw VmErrors.TOKEN_NOT_FOUND.exception();
        pairs.remove(index);
        BridgeState.save(context.storage(), new NetworkInfo(network.networkClass(), network.id(), network.name(), network.contractAddress(),
                network.metadata(), pairs));
        return List.of();
    }
}
