package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.PillarReader;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.StakeInfo;
import java.math.BigInteger;
import java.util.List;

/**
 * Stake {@code Update()}: rate-limited; for every finished epoch not yet rewarded, shares the epoch's staking QSR
 * among the entries by weighted amount × seconds staked within the epoch, and deletes entries revoked before the
 * epoch's end (go-zenon implementation/stake.go UpdateEmbeddedStakeMethod).
 */
public final class UpdateEmbeddedStakeMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.STAKE.method("Update");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Calls.decode(METHOD, block.data());
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        validateSendBlock(sendBlock);
        Updates.checkAndPerformUpdate(context);
        VmLog.Logger log = context.contractLog("stake");
        Updates.rewardDueEpochs(context, log, epoch -> rewardEpoch(context, epoch, log));
        return List.of();
    }

    private static void rewardEpoch(AccountVmContext context, long epoch, VmLog.Logger log) {
        PillarReader.EpochTicker ticker = context.pillarReader().epochTicker();
        long start = ticker.startTime(epoch);
        long end = ticker.endTime(epoch);
        BigInteger total = Rewards.stakeQsrRewardPerEpoch(epoch);
        State storage = context.storage();
        List<StakeInfo> entries = StakeState.all(storage);

        BigInteger cumulated = BigInteger.ZERO;
        for (StakeInfo s : entries) cumulated = cumulated.add(weight(s, start, end));
        log.debug("updating stake reward", "epoch", Long.toUnsignedString(epoch), "total-reward", total, "cumulated-stake", cumulated,
                "start-time", start, "end-time", end);
        if (cumulated.signum() == 0) return;

        for (StakeInfo s : entries) {
            BigInteger reward = Rewards.proRata(total, weight(s, start, end), cumulated);
            // written even when zero, like go-zenon
            CommonState.addReward(storage, epoch, s.stakeAddress(), BigInteger.ZERO, reward);
            log.debug("giving rewards", "address", s.stakeAddress(), "id", s.id(), "epoch", Long.toUnsignedString(epoch), "qsr-amount", reward);
            if (s.revokeTime() != 0 && s.revokeTime() < end) {
                log.debug("deleted stake entry", "id", s.id(), "revoke-time", s.revokeTime());
                storage.delete(s.storageKey());
            }
        }
    }

    private static BigInteger weight(StakeInfo s, long start, long end) {
        return Rewards.stakeWeight(s.weightedAmount(), s.startTime(), s.revokeTime(), start, end);
    }
}
