package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.PillarReader;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.SentinelInfo;
import java.math.BigInteger;
import java.util.List;

/**
 * Sentinel {@code Update()}: rate-limited; for every finished epoch not yet rewarded, shares the epoch's sentinel ZNN
 * and QSR equally among the sentinels that were registered for more than 90 % of it (go-zenon
 * implementation/sentinel.go UpdateEmbeddedSentinelMethod).
 */
public final class UpdateEmbeddedSentinelMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.SENTINEL.method("Update");

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
        VmLog.Logger log = context.contractLog("sentinel");
        try {
            validateSendBlock(sendBlock);
        } catch (NomException e) {
            log.debug("invalid update - syntactic validation failed", "address", sendBlock.address(), "reason", e.error().message());
            throw e;
        }
        try {
            Updates.checkAndPerformUpdate(context);
        } catch (NomException e) {
            log.debug("invalid update - cannot perform update", "address", sendBlock.address(), "reason", e.error().message());
            throw e;
        }
        Updates.rewardDueEpochs(context, log, epoch -> rewardEpoch(context, epoch, log));
        return List.of();
    }

    private static void rewardEpoch(AccountVmContext context, long epoch, VmLog.Logger log) {
        PillarReader.EpochTicker ticker = context.pillarReader().epochTicker();
        long start = ticker.startTime(epoch);
        long end = ticker.endTime(epoch);
        Rewards.ZnnQsr total = Rewards.sentinelRewardForEpoch(epoch);
        State storage = context.storage();
        List<SentinelInfo> sentinels = SentinelState.all(storage);

        BigInteger cumulated = BigInteger.ZERO;
        for (SentinelInfo s : sentinels) cumulated = cumulated.add(weight(s, start, end));
        String epochText = Long.toUnsignedString(epoch);
        log.debug("updating sentinel reward", "epoch", epochText, "total-znn-reward", total.znn(), "total-qsr-reward", total.qsr(),
                "cumulated-sentinel", cumulated, "start-time", start, "end-time", end);
        if (cumulated.signum() == 0) return;

        for (SentinelInfo s : sentinels) {
            BigInteger weight = weight(s, start, end);
            if (weight.signum() == 0) continue;
            BigInteger znn = Rewards.proRata(total.znn(), weight, cumulated);
            BigInteger qsr = Rewards.proRata(total.qsr(), weight, cumulated);
            log.debug("giving rewards", "address", s.owner(), "epoch", epochText, "znn-amount", znn, "qsr-amount", qsr);
            CommonState.addReward(storage, epoch, s.owner(), znn, qsr);
        }
    }

    private static BigInteger weight(SentinelInfo s, long start, long end) {
        return Rewards.sentinelWeight(s.registrationTimestamp(), s.revokeTimestamp(), start, end);
    }
}
