package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import java.util.List;

/**
 * Bridge {@code ProposeAdministrator(address)} (go-zenon implementation/bridge.go ProposeAdministratorMethod): in an
 * emergency (no administrator), each guardian votes for a new administrator; a majority installs it and clears the
 * votes.
 */
public final class BridgeProposeAdministrator implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("ProposeAdministrator");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        return Guardians.validateProposal(METHOD, block);
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Address proposed = Calls.decode(METHOD, send.data()).address("address");
        BridgeInfo b = BridgeState.bridgeInfo(context);
        if (!b.administrator().isZero()) throw VmErrors.NOT_EMERGENCY.exception();
        SecurityRules.Vote vote = SecurityRules.vote(SecurityRules.securityInfo(context), send.address(), proposed);
        vote.elected().ifPresent(admin -> BridgeState.save(context.storage(), new BridgeInfo(admin, b.compressedTssECDSAPubKey(),
                b.decompressedTssECDSAPubKey(), b.allowKeyGen(), b.halted(), b.unhaltedAt(), b.unhaltDurationInMomentums(), b.tssNonce(),
                b.metadata())));
        SecurityRules.save(context.storage(), vote.security());
        return List.of();
    }
}
