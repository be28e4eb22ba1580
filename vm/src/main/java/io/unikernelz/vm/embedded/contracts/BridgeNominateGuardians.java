package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.SecurityInfo;
import java.util.List;

/**
 * Bridge {@code NominateGuardians(guardians)} (go-zenon implementation/bridge.go NominateGuardiansMethod): the
 * administrator replaces the guardians (at least the network minimum, none zero), behind an administrator-delay time
 * challenge over the sorted list; the votes start empty.
 */
public final class BridgeNominateGuardians implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("NominateGuardians");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        return Guardians.validateNomination(METHOD, block, ContractParameters.mainnet());
    }

    @Override
    public AccountBlock validateSendBlock(AccountVmContext context, AccountBlock block) {
        return Guardians.validateNomination(METHOD, block, context.parameters());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(context, sendBlock);
        List<Address> guardians = Calls.decode(METHOD, send.data()).list("guardians", Address.class);
        BridgeState.requireAdministrator(BridgeState.bridgeInfo(context), send.address());
        SecurityInfo security = SecurityRules.securityInfo(context);
        List<Address> sorted = SecurityRules.sortedGuardians(guardians);
        if (!SecurityRules.passTimeChallenge(context, METHOD.name(), SecurityRules.guardiansHash(sorted), security.administratorDelay())) {
            return List.of();
        }
        SecurityRules.save(context.storage(), SecurityRules.withGuardians(security, sorted));
        return List.of();
    }
}
