package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.Momentum;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.embedded.definition.LastEpochUpdate;
import io.unikernelz.vm.embedded.definition.LastUpdate;
import java.util.function.LongConsumer;

/**
 * The rate limits of the reward-paying contracts' {@code Update()} (go-zenon implementation/common.go): at most one
 * effective update per {@link ContractParameters#updateMinNumMomentums()} momentums, and an epoch is rewarded once
 * its end plus {@link ContractParameters#rewardTimeLimit()} seconds lies before the acknowledged momentum. The
 * parameters are the context's.
 */
public final class Updates {
    private Updates() {}

    /** go-zenon CanPerformUpdate: {@code lastUpdate + updateMinNumMomentums ≤ frontier height}. */
    public static boolean canPerformUpdate(AccountVmContext context) {
        ContractParameters params = context.parameters();
        long last = CommonState.lastUpdate(context.storage()).height();
        long height = context.frontierMomentum().height();
        return Long.compareUnsigned(last + params.updateMinNumMomentums(), height) <= 0;
    }

    /**
     * go-zenon checkAndPerformUpdate: records the frontier height as the last update, or throws
     * {@code ErrUpdateTooRecent}.
     */
    static void checkAndPerformUpdate(AccountVmContext context) {
        if (!canPerformUpdate(context)) throw VmErrors.UPDATE_TOO_RECENT.exception();
        State storage = context.storage();
        LastUpdate last = CommonState.lastUpdate(storage);
        long height = context.frontierMomentum().height();
        context.contractLog("common").debug("updating contract state", "contract", context.address(), "current-height",
                Long.toUnsignedString(height), "last-update-height", Long.toUnsignedString(last.height()));
        LastUpdate updated = new LastUpdate(height);
        storage.put(updated.storageKey(), updated.encodeValue());
    }

    /** go-zenon CanPerformEpochUpdate: whether the epoch after {@code last} ended at least the reward time limit ago. */
    public static boolean canPerformEpochUpdate(AccountVmContext context, LastEpochUpdate last) {
        ContractParameters params = context.parameters();
        long end = context.pillarReader().epochTicker().endTime(last.lastEpoch() + 1);
        Momentum frontier = context.frontierMomentum();
        return frontier.timestamp() >= end + params.rewardTimeLimit();
    }

    /**
     * go-zenon's update loops (updatePillarRewards, updateSentinelRewards, updateStakeRewards): while the next epoch
     * is due, advance and store the last-epoch marker, then reward that epoch; when the next one is not due, log it
     * and stop.
     */
    static void rewardDueEpochs(AccountVmContext context, VmLog.Logger log, LongConsumer rewardEpoch) {
        LastEpochUpdate last = CommonState.lastEpochUpdate(context.storage());
        while (true) {
            if (!canPerformEpochUpdate(context, last)) {
                log.debug("invalid update - rewards not due yet", "epoch", last.lastEpoch() + 1);
                return;
            }
            last = new LastEpochUpdate(last.lastEpoch() + 1);
            State storage = context.storage();
            storage.put(last.storageKey(), last.encodeValue());
            rewardEpoch.accept(last.lastEpoch());
        }
    }
}
