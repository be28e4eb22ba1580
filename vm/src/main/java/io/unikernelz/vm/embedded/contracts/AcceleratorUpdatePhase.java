package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.Phase;
import io.unikernelz.vm.embedded.definition.PillarVote;
import io.unikernelz.vm.embedded.definition.Project;
import io.unikernelz.vm.embedded.definition.VotableHash;
import java.util.ArrayList;
import java.util.List;

/**
 * Accelerator {@code UpdatePhase(hash id, …)} (the project id and the new phase's fields): the owner replaces the
 * project's current phase while it is still being voted on. The new phase gets the send hash as id, the old one, its
 * votes and its votable mark are deleted, so voting starts over (go-zenon implementation/accelerator.go
 * UpdatePhaseMethod).
 */
public final class AcceleratorUpdatePhase implements EmbeddedMethod {
    private static final Method METHOD = Abis.ACCELERATOR.method("UpdatePhase");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        AcceleratorSupport.Params p = AcceleratorSupport.Params.ofPhase(Calls.decode(METHOD, block.data()));
        AcceleratorSupport.checkMetadata(p);
        return Calls.withData(block, METHOD.encode(p.id(), p.name(), p.description(), p.url(), p.znnFundsNeeded(), p.qsrFundsNeeded()));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(context, sendBlock);
        AcceleratorSupport.requireRunning(context);
        AcceleratorSupport.Params p = AcceleratorSupport.Params.ofPhase(Calls.decode(METHOD, send.data()));

        Project project = AcceleratorSupport.project(context.storage(), p.id()).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        if (!project.owner().equals(send.address())) throw VmErrors.PERMISSION_DENIED.exception();
        Phase old = AcceleratorSupport.currentPhase(context.storage(), project).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        if (old.status() != Project.VOTING_STATUS) throw VmErrors.PERMISSION_DENIED.exception();

        long now = context.frontierMomentum().timestamp();
        Phase replacement = new Phase(send.hash(), project.id(), p.name(), p.description(), p.url(), p.znnFundsNeeded(),
                p.qsrFundsNeeded(), now, 0, Project.VOTING_STATUS);
        AcceleratorSupport.save(context, replacement);

        // go-zenon swaps the id in place and leaves lastUpdateTimestamp alone
        List<Hash> phaseIds = new ArrayList<>(project.phaseIds());
        phaseIds.set(phaseIds.size() - 1, replacement.id());
        Project updated = new Project(project.id(), project.owner(), project.name(), project.description(), project.url(),
                project.znnFundsNeeded(), project.qsrFundsNeeded(), project.creationTimestamp(), project.lastUpdateTimestamp(),
                project.status(), phaseIds);
        AcceleratorSupport.save(context, updated);
        AcceleratorSupport.checkPhaseFunds(context.storage(), updated);

        VmLog.Logger log = AcceleratorSupport.log(context);
        for (PillarVote vote : AcceleratorSupport.votes(context.storage(), old.id())) {
            log.debug("delete pillar vote due to phase update", "old-pillar-vote", AcceleratorSupport.format(vote));
            context.storage().delete(vote.storageKey());
        }
        context.storage().delete(VotableHash.key(old.id()));
        log.debug("delete phase hash due to phase update", "old-phase-hash", old.id());
        AcceleratorSupport.markVotable(context, send.hash());
        context.storage().delete(old.storageKey());

        log.debug("successfully updated phase", "old-phase", AcceleratorSupport.format(old), "new-phase", AcceleratorSupport.format(replacement));
        return List.of();
    }
}
