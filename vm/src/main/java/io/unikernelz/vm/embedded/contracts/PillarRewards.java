package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.types.Address;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.PillarReader;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.embedded.definition.PillarEpochHistory;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pillar contract's epoch payout (go-zenon computeDetailedPillarReward): each pillar with statistics for the
 * epoch gets its reward minus the share it gives away, recorded in its epoch history; the given share goes to its
 * delegators pro rata by their epoch-average weight, or back to the pillar when nobody delegated.
 */
final class PillarRewards {
    private PillarRewards() {}

    /** go-zenon computePillarsRewardForEpoch: per pillar name, in name order (which is the order of the log lines). */
    static Map<String, Rewards.PillarEpochReward> rewardsForEpoch(PillarReader.EpochStats stats, VmLog.Logger log) {
        Map<String, Rewards.PillarEpochReward> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(stats.pillars().keySet());
        // Go sorts strings by bytes; for UTF-16 this differs only with surrogates, which valid names never contain
        names.sort(String::compareTo);
        for (String name : names) {
            Rewards.PillarEpochReward reward = Rewards.pillarRewardForEpoch(stats, name, Rewards.MOMENTUMS_PER_EPOCH);
            PillarReader.EpochPillarStats self = stats.pillars().get(name);
            if (self.expectedBlockNum() != 0) {
                log.debug("computer pillar-reward", "epoch", Long.toUnsignedString(stats.epoch()), "pillar-name", name, "reward",
                        "&" + GoStructs.pillarReward(reward), "total-weight", stats.totalWeight(), "self-weight", self.weight());
            }
            out.put(name, reward);
        }
        return out;
    }

    static void distribute(AccountVmContext context, long epoch, VmLog.Logger log) {
        PillarReader reader = context.pillarReader();
        Map<String, Rewards.PillarEpochReward> rewards = rewardsForEpoch(reader.epochStats(epoch), log);
        State storage = context.storage();
        List<PillarInfo> pillars = PillarState.pillars(storage, false, PillarInfo.ANY_PILLAR_TYPE);

        Map<String, BigInteger> toGive = new HashMap<>();
        for (PillarInfo pillar : pillars) {
            Rewards.PillarEpochReward reward = rewards.get(pillar.name());
            if (reward == null) continue; // registered after the epoch
            PillarEpochHistory history = new PillarEpochHistory(pillar.name(), epoch, pillar.giveBlockRewardPercentage(),
                    pillar.giveDelegateRewardPercentage(), reward.producedBlockNum(), reward.expectedBlockNum(), reward.weight());
            storage.put(history.storageKey(), history.encodeValue());

            BigInteger share = Rewards.pillarShareToDelegators(reward, pillar.giveBlockRewardPercentage(), pillar.giveDelegateRewardPercentage());
            toGive.put(pillar.name(), share);
            CommonState.addReward(storage, epoch, pillar.rewardWithdrawAddress(), reward.totalReward().subtract(share), BigInteger.ZERO);
        }
        if (toGive.size() != rewards.size()) {
            throw new NomError("ErrPillarRewardsNotDistributed", "some pillar rewards were not distributed. toGive " + toGive.size()
                    + " all " + rewards.size() + " registered pillars " + pillars.size()).exception();
        }

        for (PillarReader.PillarDelegationDetail detail : reader.pillarDelegationsByEpoch(epoch).values()) {
            BigInteger toBackers = toGive.get(detail.name());
            if (toBackers == null) {
                throw new NomError("ErrPillarBackersReward", "can't find amount to backers for pillar " + detail.name()).exception();
            }
            BigInteger backersWeight = BigInteger.ZERO;
            for (BigInteger amount : detail.backers().values()) backersWeight = backersWeight.add(amount);
            if (backersWeight.signum() == 0) {
                // nobody to share with: the pillar keeps it
                for (PillarInfo pillar : pillars) {
                    if (pillar.name().equals(detail.name())) {
                        CommonState.addReward(storage, epoch, pillar.rewardWithdrawAddress(), toBackers, BigInteger.ZERO);
                        break;
                    }
                }
                continue;
            }
            for (Map.Entry<Address, BigInteger> backer : detail.backers().entrySet()) {
                CommonState.addReward(storage, epoch, backer.getKey(), Rewards.proRata(toBackers, backer.getValue(), backersWeight),
                        BigInteger.ZERO);
            }
        }
    }
}
