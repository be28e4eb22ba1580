package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import java.math.BigInteger;
import java.util.List;

/**
 * Pillar {@code Revoke(name)}: by the pillar's owner, only in the revoke window at the end of each cycle counted from
 * registration; marks the pillar revoked and returns the 15 000 ZNN (go-zenon implementation/pillars.go RevokeMethod).
 */
public final class RevokePillarMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.PILLAR.method("Revoke");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_W_RESPONSE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        String name = Calls.decode(METHOD, block.data()).string("name");
        PillarRegistration.checkName(name);
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(name));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        String name = Calls.decode(METHOD, send.data()).string("name");
        State storage = context.storage();
        PillarInfo pillar = PillarState.pillarInfo(storage, name).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        if (!pillar.isActive()) throw VmErrors.NOT_ACTIVE.exception();
        if (!pillar.stakeAddress().equals(send.address())) throw VmErrors.PERMISSION_DENIED.exception();
        long now = context.frontierMomentum().timestamp();
        if (!PillarState.revokeStatus(pillar, now, context.parameters()).canRevoke()) throw VmErrors.REVOKE_NOT_DUE.exception();

        PillarInfo revoked = new PillarInfo(pillar.name(), pillar.blockProducingAddress(), pillar.rewardWithdrawAddress(),
                pillar.stakeAddress(), BigInteger.ZERO, pillar.registrationTime(), now, pillar.giveBlockRewardPercentage(),
                pillar.giveDelegateRewardPercentage(), pillar.pillarType());
        storage.put(revoked.storageKey(), revoked.encodeValue());
        return List.of(Calls.send(Address.PILLAR, pillar.stakeAddress(), Amounts.PILLAR_STAKE_AMOUNT, TokenStandard.ZNN, new byte[0]));
    }
}
