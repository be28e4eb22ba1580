package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Hash;
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
 * Accelerator {@code VoteByProdAddress(hash id, uint8 vote)}: as {@link AcceleratorVoteByName}, but the pillar is the
 * first active pillar (in storage order) whose block-producing address sent the call (go-zenon
 * implementation/common.go VoteByProdAddressMethod).
 */
public final class AcceleratorVoteByProdAddress implements EmbeddedMethod {
    private static final Method METHOD = Abis.ACCELERATOR.method("VoteByProdAddress");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        Hash id = v.hash("id");
        int vote = v.intValue("vote");
        if (vote >= PillarVote.VOTE_NOT_VALID) throw VmErrors.FORBIDDEN_PARAM.exception();
        if (block.amount().signum() != 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        return Calls.withData(block, METHOD.encode(id, vote));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(context, sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        Hash id = v.hash("id");
        int choice = v.intValue("vote");
        if (!AcceleratorSupport.isVotable(context.storage(), id)) throw VmErrors.DATA_NON_EXISTENT.exception();

        PillarInfo producer = null;
        for (PillarInfo pillar : AcceleratorSupport.activePillars(context)) {
            if (pillar.blockProducingAddress().equals(send.address())) {
                producer = pillar;
                break;
            }
        }
        if (producer == null) {
            context.contractLog("common").debug("unable to find pillar", "param", AcceleratorSupport.format(new PillarVote(id, "", choice)),
                    "send-block-address", send.address());
            throw VmErrors.FORBIDDEN_PARAM.exception();
        }
        PillarVote vote = new PillarVote(id, producer.name(), choice);
        context.storage().put(vote.storageKey(), vote.encodeValue());
        context.contractLog("common").debug("voted for hash", "pillar-vote", AcceleratorSupport.format(vote));
        return List.of();
    }
}
