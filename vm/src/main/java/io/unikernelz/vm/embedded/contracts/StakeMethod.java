package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.StakeInfo;
import java.math.BigInteger;
import java.util.List;

/**
 * Stake {@code Stake(durationInSec)}: locks at least 1 ZNN for 1 to 12 whole staking units (30 days on mainnet); the
 * entry earns QSR by its weighted amount, {@code amount × (9 + units) / 10} (go-zenon implementation/stake.go). The
 * period rule depends on the network parameters, so the send-side check uses the context's.
 */
public final class StakeMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.STAKE.method("Stake");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        return validate(block, ContractParameters.mainnet());
    }

    @Override
    public AccountBlock validateSendBlock(AccountVmContext context, AccountBlock block) {
        return validate(block, context.parameters());
    }

    private static AccountBlock validate(AccountBlock block, ContractParameters params) {
        long seconds = Calls.decode(METHOD, block.data()).longValue("durationInSec");
        if (block.amount().compareTo(Amounts.STAKE_MIN_AMOUNT) < 0 || !block.tokenStandard().equals(TokenStandard.ZNN)) {
            throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        }
        if (seconds < params.stakeTimeMinSec() || seconds > params.stakeTimeMaxSec() || seconds % params.stakeTimeUnitSec() != 0) {
            throw VmErrors.INVALID_STAKING_PERIOD.exception();
        }
        return Calls.withData(block, METHOD.encode(seconds));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validate(sendBlock, context.parameters());
        long seconds = Calls.decode(METHOD, send.data()).longValue("durationInSec");
        long now = context.frontierMomentum().timestamp();
        BigInteger weighted = Rewards.weightedStakeAmount(send.amount(), seconds, context.parameters().stakeTimeUnitSec());
        StakeInfo info = new StakeInfo(send.address(), send.hash(), send.amount(), weighted, now, 0, now + seconds);
        context.storage().put(info.storageKey(), info.encodeValue());
        context.contractLog("stake").debug("created stake entry", "id", info.id(), "owner", info.stakeAddress(), "amount", info.amount(),
                "weighted-amount", info.weightedAmount(), "duration-in-days", seconds / 24 / 60 / 60);
        return List.of();
    }
}
