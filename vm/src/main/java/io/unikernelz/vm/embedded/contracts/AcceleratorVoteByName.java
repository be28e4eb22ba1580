package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import io.unikernelz.vm.embedded.definition.PillarVote;
import java.util.List;

/**
 * Accelerator {@code VoteByName(hash id, string name, uint8 vote)}: the owner (stake address) of an active pillar
 * votes yes (0), no (1) or abstain (2) on a project or phase; a new vote replaces the pillar's previous one (go-zenon
 * implementation/common.go VoteByNameMethod, registered for the Accelerator only).
 */
public final class AcceleratorVoteByName implements EmbeddedMethod {
    private static final Method METHOD = Abis.ACCELERATOR.method("VoteByName");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        PillarVote vote = vote(block);
        if (vote.vote() >= PillarVote.VOTE_NOT_VALID) throw VmErrors.FORBIDDEN_PARAM.exception();
        if (block.amount().signum() != 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        return Calls.withData(block, METHOD.encode(vote.id(), vote.name(), vote.vote()));
    }

    private static PillarVote vote(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        return new PillarVote(v.hash("id"), v.string("name"), v.intValue("vote"));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(context, sendBlock);
        PillarVote vote = vote(send);
        if (!AcceleratorSupport.isVotable(context.storage(), vote.id())) throw VmErrors.DATA_NON_EXISTENT.exception();

        boolean owner = false;
        for (PillarInfo pillar : AcceleratorSupport.activePillars(context)) {
            if (pillar.name().equals(vote.name()) && pillar.stakeAddress().equals(send.address())) {
                owner = true;
                break;
            }
        }
        if (!owner) {
            context.contractLog("common").debug("unable to find pillar", "param", AcceleratorSupport.format(vote), "send-block-address",
                    send.address());
            throw VmErrors.FORBIDDEN_PARAM.exception();
        }
        context.storage().put(vote.storageKey(), vote.encodeValue());
        context.contractLog("common").debug("voted for hash", "pillar-vote", AcceleratorSupport.format(vote));
        return List.of();
    }
}
