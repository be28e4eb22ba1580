package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import io.unikernelz.vm.embedded.definition.SecurityInfo;
import java.util.List;

/**
 * Bridge {@code ChangeAdministrator(administrator)} (go-zenon implementation/bridge.go ChangeAdministratorMethod): the
 * administrator hands over to a non-zero address once guardians are nominated, behind an administrator-delay time
 * challenge (the permission check comes first here, unlike on the liquidity contract).
 */
public final class BridgeChangeAdministrator implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("ChangeAdministrator");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Address address = Calls.decode(METHOD, block.data()).address("administrator");
        Calls.requireNoAmount(block);
        if (address.isZero()) throw VmErrors.FORBIDDEN_PARAM.exception();
        return Calls.withData(block, METHOD.encode(address));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Address address = Calls.decode(METHOD, send.data()).address("administrator");
        BridgeInfo b = BridgeState.bridgeInfo(context);
        BridgeState.requireAdministrator(b, send.address());
        SecurityInfo security = SecurityRules.requireInitialized(context);
        if (!SecurityRules.passTimeChallenge(context, METHOD.name(), Sha3.sha3(address.rawBytes()), security.administratorDelay())) {
            return List.of();
        }
        BridgeState.save(context.storage(), new BridgeInfo(address, b.compressedTssECDSAPubKey(), b.decompressedTssECDSAPubKey(), b.allowKeyGen(),
                b.halted(), b.unhaltedAt(), b.unhaltDurationInMomentums(), b.tssNonce(), b.metadata()));
        return List.of();
    }
}
