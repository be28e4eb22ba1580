package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.Project;
import java.util.List;

/**
 * Accelerator {@code CreateProject(string name, string description, string url, uint256 znnFundsNeeded,
 * uint256 qsrFundsNeeded)}: for a fee of exactly 1 ZNN, stores a project in voting status whose id is the send hash
 * and opens it to pillar votes (go-zenon implementation/accelerator.go CreateProjectMethod).
 */
public final class AcceleratorCreateProject implements EmbeddedMethod {
    private static final Method METHOD = Abis.ACCELERATOR.method("CreateProject");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        AcceleratorSupport.Params p = AcceleratorSupport.Params.ofProject(Calls.decode(METHOD, block.data()));
        AcceleratorSupport.checkMetadata(p);
        if (!block.tokenStandard().equals(TokenStandard.ZNN) || block.amount().compareTo(AcceleratorSupport.PROJECT_CREATION_AMOUNT) != 0) {
            throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        }
        return Calls.withData(block, METHOD.encode(p.name(), p.description(), p.url(), p.znnFundsNeeded(), p.qsrFundsNeeded()));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(context, sendBlock);
        AcceleratorSupport.requireRunning(context);
        AcceleratorSupport.Params p = AcceleratorSupport.Params.ofProject(Calls.decode(METHOD, send.data()));
        long now = context.frontierMomentum().timestamp();

        Project project = new Project(send.hash(), send.address(), p.name(), p.description(), p.url(), p.znnFundsNeeded(),
                p.qsrFundsNeeded(), now, now, Project.VOTING_STATUS, List.of());
        AcceleratorSupport.save(context, project);
        AcceleratorSupport.markVotable(context, send.hash());
        AcceleratorSupport.log(context).debug("successfully create project", "project", AcceleratorSupport.format(project));
        return List.of();
    }
}
