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

/**
 * Bridge {@code Unhalt()} (go-zenon implementation/bridge.go UnhaltMethod): the administrator lifts a halt; the
 * bridge stays closed for {@code unhaltDurationInMomentums} more momentums. Only a halted bridge can be unhalted, so
 * the wait cannot be extended.
 */
public final class BridgeUnhalt implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("Unhalt");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Calls.decode(METHOD, block.data());
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        BridgeInfo b = BridgeState.bridgeInfo(context);
        if (!b.halted()) throw VmErrors.BRIDGE_NOT_HALTED.exception();
        BridgeState.requireAdministrator(b, send.address());
        BridgeState.save(context.storage(), new BridgeInfo(b.administrator(), b.compressedTssECDSAPubKey(), b.decompressedTssECDSAPubKey(),
                b.allowKeyGen(), false, context.frontierMomentum().height(), b.unhaltDurationInMomentums(), b.tssNonce(), b.metadata()));
        return List.of();
    }
}
