package io.unikernelz.vm.embedded.contracts;

import static io.unikernelz.vm.embedded.contracts.ContractFixture.GENESIS_TIME;
import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER1;
import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER2;
import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER3;
import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.definition.StakeInfo;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stake contract against go-zenon vm/embedded/tests/stake_test.go (one-hour epochs, one-hour staking unit). */
class StakeContractTest {
    private static final Method STAKE = Abis.STAKE.method("Stake");
    private static final Method CANCEL = Abis.STAKE.method("Cancel");
    private static final Method UPDATE = Abis.STAKE.method("Update");
    private static final Method COLLECT = Abis.STAKE.method("CollectReward");
    private static final long HOUR = 3600;

    private final ContractFixture stake = new ContractFixture(Address.STAKE);
    private final StakeMethod stakeMethod = new StakeMethod();
    private final CancelStakeMethod cancel = new CancelStakeMethod();
    private final UpdateEmbeddedStakeMethod update = new UpdateEmbeddedStakeMethod();
    private final CollectRewardMethod collect = new CollectRewardMethod(CollectRewardMethod.PLASMA_ORIGIN);

    @BeforeEach
    void goZenonTestConstants() {
        stake.parameters = ContractParameters.goZenonTests();
        stake.pillarReader = new FakePillarReader(GENESIS_TIME, HOUR);
    }

    private AccountBlock stakeSend(Address owner, long coins, long units) {
        return stake.send(owner, Amounts.coins(coins), TokenStandard.ZNN, STAKE.encode(units * HOUR));
    }

    private void updateAt(long height) {
        stake.at(height);
        stake.receive(update, stake.send(USER1, UPDATE.encode()));
    }

    private BigInteger uncollected(Address a) {
        return CommonState.rewardDeposit(stake.context().storage(), a).qsr();
    }

    @Test
    void stakeCreatesAWeightedEntry() {
        stake.at(2);
        AccountBlock send = stakeSend(USER1, 10, 2);
        stake.receive(stakeMethod, send);
        assertThat(StakeState.stakeInfo(stake.context().storage(), send.hash(), USER1)).contains(new StakeInfo(USER1, send.hash(),
                Amounts.coins(10), BigInteger.valueOf(1_100_000_000L), GENESIS_TIME + 10, 0, GENESIS_TIME + 7210));
        assertThat(stake.balance(TokenStandard.ZNN)).isEqualTo(Amounts.coins(10));
        assertThat(stake.logLines()).containsExactly("lvl=dbug msg=\"created stake entry\" module=embedded contract=stake id=" + send.hash()
                + " owner=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz amount=1000000000 weighted-amount=1100000000 duration-in-days=0");
    }

    @Test
    void weightsOfEveryPeriod() {
        for (long units = 1; units <= 12; units++) {
            assertThat(Rewards.weightedStakeAmount(BigInteger.valueOf(1000), units * 30 * 24 * 3600, 30 * 24 * 3600))
                    .isEqualTo(100 * (9 + units));
        }
    }

