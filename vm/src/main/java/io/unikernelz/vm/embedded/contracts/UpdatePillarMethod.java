package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import io.unikernelz.vm.embedded.definition.ProducingPillar;
import java.util.List;

/**
 * Pillar {@code UpdatePillar(name, producerAddress, rewardAddress, giveBlockRewardPercentage,
 * giveDelegateRewardPercentage)}: the owner of an active pillar changes its addresses and reward shares; a new
 * producing address must be unused or one this pillar used before (go-zenon implementation/pillars.go).
 */
public final class UpdatePillarMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.PILLAR.method("UpdatePillar");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        PillarRegistration.Params p = PillarRegistration.Params.of(Calls.decode(METHOD, block.data()));
        PillarRegistration.checkParams(p);
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(p.name(), p.producerAddress(), p.rewardAddress(), p.giveBlockRewardPercentage(),
                p.giveDelegateRewardPercentage()));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        PillarRegistration.Params p = PillarRegistration.Params.of(Calls.decode(METHOD, send.data()));
        State storage = context.storage();
        PillarInfo pillar = PillarState.pillarInfo(storage, p.name()).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        if (!pillar.stakeAddress().equals(send.address())) throw VmErrors.PERMISSION_DENIED.exception();
        if (!pillar.isActive()) throw VmErrors.NOT_ACTIVE.exception();

        VmLog.Logger log = context.contractLog("pillar");
        Address producer = pillar.blockProducingAddress();
        if (!p.producerAddress().equals(producer)) {
            log.info("Updating pillar producer address", "pillar-name", p.name(), "old-address", producer, "new-address", p.producerAddress());
            PillarRegistration.checkAvailableProducingAddress(storage, p.producerAddress(), p.name());
            producer = p.producerAddress();
            ProducingPillar producing = new ProducingPillar(producer, p.name());
            storage.put(producing.storageKey(), producing.encodeValue());
        }
        Address reward = pillar.rewardWithdrawAddress();
        if (!p.rewardAddress().equals(reward)) {
            log.info("Updating pillar reward address", "pillar-name", p.name(), "old-address", reward, "new-address", p.rewardAddress());
            reward = p.rewardAddress();
        }
        if (p.giveBlockRewardPercentage() != pillar.giveBlockRewardPercentage()) {
            log.info("Updating pillar give-block-reward-percentage", "pillar-name", p.name(), "old", pillar.giveBlockRewardPercentage(),
                    "new", p.giveBlockRewardPercentage());
        }
        if (p.giveDelegateRewardPercentage() != pillar.giveDelegateRewardPercentage()) {
            log.info("Updating pillar give-delegate-reward-percentage", "pillar-name", p.name(), "old",
                    pillar.giveDelegateRewardPercentage(), "new", p.giveDelegateRewardPercentage());
        }
        PillarInfo updated = new PillarInfo(pillar.name(), producer, reward, pillar.stakeAddress(), pillar.amount(),
                pillar.registrationTime(), pillar.revokeTime(), p.giveBlockRewardPercentage(), p.giveDelegateRewardPercentage(),
                pillar.pillarType());
        storage.put(updated.storageKey(), updated.encodeValue());
        return List.of();
    }
}
