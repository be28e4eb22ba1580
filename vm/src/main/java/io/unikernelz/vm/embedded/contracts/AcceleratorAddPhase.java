package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.Phase;
import io.unikernelz.vm.embedded.definition.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accelerator {@code AddPhase(hash id, string name, string description, string url, uint256 znnFundsNeeded,
 * uint256 qsrFundsNeeded)}: the owner of an accepted (active) project opens its next phase to pillar votes, once the
 * previous phase is paid; the phases may not ask more than the project (go-zenon implementation/accelerator.go
 * AddPhaseMethod). go-zenon checks no amount: anything sent stays with the contract.
 */
public final class AcceleratorAddPhase implements EmbeddedMethod {
    private static final Method METHOD = Abis.ACCELERATOR.method("AddPhase");

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
        if (project.status() != Project.ACTIVE_STATUS) throw VmErrors.PERMISSION_DENIED.exception();
        Optional<Phase> current = AcceleratorSupport.currentPhase(context.storage(), project);
        if (current.isPresent() && current.get().status() != Project.PAID_STATUS) throw VmErrors.PERMISSION_DENIED.exception();

        long now = context.frontierMomentum().timestamp();
        Phase phase = new Phase(send.hash(), project.id(), p.name(), p.description(), p.url(), p.znnFundsNeeded(), p.qsrFundsNeeded(),
                now, 0, Project.VOTING_STATUS);
        AcceleratorSupport.save(context, phase);

        List<Hash> phaseIds = new ArrayList<>(project.phaseIds());
        phaseIds.add(phase.id());
        Project updated = new Project(project.id(), project.owner(), project.name(), project.description(), project.url(),
                project.znnFundsNeeded(), project.qsrFundsNeeded(), project.creationTimestamp(), now, project.status(), phaseIds);
        AcceleratorSupport.save(context, updated);
        AcceleratorSupport.markVotable(context, send.hash());

        // checked after the writes, as go-zenon does; a failure rolls the whole receive back
        AcceleratorSupport.checkPhaseFunds(context.storage(), updated);
        AcceleratorSupport.log(context).debug("successfully created phase", "phase", AcceleratorSupport.format(phase));
        return List.of();
    }
}
