package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.Phase;
import io.unikernelz.vm.embedded.definition.Project;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Accelerator {@code Update()}: at most once per {@code updateMinNumMomentums}, settles votes (go-zenon
 * implementation/accelerator.go UpdateEmbeddedAcceleratorMethod). A project in voting becomes active while its 14-day
 * window is open and its votes pass, and closed once the window is over. An active project's current phase whose
 * votes pass is paid to the owner — one ZNN and one QSR descendant (possibly of amount 0) with the phase id as data —
 * when the contract holds the funds, at most {@link AcceleratorSupport#MAX_BLOCKS_PER_UPDATE} descendants per call.
 * Projects are visited in a stable order of their current phase's creation time (now for projects without one).
 */
public final class AcceleratorUpdate implements EmbeddedMethod {
    private static final Method METHOD = Abis.ACCELERATOR.method("Update");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_W_RESPONSE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Calls.decode(METHOD, block.data());
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        validateSendBlock(context, sendBlock);
        AcceleratorSupport.requireRunning(context);
        Updates.checkAndPerformUpdate(context);

        StateReader storage = context.storage();
        long pillars = AcceleratorSupport.activePillars(context).size();
        long now = context.frontierMomentum().timestamp();
        BigInteger znnBalance = context.balance(TokenStandard.ZNN);
        BigInteger qsrBalance = context.balance(TokenStandard.QSR);
        VmLog.Logger log = AcceleratorSupport.log(context);

        List<Ordered> projects = new ArrayList<>();
        for (Project p : AcceleratorSupport.projects(storage)) {
            projects.add(new Ordered(p, AcceleratorSupport.currentPhase(storage, p).map(Phase::creationTimestamp).orElse(now)));
        }
        projects.sort(Comparator.comparingLong(Ordered::phaseCreation)); // List.sort is stable, like go's sort.SliceStable

        List<AccountBlock> payouts = new ArrayList<>();
        for (Ordered entry : projects) {
            Project project = entry.project();
            if (project.status() == Project.VOTING_STATUS) {
                // go-zenon settles a project only while its voting window is still open; afterwards it is closed
                if (project.creationTimestamp() + AcceleratorSupport.PROJECT_VOTING_PERIOD >= now) {
                    boolean passed = AcceleratorSupport.votesPass(context, project.id(), pillars);
                    log.debug("project passed voting period", "project-id", project.id(), "passed-votes", passed);
                    if (passed) AcceleratorSupport.save(context, with(project, Project.ACTIVE_STATUS, now));
                } else {
                    AcceleratorSupport.save(context, with(project, Project.CLOSED_STATUS, project.lastUpdateTimestamp()));
                }
            } else if (project.status() == Project.ACTIVE_STATUS) {
                Optional<Phase> current = AcceleratorSupport.currentPhase(context.storage(), project);
                if (current.isEmpty() || current.get().status() != Project.VOTING_STATUS) continue;
                Phase phase = current.get();
                if (!(AcceleratorSupport.votesPass(context, phase.id(), pillars) && payouts.size() < AcceleratorSupport.MAX_BLOCKS_PER_UPDATE)) {
                    log.debug("not enough votes to finish phase", "project-id", project.id(), "phase-id", phase.id());
                    continue;
                }
                try {
                    AcceleratorSupport.checkPhaseFunds(context.storage(), project);
                } catch (NomException e) {
                    continue;
                }
                if (znnBalance.compareTo(phase.znnFundsNeeded()) < 0 || qsrBalance.compareTo(phase.qsrFundsNeeded()) < 0) continue;

                znnBalance = znnBalance.subtract(phase.znnFundsNeeded());
                payouts.add(payout(project.owner(), phase.znnFundsNeeded(), TokenStandard.ZNN, phase));
                qsrBalance = qsrBalance.subtract(phase.qsrFundsNeeded());
                payouts.add(payout(project.owner(), phase.qsrFundsNeeded(), TokenStandard.QSR, phase));

                Phase paid = new Phase(phase.id(), phase.projectId(), phase.name(), phase.description(), phase.url(),
                        phase.znnFundsNeeded(), phase.qsrFundsNeeded(), phase.creationTimestamp(), now, Project.PAID_STATUS);
                AcceleratorSupport.save(context, paid);
                int status = AcceleratorSupport.phasesCoverProject(context.storage(), project) ? Project.COMPLETED_STATUS : project.status();
                AcceleratorSupport.save(context, with(project, status, now));
                log.debug("finishing and paying phase", "project-id", project.id(), "phase-id", phase.id(), "znn-amount",
                        phase.znnFundsNeeded(), "qsr-amount", phase.qsrFundsNeeded());
            }
        }
        return payouts;
    }

    /** A project with its sort key: its current phase's creation time, or now. */
    private record Ordered(Project project, long phaseCreation) {}

    private static AccountBlock payout(Address owner, BigInteger amount, TokenStandard zts, Phase phase) {
        return Calls.send(Address.ACCELERATOR, owner, amount, zts, phase.id().bytes());
    }

    private static Project with(Project p, int status, long lastUpdateTimestamp) {
        return new Project(p.id(), p.owner(), p.name(), p.description(), p.url(), p.znnFundsNeeded(), p.qsrFundsNeeded(),
                p.creationTimestamp(), lastUpdateTimestamp, status, p.phaseIds());
    }
}
