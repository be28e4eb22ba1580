package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.PillarReader;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.definition.LastEpochUpdate;
import io.unikernelz.vm.embedded.definition.LiquidityInfo;
import io.unikernelz.vm.embedded.definition.LiquidityStakeEntry;
import io.unikernelz.vm.embedded.definition.TokenTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two generations of the liquidity contract's {@code Update()} (go-zenon implementation/liquidity.go): before
 * the Bridge and Liquidity spork the contract mints each due epoch's liquidity share to itself; from the spork on it
 * shares one epoch per call among the liquidity stakers.
 */
final class LiquidityRewards {
    static final Method UPDATE = Abis.LIQUIDITY.method("Update");
    private static final Method MINT = Abis.TOKEN.method("Mint");
    private static final Method BURN = Abis.TOKEN.method("Burn");
    /** go-zenon MaxEpochsPerUpdate, compared with the number of descendant blocks (two per epoch). */
    static final int MAX_BLOCKS_PER_UPDATE = 20;

    private LiquidityRewards() {}

    static AccountBlock validate(AccountBlock block) {
        Calls.decode(UPDATE, block.data());
        Calls.requireNoAmount(block);
        return Calls.withData(block, UPDATE.encode());
    }

    /** The shared start of both updates: re-validation and the update rate limit, each failure logged as go-zenon does. */
    static void checkUpdate(AccountVmContext context, AccountBlock sendBlock, VmLog.Logger log) {
        try {
            validate(sendBlock);
        } catch (NomException e) {
            log.debug("invalid update - syntactic validation failed", "address", sendBlock.address(), "reason", e.getMessage());
            throw e;
        }
        try {
            Updates.checkAndPerformUpdate(context);
        } catch (NomException e) {
            log.debug("invalid update - cannot perform update", "address", sendBlock.address(), "reason", e.getMessage());
            throw e;
        }
    }

    /**
     * go-zenon updateLiquidityRewards (before the spork): for every due epoch, two Mint calls to the token contract
     * (ZNN then QSR share, to this contract) whose token standard is the zero one. The epoch marker advances before
     * the 20-block cap is tested, so the epoch found due when the cap is hit is skipped for good.
     */
    static List<AccountBlock> mintDueEpochs(AccountVmContext context, VmLog.Logger log) {
        State storage = context.storage();
        LastEpochUpdate last = CommonState.lastEpochUpdate(storage);
        List<AccountBlock> out = new ArrayList<>();
        while (true) {
            boolean due = Updates.canPerformEpochUpdate(context, last);
            if (due) {
                last = new LastEpochUpdate(last.lastEpoch() + 1);
                storage.put(last.storageKey(), last.encodeValue());
            }
            if (!due || out.size() >= MAX_BLOCKS_PER_UPDATE) {
                log.debug("invalid update - rewards not due yet", "epoch", last.lastEpoch() + 1);
                return out;
            }
            Rewards.ZnnQsr share = Rewards.liquidityRewardForEpoch(last.lastEpoch());
            log.debug("updating liquidity reward", "epoch", Long.toUnsignedString(last.lastEpoch()), "znn-amount", share.znn(),
                    "qsr-amount", share.qsr());
            out.addAll(mintToSelf(context, share));
        }
    }

    /** The two Mint calls that give this contract an epoch's share; amount 0 and the zero token standard, as go-zenon builds them. */
    private static List<AccountBlock> mintToSelf(AccountVmContext context, Rewards.ZnnQsr share) {
        return List.of(mint(context, TokenStandard.ZNN, share.znn()), mint(context, TokenStandard.QSR, share.qsr()));
    }

    private static AccountBlock mint(AccountVmContext context, TokenStandard coin, BigInteger amount) {
        return Calls.send(context.address(), Address.TOKEN, BigInteger.ZERO, TokenStandard.ZERO, MINT.encode(coin, amount, Address.LIQUIDITY));
    }

    /**
     * go-zenon updateLiquidityStakeRewards (from the spork on): rewards the next epoch if it is due, else logs that
     * it is not and does nothing.
     */
    static List<AccountBlock> rewardNextEpoch(AccountVmContext context, VmLog.Logger log) {
        State storage = context.storage();
        LastEpochUpdate last = CommonState.lastEpochUpdate(storage);
        if (!Updates.canPerformEpochUpdate(context, last)) {
            log.debug("invalid update - rewards not due yet", "epoch", last.lastEpoch() + 1);
            return List.of();
        }
        LastEpochUpdate next = new LastEpochUpdate(last.lastEpoch() + 1);
        storage.put(next.storageKey(), next.encodeValue());
        return rewardStakers(context, next.lastEpoch(), log);
    }

