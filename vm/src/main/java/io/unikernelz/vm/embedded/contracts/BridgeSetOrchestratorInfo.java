package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.OrchestratorInfo;
import java.util.List;

/**
 * Bridge {@code SetOrchestratorInfo(windowSize, keyGenThreshold, confirmationsToFinality, estimatedMomentumTime)}
 * (go-zenon implementation/bridge.go SetOrchestratorInfoMethod): the administrator sets the orchestrator's non-zero
 * settings; the recorded key-generation height is kept.
 */
public final class BridgeSetOrchestratorInfo implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("SetOrchestratorInfo");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        long windowSize = v.longValue("windowSize");
        long threshold = v.longValue("keyGenThreshold");
        long confirmations = v.longValue("confirmationsToFinality");
        long momentumTime = v.longValue("estimatedMomentumTime");
        if (threshold == 0 || confirmations == 0 || windowSize == 0 || momentumTime == 0) throw VmErrors.FORBIDDEN_PARAM.exception();
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(windowSize, threshold, confirmations, momentumTime));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        BridgeState.requireAdministrator(BridgeState.bridgeInfo(context), send.address());
        OrchestratorInfo o = BridgeState.orchestratorInfo(context.storage());
        BridgeState.save(context.storage(), new OrchestratorInfo(v.longValue("windowSize"), v.longValue("keyGenThreshold"),
                v.longValue("confirmationsToFinality"), v.longValue("estimatedMomentumTime"), o.allowKeyGenHeight()));
        return List.of();
    }
}
