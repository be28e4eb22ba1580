package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.LiquidityInfo;
import io.unikernelz.vm.embedded.definition.LiquidityStakeEntry;
import io.unikernelz.vm.embedded.definition.TokenTuple;
import java.math.BigInteger;
import java.util.List;

/**
 * Liquidity {@code LiquidityStake(durationInSec)} (go-zenon implementation/liquidity.go LiquidityStakeMethod): locks
 * the sent tokens for 1 to 12 staking units (30 days on mainnet) if a token tuple names the token and the amount
 * reaches its minimum; the entry's weight is amount × units. Staking stays open while the contract is halted.
 */
public final class LiquidityStake implements EmbeddedMethod {
    private static final Method METHOD = Abis.LIQUIDITY.method("LiquidityStake");
    /** go-zenon LiquidityStakeWeights: the weight of 0..12 staking units. */
    private static final long MAX_WEIGHTED_UNITS = 12;

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
        LiquidityInfo info = LiquidityState.liquidityInfo(context);

        String token = send.tokenStandard().toString();
        TokenTuple tuple = info.tokenTuples().stream().filter(t -> t.tokenStandard().equals(token)).findFirst()
                .orElseThrow(VmErrors.INVALID_TOKEN::exception);
        if (send.amount().compareTo(tuple.minAmount()) < 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();

        long units = seconds / context.parameters().stakeTimeUnitSec();
        // go-zenon indexes its 13-entry weight table; a longer period would be an out-of-range panic there
        if (units > MAX_WEIGHTED_UNITS) throw new IllegalStateException("no liquidity stake weight for " + units + " staking units");
        BigInteger weighted = BigInteger.valueOf(units).multiply(send.amount());
        LiquidityStakeEntry entry = new LiquidityStakeEntry(send.address(), send.hash(), send.amount(), send.tokenStandard(), weighted, now, 0,
                now + seconds);
        LiquidityState.save(context.storage(), entry);
        // go-zenon logs this with the stake contract's logger
        context.contractLog("stake").debug("created liquidity stake entry", "id", entry.id(), "owner", entry.stakeAddress(), "amount",
                entry.amount(), "weighted-amount", entry.weightedAmount(), "duration-in-days", seconds / 24 / 60 / 60);
        return List.of();
    }
}