    /**
     * go-zenon computeLiquidityStakeRewardsForEpoch. While halted the epoch's share is simply minted to the contract.
     * Otherwise the additional rewards (when the balance covers both) are burned from the balance and added to the
     * epoch's share; each token tuple gets its percentage of the total, shared among that token's entries by weighted
     * amount × seconds staked in the epoch (accrued as uncollected rewards); entries revoked before the epoch's end
     * are then deleted; whatever the division leaves undistributed is minted back to the contract.
     */
    private static List<AccountBlock> rewardStakers(AccountVmContext context, long epoch, VmLog.Logger log) {
        State storage = context.storage();
        LiquidityInfo info = LiquidityState.liquidityInfo(context);
        Rewards.ZnnQsr share = Rewards.liquidityRewardForEpoch(epoch);
        if (info.isHalted()) return mintToSelf(context, share);

        BigInteger totalZnn = share.znn();
        BigInteger totalQsr = share.qsr();
        List<AccountBlock> out = new ArrayList<>();
        if (context.balance(TokenStandard.ZNN).compareTo(info.znnReward()) >= 0 && context.balance(TokenStandard.QSR).compareTo(info.qsrReward()) >= 0) {
            if (info.znnReward().signum() > 0) {
                totalZnn = totalZnn.add(info.znnReward());
                out.add(Calls.send(Address.LIQUIDITY, Address.TOKEN, info.znnReward(), TokenStandard.ZNN, BURN.encode()));
                log.debug("distribute znn rewards from the liquidity contract", "znn-amount", info.znnReward());
            }
            if (info.qsrReward().signum() > 0) {
                totalQsr = totalQsr.add(info.qsrReward());
                out.add(Calls.send(Address.LIQUIDITY, Address.TOKEN, info.qsrReward(), TokenStandard.QSR, BURN.encode()));
                log.debug("distribute qsr rewards from the liquidity contract", "qsr-amount", info.qsrReward());
            }
        }

        PillarReader.EpochTicker ticker = context.pillarReader().epochTicker();
        long start = ticker.startTime(epoch);
        long end = ticker.endTime(epoch);
        String epochText = Long.toUnsignedString(epoch);
        log.debug("updating liquidity stake reward", "epoch", epochText, "znn-total-amount", totalZnn, "qsr-total-amount", totalQsr);

        // keyed by the tuple's token standard text exactly as stored; entries look up their token's canonical text
        Map<String, BigInteger> znnByToken = new HashMap<>();
        Map<String, BigInteger> qsrByToken = new HashMap<>();
        BigInteger whole = BigInteger.valueOf(LiquidityState.TOTAL_PERCENTAGES);
        for (TokenTuple t : info.tokenTuples()) {
            BigInteger znn = totalZnn.multiply(BigInteger.valueOf(t.znnPercentage())).divide(whole);
            BigInteger qsr = totalQsr.multiply(BigInteger.valueOf(t.qsrPercentage())).divide(whole);
            znnByToken.put(t.tokenStandard(), znn);
            qsrByToken.put(t.tokenStandard(), qsr);
            log.debug("calculating percentages for each token", "epoch", epochText, "token-standard", t.tokenStandard(), "znn-percentage",
                    t.znnPercentage(), "qsr-percentage", t.qsrPercentage(), "znn-rewards", znn, "qsr-rewards", qsr);
        }

        List<LiquidityStakeEntry> entries = LiquidityState.allStakeEntries(storage);
        Map<String, BigInteger> cumulated = new HashMap<>();
        for (LiquidityStakeEntry e : entries) cumulated.merge(e.tokenStandard().toString(), weight(e, start, end), BigInteger::add);

        BigInteger paidZnn = BigInteger.ZERO;
        BigInteger paidQsr = BigInteger.ZERO;
        for (LiquidityStakeEntry e : entries) {
            String token = e.tokenStandard().toString();
            BigInteger znnPool = znnByToken.get(token);
            BigInteger qsrPool = qsrByToken.get(token);
            BigInteger total = cumulated.get(token);
            // go-zenon skips (and so keeps) entries of tokens without a tuple or without any stake in the epoch
            if (znnPool == null || qsrPool == null || total == null || total.signum() == 0) continue;
            BigInteger w = weight(e, start, end);
            BigInteger znn = znnPool.multiply(w).divide(total);
            BigInteger qsr = qsrPool.multiply(w).divide(total);
            CommonState.addReward(storage, epoch, e.stakeAddress(), znn, qsr);
            paidZnn = paidZnn.add(znn);
            paidQsr = paidQsr.add(qsr);
            log.debug("updating liquidity stake reward", "id", e.id(), "stake-address", e.stakeAddress(), "token-standard", e.tokenStandard(),
                    "znn-amount", znn, "qsr-amount", qsr);
            if (e.revokeTime() != 0 && e.revokeTime() < end) storage.delete(e.storageKey());
        }
        if (paidZnn.compareTo(totalZnn) > 0 || paidQsr.compareTo(totalQsr) > 0) throw VmErrors.INVALID_REWARDS.exception();
        if (paidZnn.compareTo(totalZnn) < 0) {
            BigInteger rest = totalZnn.subtract(paidZnn);
            out.add(mint(context, TokenStandard.ZNN, rest));
            log.debug("updating liquidity balance", "epoch", epochText, "znnReward", rest);
        }
        if (paidQsr.compareTo(totalQsr) < 0) {
            BigInteger rest = totalQsr.subtract(paidQsr);
            out.add(mint(context, TokenStandard.QSR, rest));
            log.debug("updating liquidity balance", "epoch", epochText, "qsrReward", rest);
        }
        return out;
    }

    /** go-zenon getWeightedLiquidityStake: weighted amount × seconds the entry was staked within the epoch. */
    private static BigInteger weight(LiquidityStakeEntry e, long epochStart, long epochEnd) {
        return Rewards.stakeWeight(e.weightedAmount(), e.startTime(), e.revokeTime(), epochStart, epochEnd);
    }
}
