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
import java.util.function.BiConsumer;

/**
 * {@code NominateGuardians(guardians)} of the bridge and the liquidity contract (go-zenon implementation/bridge.go
 * NominateGuardiansMethod, liquidity.go NominateGuardiansLiquidity): the contract's administrator replaces the
 * guardians (at least the network minimum, none zero), behind an administrator-delay time challenge over the sorted
 * list; the votes start empty. The two differ only in their ABI and where the administrator is stored.
 */
public final class NominateGuardians implements EmbeddedMethod {
    private final Method method;
    private final BiConsumer<AccountVmContext, Address> requireAdministrator;

    private NominateGuardians(Method method, BiConsumer<AccountVmContext, Address> requireAdministrator) {
        this.method = method;
        this.requireAdministrator = requireAdministrator;
    }

    public static NominateGuardians bridge() {
        return new NominateGuardians(Abis.BRIDGE.method("NominateGuardians"),
                (context, sender) -> BridgeState.requireAdministrator(BridgeState.bridgeInfo(context), sender));
    }

    public static NominateGuardians liquidity() {
        return new NominateGuardians(Abis.LIQUIDITY.method("NominateGuardians"),
                (context, sender) -> LiquidityState.requireAdministrator(LiquidityState.liquidityInfo(context), sender));
    }

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        return Guardians.validateNomination(method, block, ContractParameters.mainnet());
    }

    @Override
    public AccountBlock validateSendBlock(AccountVmContext context, AccountBlock block) {
        return Guardians.validateNomination(method, block, context.parameters());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(context, sendBlock);
        List<Address> guardians = Calls.decode(method, send.data()).list("guardians", Address.class);
        requireAdministrator.accept(context, send.address());
        SecurityInfo security = SecurityRules.securityInfo(context);
        List<Address> sorted = SecurityRules.sortedGuardians(guardians);
        if (!SecurityRules.passTimeChallenge(context, method.name(), SecurityRules.guardiansHash(sorted), security.administratorDelay())) {
            return List.of();
        }
        SecurityRules.save(context.storage(), SecurityRules.withGuardians(security, sorted));
        return List.of();
    }
}