    @Test
    void stakeStaticRules() {
        ContractFixture.sendFails(stakeMethod, stake.send(USER1, Amounts.coins(1).subtract(BigInteger.ONE), TokenStandard.ZNN, STAKE.encode(HOUR)),
                VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(stakeMethod, stake.send(USER1, Amounts.coins(1), TokenStandard.QSR, STAKE.encode(HOUR)),
                VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(stakeMethod, stake.send(USER1, Amounts.coins(1), TokenStandard.ZNN, CANCEL.encode(Hash.ZERO)), VmErrors.UNPACK_ERROR);
        // mainnet: whole months from 1 to 12
        long month = 30 * 24 * 3600;
        stakeMethod.validateSendBlock(stake.send(USER1, Amounts.coins(1), TokenStandard.ZNN, STAKE.encode(month)));
        stakeMethod.validateSendBlock(stake.send(USER1, Amounts.coins(1), TokenStandard.ZNN, STAKE.encode(12 * month)));
        for (long bad : new long[] {0, -month, month - 1, month + 1, 13 * month, HOUR}) {
            ContractFixture.sendFails(stakeMethod, stake.send(USER1, Amounts.coins(1), TokenStandard.ZNN, STAKE.encode(bad)),
                    VmErrors.INVALID_STAKING_PERIOD);
        }
        // the send side uses the network's parameters
        assertThat(stakeMethod.validateSendBlock(stake.context(), stakeSend(USER1, 1, 1)).data()).isEqualTo(STAKE.encode(HOUR));
        assertThat(stakeMethod.plasma()).isEqualTo(52_500);
        assertThat(cancel.plasma()).isEqualTo(73_500);
        assertThat(update.plasma()).isEqualTo(52_500);
    }

    /** go-zenon TestStake_RevokeFromInvalidAddress. */
    @Test
    void cancelOnlyAfterExpiryAndOnlyByTheOwner() {
        stake.at(2);
        AccountBlock send = stakeSend(USER1, 10, 2);
        stake.receive(stakeMethod, send);
        stake.at(11);
        stake.receiveFails(cancel, stake.send(USER2, CANCEL.encode(send.hash())), VmErrors.DATA_NON_EXISTENT);
        stake.at(721);
        stake.receiveFails(cancel, stake.send(USER1, CANCEL.encode(send.hash())), VmErrors.REVOKE_NOT_DUE);
        stake.at(722); // 1000007210, the expiration
        stake.logs.clear();
        List<AccountBlock> out = stake.receive(cancel, stake.send(USER1, CANCEL.encode(send.hash())));
        assertThat(out).singleElement().satisfies(b -> {
            assertThat(b.toAddress()).isEqualTo(USER1);
            assertThat(b.amount()).isEqualTo(Amounts.coins(10));
            assertThat(b.tokenStandard()).isEqualTo(TokenStandard.ZNN);
            assertThat(b.dataAbsent()).isTrue();
        });
        StakeInfo revoked = StakeState.stakeInfo(stake.context().storage(), send.hash(), USER1).orElseThrow();
        assertThat(revoked.amount()).isZero();
        assertThat(revoked.revokeTime()).isEqualTo(GENESIS_TIME + 7210);
        assertThat(stake.logLines()).containsExactly("lvl=dbug msg=\"revoked stake entry\" module=embedded contract=stake id=" + send.hash()
                + " owner=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz start-time=1000000010 revoke-time=1000007210");
        // cancelling again (before an update deletes the entry) pays out nothing
        assertThat(stake.receive(cancel, stake.send(USER1, CANCEL.encode(send.hash()))).get(0).amount()).isZero();
        ContractFixture.sendFails(cancel, stake.send(USER1, BigInteger.ONE, TokenStandard.ZNN, CANCEL.encode(send.hash())),
                VmErrors.INVALID_TOKEN_OR_AMOUNT);
    }

    /** go-zenon TestStake_NoEntries: User1 from mid-epoch 0, User2 from mid-epoch 1. */
    @Test
    void rewardsAreProRataByWeightedSeconds() {
        stake.at(181);
        AccountBlock first = stakeSend(USER1, 100, 1);
        stake.receive(stakeMethod, first);
        stake.logs.clear();
        updateAt(361);
        assertThat(stake.logLines()).containsExactly(
                "lvl=dbug msg=\"updating contract state\" module=embedded contract=common contract=z1qxemdeddedxstakexxxxxxxxxxxxxxxxjv8v62 "
                        + "current-height=361 last-update-height=0",
                "lvl=dbug msg=\"updating stake reward\" module=embedded contract=stake epoch=0 total-reward=1000000000000 "
                        + "cumulated-stake=18000000000000 start-time=1000000000 end-time=1000003600",
                "lvl=dbug msg=\"giving rewards\" module=embedded contract=stake address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz id="
                        + first.hash() + " epoch=0 qsr-amount=1000000000000",
                "lvl=dbug msg=\"invalid update - rewards not due yet\" module=embedded contract=stake epoch=1");

        stake.at(541);
        AccountBlock second = stakeSend(USER2, 100, 1);
        stake.receive(stakeMethod, second);
        stake.logs.clear();
        updateAt(722);
        assertThat(stake.logLines()).contains(
                "lvl=dbug msg=\"updating stake reward\" module=embedded contract=stake epoch=1 total-reward=1000000000000 "
                        + "cumulated-stake=54000000000000 start-time=1000003600 end-time=1000007200",
                "lvl=dbug msg=\"giving rewards\" module=embedded contract=stake address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz id="
                        + first.hash() + " epoch=1 qsr-amount=666666666666",
                "lvl=dbug msg=\"giving rewards\" module=embedded contract=stake address=z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx id="
                        + second.hash() + " epoch=1 qsr-amount=333333333333");
        updateAt(1083);
        assertThat(uncollected(USER1)).isEqualTo(2_166_666_666_666L);
        assertThat(uncollected(USER2)).isEqualTo(833_333_333_333L);

        stake.at(1261);
        List<AccountBlock> paid = stake.receive(collect, stake.send(USER1, COLLECT.encode()));
        assertThat(paid).singleElement().satisfies(b -> assertThat(b.data())
                .isEqualTo(Abis.TOKEN.method("Mint").encode(TokenStandard.QSR, BigInteger.valueOf(2_166_666_666_666L), USER1)));
        assertThat(uncollected(USER1)).isZero();
    }

    /** go-zenon TestStake_MultipleCreation: four entries, one cancelled in the middle of epoch 2. */
    @Test
    void multipleEntriesWithACancellation() {
        stake.at(2);
        AccountBlock stake1 = stakeSend(USER1, 10, 1);
        stake.receive(stakeMethod, stake1);
        stake.receive(stakeMethod, stakeSend(USER1, 10, 4));
        stake.receive(stakeMethod, stakeSend(USER2, 50, 11));
        stake.receive(stakeMethod, stakeSend(USER3, 100, 6));
        assertThat(stake.balance(TokenStandard.ZNN)).isEqualTo(Amounts.coins(170));

        updateAt(361);
        assertThat(uncollected(USER1)).isEqualTo(84_249_084_249L);
        updateAt(722);
        stake.at(901);
        stake.receive(cancel, stake.send(USER1, CANCEL.encode(stake1.hash())));
        updateAt(1083);
        // the cancelled entry got its half epoch and is gone
        assertThat(StakeState.stakeInfo(stake.context().storage(), stake1.hash(), USER1)).isEmpty();
        assertThat(StakeState.all(stake.context().storage())).hasSize(3);
        updateAt(1444);
        assertThat(uncollected(USER1)).isEqualTo(285_092_005_395L);

        stake.at(1621);
        stake.receive(collect, stake.send(USER1, COLLECT.encode()));
        assertThat(uncollected(USER1)).isZero();
        updateAt(1805);
        assertThat(uncollected(USER1)).isEqualTo(49_429_657_794L);
        assertThat(uncollected(USER2)).isEqualTo(1_866_191_334_722L);
        assertThat(uncollected(USER3)).isEqualTo(2_799_287_002_083L);
    }

    @Test
    void zeroRewardsAreStillRecorded() {
        // an entry created after the rewarded epoch shares nothing but still gets (zero) reward records, as in go-zenon
        stake.at(181);
        stake.receive(stakeMethod, stakeSend(USER1, 100, 1));
        stake.at(361);
        stake.receive(stakeMethod, stakeSend(USER2, 100, 1));
        updateAt(362);
        var storage = stake.context().storage();
        assertThat(CommonState.rewardDeposit(storage, USER2).qsr()).isZero();
        assertThat(stake.storageValue(io.unikernelz.vm.embedded.definition.RewardDeposit.key(USER2))).isNotNull();
        assertThat(stake.storageValue(io.unikernelz.vm.embedded.definition.RewardDepositHistory.key(0, USER2))).isNotNull();
    }

    @Test
    void anEpochWithoutStakeWritesNoRewards() {
        stake.logs.clear();
        updateAt(361);
        assertThat(stake.logLines()).contains("lvl=dbug msg=\"updating stake reward\" module=embedded contract=stake epoch=0 "
                + "total-reward=1000000000000 cumulated-stake=0 start-time=1000000000 end-time=1000003600");
        assertThat(CommonState.lastEpochUpdate(stake.context().storage()).lastEpoch()).isZero();
        stake.at(700);
        stake.receiveFails(update, stake.send(USER1, UPDATE.encode()), VmErrors.UPDATE_TOO_RECENT);
    }
}
