package io.unikernelz.vm.embedded.contracts;

import static io.unikernelz.vm.embedded.contracts.ContractFixture.GENESIS_TIME;
import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER1;
import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER2;
import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.definition.SentinelInfo;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sentinel contract against go-zenon vm/embedded/tests/sentinel_test.go (one-hour epochs, 40 s lock, 20 s revoke window). */
class SentinelContractTest {
    private static final Method REGISTER = Abis.SENTINEL.method("Register");
    private static final Method REVOKE = Abis.SENTINEL.method("Revoke");
    private static final Method UPDATE = Abis.SENTINEL.method("Update");
    private static final Method DEPOSIT = Abis.SENTINEL.method("DepositQsr");
    private static final Method COLLECT = Abis.SENTINEL.method("CollectReward");
    private static final BigInteger ZNN_5K = Amounts.coins(5_000);

    private final ContractFixture sentinel = new ContractFixture(Address.SENTINEL);
    private final RegisterSentinelMethod register = new RegisterSentinelMethod();
    private final RevokeSentinelMethod revoke = new RevokeSentinelMethod();
    private final UpdateEmbeddedSentinelMethod update = new UpdateEmbeddedSentinelMethod();
    private final DepositQsrMethod deposit = new DepositQsrMethod();
    private final CollectRewardMethod collect = new CollectRewardMethod(CollectRewardMethod.PLASMA_ORIGIN);

    @BeforeEach
    void goZenonTestConstants() {
        sentinel.parameters = ContractParameters.goZenonTests();
        sentinel.pillarReader = new FakePillarReader(GENESIS_TIME, 3600);
    }

    private void registerAt(Address owner, long height) {
        sentinel.at(height - 1);
        sentinel.receive(deposit, sentinel.send(owner, Amounts.coins(50_000), TokenStandard.QSR, DEPOSIT.encode()));
        sentinel.at(height);
        sentinel.receive(register, sentinel.send(owner, ZNN_5K, TokenStandard.ZNN, REGISTER.encode()));
    }

    private void updateAt(long height) {
        sentinel.at(height);
        sentinel.receive(update, sentinel.send(USER1, UPDATE.encode()));
    }

    private Rewards.ZnnQsr uncollected(Address a) {
        var d = CommonState.rewardDeposit(sentinel.context().storage(), a);
        return new Rewards.ZnnQsr(d.znn(), d.qsr());
    }

    @Test
    void registerTakesFiveThousandZnnAndFiftyThousandDepositedQsr() {
        registerAt(USER1, 3);
        assertThat(SentinelState.byOwner(sentinel.context().storage(), USER1))
                .contains(new SentinelInfo(USER1, GENESIS_TIME + 20, 0, ZNN_5K, Amounts.coins(50_000)));
        assertThat(CommonState.qsrDeposit(sentinel.context().storage(), USER1).qsr()).isZero();
        assertThat(sentinel.balance(TokenStandard.ZNN)).isEqualTo(ZNN_5K);
        assertThat(sentinel.balance(TokenStandard.QSR)).isEqualTo(Amounts.coins(50_000));
        assertThat(sentinel.logLines()).containsExactly("lvl=dbug msg=\"successfully register\" module=embedded contract=sentinel "
                + "sentinel=\"&{SentinelInfoKey:{Owner:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz} RegistrationTimestamp:1000000020 "
                + "RevokeTimestamp:0 ZnnAmount:+500000000000 QsrAmount:+5000000000000}\"");
    }

