package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import io.unikernelz.vm.embedded.definition.UnwrapTokenRequest;
import java.util.List;

/**
 * Bridge {@code RevokeUnwrapRequest(transactionHash, logIndex)} (go-zenon implementation/bridge.go
 * RevokeUnwrapRequestMethod): the administrator marks an unwrap request revoked so it can never be redeemed. A missing
 * request is reported before the permission check, as go-zenon orders them.
 */
public final class BridgeRevokeUnwrapRequest implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("RevokeUnwrapRequest");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
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
        BridgeInfo bridge = BridgeState.bridgeInfo(context);
        UnwrapTokenRequest r = BridgeState.unwrapRequest(context.storage(), v.hash("transactionHash"), v.longValue("logIndex"))
                .orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        BridgeState.requireAdministrator(bridge, send.address());
        BridgeState.save(context.storage(), new UnwrapTokenRequest(r.registrationMomentumHeight(), r.networkClass(), r.chainId(),
                r.transactionHash(), r.logIndex(), r.toAddress(), r.tokenAddress(), r.tokenStandard(), r.amount(), r.signature(), r.redeemed(), 1));
        return List.of();
    }
}
