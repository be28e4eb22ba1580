package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import java.util.List;

/**
 * Bridge {@code Emergency()} (go-zenon implementation/bridge.go EmergencyMethod): once guardians are nominated, the
 * administrator halts the bridge, clears the TSS key and gives up the role; the guardians then elect a new
 * administrator with ProposeAdministrator.
 */
public final class BridgeEmergency implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("Emergency");

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
        SecurityRules.requireInitialized(context);
        BridgeState.requireAdministrator(b, send.address());
        BridgeState.save(context.storage(), new BridgeInfo(Address.ZERO, "", "", b.allowKeyGen(), true, b.unhaltedAt(),
                b.unhaltDurationInMomentums(), b.tssNonce(), b.metadata()));
        return List.of();
    }
}
