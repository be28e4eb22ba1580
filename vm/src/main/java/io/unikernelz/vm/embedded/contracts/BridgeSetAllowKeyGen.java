package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import io.unikernelz.vm.embedded.definition.OrchestratorInfo;
import java.util.List;

/**
 * Bridge {@code SetAllowKeyGen(allowKeyGen)} (go-zenon implementation/bridge.go SetAllowKeygenMethod): with guardians
 * nominated, the bridge not halted and the orchestrator configured, the administrator allows or forbids a TSS key
 * generation; allowing it records the height in the orchestrator info.
 */
public final class BridgeSetAllowKeyGen implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("SetAllowKeyGen");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        boolean allow = Calls.decode(METHOD, block.data()).bool("allowKeyGen");
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(allow));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        boolean allow = Calls.decode(METHOD, send.data()).bool("allowKeyGen");
        BridgeInfo b = BridgeState.bridgeInfo(context);
        SecurityRules.requireInitialized(context);
        BridgeState.requireNotHalted(context, b);
        OrchestratorInfo o = BridgeState.requireOrchestrator(context);
        BridgeState.requireAdministrator(b, send.address());
        BridgeState.save(context.storage(), new BridgeInfo(b.administrator(), b.compressedTssECDSAPubKey(), b.decompressedTssECDSAPubKey(), allow,
                b.halted(), b.unhaltedAt(), b.unhaltDurationInMomentums(), b.tssNonce(), b.metadata()));
        if (allow) {
            BridgeState.save(context.storage(), new OrchestratorInfo(o.windowSize(), o.keyGenThreshold(), o.confirmationsToFinality(),
                    o.estimatedMomentumTime(), context.frontierMomentum().height()));
        }
        return List.of();
    }
}