    @Test
    void registerRefusals() {
        sentinel.at(2);
        sentinel.receiveFails(register, sentinel.send(USER1, ZNN_5K, TokenStandard.ZNN, REGISTER.encode()), VmErrors.NOT_ENOUGH_DEPOSITED_QSR);
        sentinel.receive(deposit, sentinel.send(USER1, Amounts.coins(49_999), TokenStandard.QSR, DEPOSIT.encode()));
        sentinel.receiveFails(register, sentinel.send(USER1, ZNN_5K, TokenStandard.ZNN, REGISTER.encode()), VmErrors.NOT_ENOUGH_DEPOSITED_QSR);
        sentinel.receive(deposit, sentinel.send(USER1, Amounts.coins(50_001), TokenStandard.QSR, DEPOSIT.encode()));
        sentinel.receive(register, sentinel.send(USER1, ZNN_5K, TokenStandard.ZNN, REGISTER.encode()));
        sentinel.receiveFails(register, sentinel.send(USER1, ZNN_5K, TokenStandard.ZNN, REGISTER.encode()), VmErrors.ALREADY_REGISTERED);
        sentinel.receiveFails(register, sentinel.send(USER1, ZNN_5K.add(BigInteger.ONE), TokenStandard.ZNN, REGISTER.encode()),
                VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(register, sentinel.send(USER1, ZNN_5K, TokenStandard.QSR, REGISTER.encode()), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(register, sentinel.send(USER1, ZNN_5K, TokenStandard.ZNN, REVOKE.encode()), VmErrors.UNPACK_ERROR);
        assertThat(sentinel.logLines()).containsSubsequence(
                "lvl=dbug msg=\"invalid register - not enough deposited qsr\" module=embedded contract=sentinel address=" + USER1,
                "lvl=dbug msg=\"invalid register - existing address\" module=embedded contract=sentinel address=" + USER1,
                "lvl=dbug msg=\"invalid register - syntactic validation failed\" module=embedded contract=sentinel address=" + USER1
                        + " reason=\"invalid token or amount\"");
    }

    @Test
    void revokeInTheWindowReturnsBothCoins() {
        registerAt(USER1, 3);
        sentinel.logs.clear();
        sentinel.at(4); // 10 s after registration: 30 s of the 40 s lock left
        sentinel.receiveFails(revoke, sentinel.send(USER1, REVOKE.encode()), VmErrors.REVOKE_NOT_DUE);
        sentinel.receiveFails(revoke, sentinel.send(USER2, REVOKE.encode()), VmErrors.DATA_NON_EXISTENT);
        sentinel.at(121); // 1000001200: 1180 s after registration, 40 s into a 60 s cycle
        List<AccountBlock> out = sentinel.receive(revoke, sentinel.send(USER1, REVOKE.encode()));
        assertThat(out).hasSize(2);
        assertThat(out.get(0).toAddress()).isEqualTo(USER1);
        assertThat(out.get(0).amount()).isEqualTo(ZNN_5K);
        assertThat(out.get(0).tokenStandard()).isEqualTo(TokenStandard.ZNN);
        assertThat(out.get(1).amount()).isEqualTo(Amounts.coins(50_000));
        assertThat(out.get(1).tokenStandard()).isEqualTo(TokenStandard.QSR);
        assertThat(sentinel.balance(TokenStandard.ZNN)).isZero();
        assertThat(sentinel.balance(TokenStandard.QSR)).isZero();
        sentinel.receiveFails(revoke, sentinel.send(USER1, REVOKE.encode()), VmErrors.ALREADY_REVOKED);
        // the revoked record stays and blocks a new registration (go-zenon TestSentinel_TryToRegisterAfterRevoking)
        sentinel.receive(deposit, sentinel.send(USER1, Amounts.coins(50_000), TokenStandard.QSR, DEPOSIT.encode()));
        sentinel.receiveFails(register, sentinel.send(USER1, ZNN_5K, TokenStandard.ZNN, REGISTER.encode()), VmErrors.ALREADY_REGISTERED);

        assertThat(sentinel.logLines()).startsWith(
                "lvl=dbug msg=\"invalid revoke - cannot be revoked yet\" module=embedded contract=sentinel address=" + USER1 + " until-revoke=30",
                "lvl=dbug msg=\"invalid revoke - sentinel is not registered\" module=embedded contract=sentinel address=" + USER2,
                "lvl=dbug msg=\"successfully revoke\" module=embedded contract=sentinel sentinel=\"&{SentinelInfoKey:{Owner:"
                        + "z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz} RegistrationTimestamp:1000000020 RevokeTimestamp:1000001200 "
                        + "ZnnAmount:+0 QsrAmount:+0}\"",
                "lvl=dbug msg=\"invalid revoke - sentinel is already revoked\" module=embedded contract=sentinel address=" + USER1);
        ContractFixture.sendFails(revoke, sentinel.send(USER1, BigInteger.ONE, TokenStandard.ZNN, REVOKE.encode()), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        assertThat(revoke.plasma()).isEqualTo(94_500);
    }

    @Test
    void mainnetRevokeWindow() {
        ContractParameters mainnet = ContractParameters.mainnet();
        long day = 24 * 3600;
        assertThat(SentinelState.revokeStatus(0, 27 * day - 1, mainnet)).isEqualTo(new SentinelState.RevokeStatus(false, 1));
        assertThat(SentinelState.revokeStatus(0, 27 * day, mainnet)).isEqualTo(new SentinelState.RevokeStatus(true, 3 * day));
        assertThat(SentinelState.revokeStatus(0, 30 * day, mainnet)).isEqualTo(new SentinelState.RevokeStatus(false, 27 * day));
    }

    /** go-zenon TestSentinel_UpdateForMultipleSentinel. */
    @Test
    void epochRewardsAreSharedEquallyAmongFullTimeSentinels() {
        registerAt(USER1, 3);
        sentinel.logs.clear();
        updateAt(361);
        assertThat(sentinel.logLines()).containsExactly(
                "lvl=dbug msg=\"updating contract state\" module=embedded contract=common contract=z1qxemdeddedxsentynelxxxxxxxxxxxxxwy0r2r "
                        + "current-height=361 last-update-height=0",
                "lvl=dbug msg=\"updating sentinel reward\" module=embedded contract=sentinel epoch=0 total-znn-reward=187200000000 "
                        + "total-qsr-reward=500000000000 cumulated-sentinel=1 start-time=1000000000 end-time=1000003600",
                "lvl=dbug msg=\"giving rewards\" module=embedded contract=sentinel address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz epoch=0 "
                        + "znn-amount=187200000000 qsr-amount=500000000000",
                "lvl=dbug msg=\"invalid update - rewards not due yet\" module=embedded contract=sentinel epoch=1");
        registerAt(USER2, 363);
        sentinel.logs.clear();
        updateAt(722);
        assertThat(sentinel.logLines()).contains(
                "lvl=dbug msg=\"updating sentinel reward\" module=embedded contract=sentinel epoch=1 total-znn-reward=187200000000 "
                        + "total-qsr-reward=500000000000 cumulated-sentinel=2 start-time=1000003600 end-time=1000007200",
                "lvl=dbug msg=\"giving rewards\" module=embedded contract=sentinel address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz epoch=1 "
                        + "znn-amount=93600000000 qsr-amount=250000000000",
                "lvl=dbug msg=\"giving rewards\" module=embedded contract=sentinel address=z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx epoch=1 "
                        + "znn-amount=93600000000 qsr-amount=250000000000");
        assertThat(uncollected(USER1)).isEqualTo(new Rewards.ZnnQsr(BigInteger.valueOf(280_800_000_000L), BigInteger.valueOf(750_000_000_000L)));
        assertThat(uncollected(USER2)).isEqualTo(new Rewards.ZnnQsr(BigInteger.valueOf(93_600_000_000L), BigInteger.valueOf(250_000_000_000L)));

        List<AccountBlock> paid = sentinel.receive(collect, sentinel.send(USER1, COLLECT.encode()));
        assertThat(paid).hasSize(2);
        assertThat(uncollected(USER1).znn()).isZero();
    }

    /** go-zenon TestSentinel_UpdateAfterRevoke: a sentinel revoked before the epoch gets nothing for it. */
    @Test
    void revokedSentinelsEarnNothing() {
        registerAt(USER1, 3);
        updateAt(361);
        sentinel.at(363 + 40); // 4020 s after registration: the 20 s revoke window of the 60 s cycle
        sentinel.receive(revoke, sentinel.send(USER1, REVOKE.encode()));
        sentinel.logs.clear();
        updateAt(722);
        assertThat(sentinel.logLines()).contains("lvl=dbug msg=\"updating sentinel reward\" module=embedded contract=sentinel epoch=1 "
                + "total-znn-reward=187200000000 total-qsr-reward=500000000000 cumulated-sentinel=0 start-time=1000003600 end-time=1000007200");
        assertThat(uncollected(USER1)).isEqualTo(new Rewards.ZnnQsr(BigInteger.valueOf(187_200_000_000L), BigInteger.valueOf(500_000_000_000L)));
    }

    @Test
    void ninetyPercentRule() {
        // epoch [1000, 4600): strictly more than 90 % (3240 s) of it counts
        assertThat(Rewards.sentinelWeight(1359, 0, 1000, 4600)).isEqualTo(BigInteger.ONE);
        assertThat(Rewards.sentinelWeight(1360, 0, 1000, 4600)).isEqualTo(BigInteger.ZERO);
        assertThat(Rewards.sentinelWeight(0, 4241, 1000, 4600)).isEqualTo(BigInteger.ONE);
        assertThat(Rewards.sentinelWeight(0, 4240, 1000, 4600)).isEqualTo(BigInteger.ZERO);
        assertThat(Rewards.sentinelWeight(5000, 0, 1000, 4600)).isEqualTo(BigInteger.ZERO);
        assertThat(Rewards.sentinelWeight(0, 900, 1000, 4600)).isEqualTo(BigInteger.ZERO);
    }

    @Test
    void updateIsRateLimited() {
        sentinel.at(300);
        sentinel.receiveFails(update, sentinel.send(USER1, UPDATE.encode()), VmErrors.UPDATE_TOO_RECENT);
        assertThat(sentinel.logLines()).containsExactly("lvl=dbug msg=\"invalid update - cannot perform update\" module=embedded "
                + "contract=sentinel address=" + USER1 + " reason=\"last update was too recent\"");
        assertThat(update.plasma()).isEqualTo(52_500);
        assertThat(register.plasma()).isEqualTo(52_500);
    }
}
