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
import io.unikernelz.vm.Sporks;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.definition.LiquidityInfo;
import io.unikernelz.vm.embedded.definition.LiquidityStakeEntry;
import io.unikernelz.vm.embedded.definition.SecurityInfo;
import io.unikernelz.vm.embedded.definition.TimeChallengeInfo;
import io.unikernelz.vm.embedded.definition.TokenTuple;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Liquidity contract against go-zenon vm/embedded/tests/z_liquidity_test.go and the liquidity lines of
 * accelerator_test.go (one-hour epochs, one-hour staking unit, user 5 as initial administrator, 4 guardians, delays
 * 20 and 10 momentums).
 */
class LiquidityContractTest {
    static final Address USER4 = Address.parse("z1qraz4ermhhua89a0h0gxxan4lnzrfutgs6xxe2");
    static final Address USER5 = Address.parse("z1qqaswvt0e3cc5sm7lygkyza9ra63cr8e6zre09");
    static final Address USER6 = userAddress(6);
    /** The network's spork address in these tests. */
    static final Address SPORK = userAddress(0x5a);
    static final TokenStandard LIQ1 = TokenStandard.parse("zts1992nq43xn2urz3wttklc8z");
    static final TokenStandard LIQ2 = TokenStandard.parse("zts1fres5c39axw805xswvt55j");
    static final long HOUR = 3600;
    static final BigInteger EPOCH_ZNN = BigInteger.valueOf(187_200_000_000L);
    static final BigInteger EPOCH_QSR = BigInteger.valueOf(500_000_000_000L);
    static final String LIQUIDITY = "z1qxemdeddedxlyquydytyxxxxxxxxxxxxflaaae";
    static final List<Address> GUARDIANS = List.of(USER1, USER2, USER3, USER4);

    private static final Method UPDATE = Abis.LIQUIDITY.method("Update");
    private static final Method MINT = Abis.TOKEN.method("Mint");
    private static final Method STAKE = Abis.LIQUIDITY.method("LiquidityStake");
    private static final Method CANCEL = Abis.LIQUIDITY.method("CancelLiquidityStake");
    private static final Method TUPLES = Abis.LIQUIDITY.method("SetTokenTuple");

    static Address userAddress(int n) {
        byte[] b = new byte[Address.SIZE];
        b[Address.SIZE - 1] = (byte) n;
        return Address.wrap(b);
    }

    private final ContractFixture liquidity = new ContractFixture(Address.LIQUIDITY);

    @BeforeEach
    void goZenonTestConstants() {
        liquidity.parameters = ContractParameters.goZenonTests().toBuilder().initialBridgeAdministrator(USER5).minGuardians(4)
                .minAdministratorDelay(20).minSoftDelay(10).minUnhaltDurationInMomentums(5).sporkAddress(SPORK).build();
        liquidity.pillarReader = new FakePillarReader(GENESIS_TIME, HOUR);
    }

    private List<AccountBlock> updateAt(EmbeddedMethodKind kind, long height) {
        liquidity.at(height);
        return liquidity.receive(kind.method, liquidity.send(USER1, UPDATE.encode()));
    }

    /** The two generations of Update. */
    private enum EmbeddedMethodKind {
        PRE_SPORK(new LiquidityUpdate()), STAKE_REWARDS(new LiquidityUpdateStakeRewards());

        final io.unikernelz.vm.embedded.EmbeddedMethod method;

        EmbeddedMethodKind(io.unikernelz.vm.embedded.EmbeddedMethod method) {
            this.method = method;
        }
    }

    private static void assertMint(AccountBlock b, TokenStandard coin, BigInteger amount) {
        assertThat(b.toAddress()).isEqualTo(Address.TOKEN);
        assertThat(b.amount()).isZero();
        assertThat(b.tokenStandard()).isEqualTo(TokenStandard.ZERO);
        assertThat(b.data()).isEqualTo(MINT.encode(coin, amount, Address.LIQUIDITY));
    }

    private long lastEpoch() {
        return CommonState.lastEpochUpdate(liquidity.context().storage()).lastEpoch();
    }

    private LiquidityInfo info() {
        return LiquidityState.liquidityInfo(liquidity.context().storage(), liquidity.parameters);
    }

    private SecurityInfo security() {
        return SecurityRules.securityInfo(liquidity.context().storage(), liquidity.parameters);
    }

    private void withGuardians() {
        liquidity.put(new SecurityInfo(SecurityRules.sortedGuardians(GUARDIANS), Collections.nCopies(4, Address.ZERO), 20, 10));
    }

    private void withTuples(TokenTuple... tuples) {
        liquidity.put(new LiquidityInfo(USER5, false, BigInteger.ZERO, BigInteger.ZERO, List.of(tuples)));
    }

    private AccountBlock stake(Address owner, TokenStandard zts, long amount, long units) {
        AccountBlock send = liquidity.send(owner, BigInteger.valueOf(amount), zts, STAKE.encode(units * HOUR));
        liquidity.receive(new LiquidityStake(), send);
        return send;
    }

    // ---------------------------------------------------------------- Update before the spork

    /** accelerator_test.go TestAccelerator_LiquidityDonate: the epoch-0 share minted at momentum 361. */
    @Test
    void preSporkUpdateMintsTheEpochShareToItself() {
        List<AccountBlock> out = updateAt(EmbeddedMethodKind.PRE_SPORK, 361);
        assertThat(out).hasSize(2);
        assertMint(out.get(0), TokenStandard.ZNN, EPOCH_ZNN);
        assertMint(out.get(1), TokenStandard.QSR, EPOCH_QSR);
        assertThat(lastEpoch()).isZero();
        assertThat(liquidity.logLines()).containsExactly(
                "lvl=dbug msg=\"updating contract state\" module=embedded contract=common contract=" + LIQUIDITY
                        + " current-height=361 last-update-height=0",
                "lvl=dbug msg=\"updating liquidity reward\" module=embedded contract=liquidity epoch=0 znn-amount=187200000000 qsr-amount=500000000000",
                "lvl=dbug msg=\"invalid update - rewards not due yet\" module=embedded contract=liquidity epoch=1");

        liquidity.logs.clear();
        assertThat(updateAt(EmbeddedMethodKind.PRE_SPORK, 722)).hasSize(2);
        assertThat(liquidity.logLines()).contains(
                "lvl=dbug msg=\"updating liquidity reward\" module=embedded contract=liquidity epoch=1 znn-amount=187200000000 qsr-amount=500000000000",
                "lvl=dbug msg=\"invalid update - rewards not due yet\" module=embedded contract=liquidity epoch=2");
    }

    @Test
    void preSporkUpdateSkipsTheEpochThatHitsTheTwentyBlockCap() {
        // fifteen epochs are due at the first update: 0..9 are minted, 10 is counted but skipped
        liquidity.atTime(361, GENESIS_TIME + 15 * HOUR + 5);
        List<AccountBlock> first = liquidity.receive(new LiquidityUpdate(), liquidity.send(USER1, UPDATE.encode()));
        assertThat(first).hasSize(20);
        assertThat(lastEpoch()).isEqualTo(10);
        assertThat(liquidity.logLines()).last().isEqualTo("lvl=dbug msg=\"invalid update - rewards not due yet\" module=embedded contract=liquidity epoch=11");
        assertThat(liquidity.logLines()).filteredOn(l -> l.contains("updating liquidity reward")).hasSize(10)
                .last().asString().contains("epoch=9 ");

        liquidity.logs.clear();
        liquidity.atTime(721, GENESIS_TIME + 15 * HOUR + 10);
        List<AccountBlock> second = liquidity.receive(new LiquidityUpdate(), liquidity.send(USER1, UPDATE.encode()));
        assertThat(second).hasSize(8);
        assertThat(liquidity.logLines()).filteredOn(l -> l.contains("updating liquidity reward")).first().asString().contains("epoch=11 ");
        assertThat(lastEpoch()).isEqualTo(14);
        assertThat(liquidity.logLines()).last().isEqualTo("lvl=dbug msg=\"invalid update - rewards not due yet\" module=embedded contract=liquidity epoch=15");
    }

    @Test
    void updateIsRateLimitedAndTakesNoAmount() {
        updateAt(EmbeddedMethodKind.PRE_SPORK, 361);
        liquidity.logs.clear();
        liquidity.at(720);
        liquidity.receiveFails(new LiquidityUpdate(), liquidity.send(USER1, UPDATE.encode()), VmErrors.UPDATE_TOO_RECENT);
        assertThat(liquidity.logLines()).containsExactly("lvl=dbug msg=\"invalid update - cannot perform update\" module=embedded "
                + "contract=liquidity address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz reason=\"last update was too recent\"");
        liquidity.receiveFails(new LiquidityUpdateStakeRewards(), liquidity.send(USER1, UPDATE.encode()), VmErrors.UPDATE_TOO_RECENT);
        for (var m : EmbeddedMethodKind.values()) {
            ContractFixture.sendFails(m.method, liquidity.send(USER1, BigInteger.ONE, TokenStandard.ZNN, UPDATE.encode()), VmErrors.INVALID_TOKEN_OR_AMOUNT);
            ContractFixture.sendFails(m.method, liquidity.send(USER1, Abis.LIQUIDITY.method("Donate").encode()), VmErrors.UNPACK_ERROR);
            assertThat(m.method.plasma()).isEqualTo(52_500);
        }
    }

    // ---------------------------------------------------------------- Update after the spork

    /** z_liquidity_test.go TestLiquidity_LiquidityStakeAndUpdate1: no stakers in epoch 0, two tokens shared 70/30 in epoch 1. */
    @Test
    void stakersShareAnEpochByTokenTuple() {
        List<AccountBlock> epoch0 = updateAt(EmbeddedMethodKind.STAKE_REWARDS, 361);
        assertThat(epoch0).hasSize(2);
        assertMint(epoch0.get(0), TokenStandard.ZNN, EPOCH_ZNN);
        assertMint(epoch0.get(1), TokenStandard.QSR, EPOCH_QSR);
        assertThat(liquidity.logLines()).containsExactly(
                "lvl=dbug msg=\"updating contract state\" module=embedded contract=common contract=" + LIQUIDITY
                        + " current-height=361 last-update-height=0",
                "lvl=dbug msg=\"updating liquidity stake reward\" module=embedded contract=liquidity epoch=0 znn-total-amount=187200000000 "
                        + "qsr-total-amount=500000000000",
                "lvl=dbug msg=\"updating liquidity balance\" module=embedded contract=liquidity epoch=0 znnReward=187200000000",
                "lvl=dbug msg=\"updating liquidity balance\" module=embedded contract=liquidity epoch=0 qsrReward=500000000000");

        withTuples(new TokenTuple(LIQ1.toString(), 7000, 3000, BigInteger.valueOf(1000)), new TokenTuple(LIQ2.toString(), 3000, 7000,
                BigInteger.valueOf(2000)));
        liquidity.at(549);
        AccountBlock first = stake(USER1, LIQ1, 1_000_000_000L, 1);
        liquidity.at(551);
        AccountBlock second = stake(USER1, LIQ2, 1_000_000_000L, 1);
        assertThat(LiquidityState.stakeEntry(liquidity.context().storage(), first.hash(), USER1)).contains(new LiquidityStakeEntry(USER1,
                first.hash(), BigInteger.valueOf(1_000_000_000L), LIQ1, BigInteger.valueOf(1_000_000_000L), 1_000_005_480L, 0, 1_000_009_080L));
        assertThat(LiquidityState.stakeEntry(liquidity.context().storage(), second.hash(), USER1).orElseThrow().expirationTime())
                .isEqualTo(1_000_009_100L);

        liquidity.logs.clear();
        assertThat(updateAt(EmbeddedMethodKind.STAKE_REWARDS, 722)).isEmpty();
        assertThat(liquidity.logLines()).contains(
                "lvl=dbug msg=\"updating liquidity stake reward\" module=embedded contract=liquidity epoch=1 znn-total-amount=187200000000 "
                        + "qsr-total-amount=500000000000",
                "lvl=dbug msg=\"calculating percentages for each token\" module=embedded contract=liquidity epoch=1 "
                        + "token-standard=zts1992nq43xn2urz3wttklc8z znn-percentage=7000 qsr-percentage=3000 znn-rewards=131040000000 qsr-rewards=150000000000",
                "lvl=dbug msg=\"calculating percentages for each token\" module=embedded contract=liquidity epoch=1 "
                        + "token-standard=zts1fres5c39axw805xswvt55j znn-percentage=3000 qsr-percentage=7000 znn-rewards=56160000000 qsr-rewards=350000000000",
                "lvl=dbug msg=\"updating liquidity stake reward\" module=embedded contract=liquidity id=" + second.hash()
                        + " stake-address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz token-standard=zts1fres5c39axw805xswvt55j znn-amount=56160000000 "
                        + "qsr-amount=350000000000",
                "lvl=dbug msg=\"updating liquidity stake reward\" module=embedded contract=liquidity id=" + first.hash()
                        + " stake-address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz token-standard=zts1992nq43xn2urz3wttklc8z znn-amount=131040000000 "
                        + "qsr-amount=150000000000");
        var deposit = CommonState.rewardDeposit(liquidity.context().storage(), USER1);
        assertThat(deposit.znn()).isEqualTo(EPOCH_ZNN);
        assertThat(deposit.qsr()).isEqualTo(EPOCH_QSR);
        assertThat(CommonState.rewardDepositHistory(liquidity.context().storage(), 1, USER1).znn()).isEqualTo(EPOCH_ZNN);
    }

    @Test
    void onlyOneEpochPerCallAfterTheSpork() {
        liquidity.atTime(361, GENESIS_TIME + 5 * HOUR);
        liquidity.receive(new LiquidityUpdateStakeRewards(), liquidity.send(USER1, UPDATE.encode()));
        assertThat(lastEpoch()).isZero();
        liquidity.logs.clear();
        liquidity.atTime(700, GENESIS_TIME + 5 * HOUR);
        liquidity.receiveFails(new LiquidityUpdateStakeRewards(), liquidity.send(USER1, UPDATE.encode()), VmErrors.UPDATE_TOO_RECENT);
        liquidity.atTime(721, GENESIS_TIME + 5 * HOUR);
        liquidity.receive(new LiquidityUpdateStakeRewards(), liquidity.send(USER1, UPDATE.encode()));
        assertThat(lastEpoch()).isEqualTo(1);
        // nothing due: success without blocks
        liquidity.logs.clear();
        liquidity.atTime(1081, GENESIS_TIME + HOUR + 5);
        assertThat(liquidity.receive(new LiquidityUpdateStakeRewards(), liquidity.send(USER1, UPDATE.encode()))).isEmpty();
        assertThat(liquidity.logLines()).last().isEqualTo("lvl=dbug msg=\"invalid update - rewards not due yet\" module=embedded contract=liquidity epoch=2");
    }

    @Test
    void additionalRewardsAreBurnedAndDistributedAndRoundingIsMintedBack() {
        liquidity.put(new LiquidityInfo(USER5, false, BigInteger.valueOf(10_000_000_000L), BigInteger.valueOf(100_000_000_000L),
                List.of(new TokenTuple(LIQ1.toString(), 10_000, 10_000, BigInteger.ONE))));
        liquidity.credit(TokenStandard.ZNN, BigInteger.valueOf(187_200_000_000L));
        liquidity.credit(TokenStandard.QSR, BigInteger.valueOf(500_000_000_000L));
        liquidity.at(2);
        stake(USER1, LIQ1, 100, 1);
        stake(USER2, LIQ1, 100, 1);
        stake(USER3, LIQ1, 100, 1);
        liquidity.logs.clear();
        // epoch 0 from time 10 s on: each of three equal entries gets a third
        List<AccountBlock> out = updateAt(EmbeddedMethodKind.STAKE_REWARDS, 361);
        assertThat(out).hasSize(3);
        assertThat(out.get(0).toAddress()).isEqualTo(Address.TOKEN);
        assertThat(out.get(0).tokenStandard()).isEqualTo(TokenStandard.ZNN);
        assertThat(out.get(0).amount()).isEqualTo(10_000_000_000L);
        assertThat(out.get(0).data()).isEqualTo(Abis.TOKEN.method("Burn").encode());
        assertThat(out.get(1).tokenStandard()).isEqualTo(TokenStandard.QSR);
        assertThat(out.get(1).amount()).isEqualTo(100_000_000_000L);
        // 600000000000 QSR / 3 leaves nothing; 197200000000 ZNN / 3 leaves 1
        assertMint(out.get(2), TokenStandard.ZNN, BigInteger.ONE);
        assertThat(liquidity.logLines()).contains(
                "lvl=dbug msg=\"distribute znn rewards from the liquidity contract\" module=embedded contract=liquidity znn-amount=10000000000",
                "lvl=dbug msg=\"distribute qsr rewards from the liquidity contract\" module=embedded contract=liquidity qsr-amount=100000000000",
                "lvl=dbug msg=\"updating liquidity stake reward\" module=embedded contract=liquidity epoch=0 znn-total-amount=197200000000 "
                        + "qsr-total-amount=600000000000",
                "lvl=dbug msg=\"updating liquidity balance\" module=embedded contract=liquidity epoch=0 znnReward=1");
        for (Address a : List.of(USER1, USER2, USER3)) {
            var d = CommonState.rewardDeposit(liquidity.context().storage(), a);
            assertThat(d.znn()).isEqualTo(65_733_333_333L);
            assertThat(d.qsr()).isEqualTo(200_000_000_000L);
        }
        assertThat(liquidity.balance(TokenStandard.ZNN)).isEqualTo(177_200_000_000L);
    }

    @Test
    void additionalRewardsNeedTheBalanceForBoth() {
        liquidity.put(new LiquidityInfo(USER5, false, BigInteger.ONE, BigInteger.ONE, List.of()));
        liquidity.credit(TokenStandard.ZNN, BigInteger.TEN);
        List<AccountBlock> out = updateAt(EmbeddedMethodKind.STAKE_REWARDS, 361);
        // no QSR: nothing is burned, the plain share is minted back
        assertThat(out).hasSize(2);
        assertMint(out.get(0), TokenStandard.ZNN, EPOCH_ZNN);
    }

    @Test
    void whileHaltedTheShareIsOnlyMinted() {
        liquidity.put(new LiquidityInfo(USER5, true, BigInteger.TEN, BigInteger.TEN, List.of(new TokenTuple(LIQ1.toString(), 10_000, 10_000,
                BigInteger.ONE))));
        liquidity.credit(TokenStandard.ZNN, BigInteger.TEN);
        liquidity.credit(TokenStandard.QSR, BigInteger.TEN);
        liquidity.at(2);
        stake(USER1, LIQ1, 100, 1);
        liquidity.logs.clear();
        List<AccountBlock> out = updateAt(EmbeddedMethodKind.STAKE_REWARDS, 361);
        assertThat(out).hasSize(2);
        assertMint(out.get(0), TokenStandard.ZNN, EPOCH_ZNN);
        assertMint(out.get(1), TokenStandard.QSR, EPOCH_QSR);
        assertThat(CommonState.rewardDeposit(liquidity.context().storage(), USER1).znn()).isZero();
        assertThat(liquidity.logLines()).hasSize(1);
    }

    @Test
    void revokedEntriesGetTheirLastPartAndAreDeletedUnlessTheirTokenHasNoTuple() {
        withTuples(new TokenTuple(LIQ1.toString(), 5_000, 5_000, BigInteger.ONE), new TokenTuple(LIQ2.toString(), 5_000, 5_000, BigInteger.ONE));
        liquidity.at(2);
        AccountBlock a = stake(USER1, LIQ1, 100, 1);
        AccountBlock b = stake(USER2, LIQ1, 100, 12);
        AccountBlock orphan = stake(USER3, LIQ2, 100, 1);
        updateAt(EmbeddedMethodKind.STAKE_REWARDS, 361);
        var afterEpoch0 = CommonState.rewardDeposit(liquidity.context().storage(), USER3);
        assertThat(afterEpoch0.znn()).isEqualTo(93_600_000_000L);

        // a and the orphan expire at 1000003610 and are cancelled then; LIQ2 then loses its tuple
        liquidity.at(362);
        liquidity.receive(new LiquidityCancelStake(), liquidity.send(USER1, CANCEL.encode(a.hash())));
        liquidity.receive(new LiquidityCancelStake(), liquidity.send(USER3, CANCEL.encode(orphan.hash())));
        withTuples(new TokenTuple(LIQ1.toString(), 10_000, 10_000, BigInteger.ONE));
        liquidity.logs.clear();
        updateAt(EmbeddedMethodKind.STAKE_REWARDS, 722);
        var storage = liquidity.context().storage();
        // a got its 10 seconds of epoch 1 and is gone; the orphan is neither paid nor deleted
        assertThat(LiquidityState.stakeEntry(storage, a.hash(), USER1)).isEmpty();
        assertThat(LiquidityState.stakeEntry(storage, b.hash(), USER2)).isPresent();
        assertThat(LiquidityState.stakeEntry(storage, orphan.hash(), USER3)).get().extracting(LiquidityStakeEntry::revokeTime)
                .isEqualTo(1_000_003_610L);
        assertThat(CommonState.rewardDeposit(storage, USER3)).isEqualTo(afterEpoch0);
        // epoch 1: a weighs 100 × 10 s, b 1200 × 3600 s
        BigInteger aShare = EPOCH_ZNN.multiply(BigInteger.valueOf(1_000)).divide(BigInteger.valueOf(1_000 + 4_320_000));
        assertThat(liquidity.logLines()).contains("lvl=dbug msg=\"updating liquidity stake reward\" module=embedded contract=liquidity id="
                + a.hash() + " stake-address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz token-standard=zts1992nq43xn2urz3wttklc8z znn-amount="
                + aShare + " qsr-amount=" + EPOCH_QSR.multiply(BigInteger.valueOf(1_000)).divide(BigInteger.valueOf(4_321_000)));
    }

    // ---------------------------------------------------------------- Donate, Fund, BurnZnn

    @Test
    void fundDonatesToTheAcceleratorOnceItsSporkIsEnforced() {
        LiquidityFund fund = new LiquidityFund();
        Method fundMethod = Abis.LIQUIDITY.method("Fund");
        liquidity.credit(TokenStandard.ZNN, EPOCH_ZNN);
        liquidity.credit(TokenStandard.QSR, EPOCH_QSR);
        AccountBlock byUser = liquidity.send(USER1, fundMethod.encode(BigInteger.valueOf(100), BigInteger.valueOf(100)));
        assertThatError(() -> fund.validateSendBlock(liquidity.context(), byUser)).isEqualTo(VmErrors.PERMISSION_DENIED);
        // the one-argument form checks against mainnet's spork address
        assertThatError(() -> fund.validateSendBlock(liquidity.send(SPORK, fundMethod.encode(BigInteger.ONE, BigInteger.ONE))))
                .isEqualTo(VmErrors.PERMISSION_DENIED);
        assertThatError(() -> fund.validateSendBlock(liquidity.context(), liquidity.send(SPORK, new byte[] {1, 2, 3, 4, 5})))
                .isEqualTo(VmErrors.UNPACK_ERROR);

        // before the Accelerator spork nothing happens
        assertThat(liquidity.receive(fund, liquidity.send(SPORK, fundMethod.encode(BigInteger.ONE, BigInteger.ONE)))).isEmpty();

        liquidity.enforceSpork(Sporks.ACCELERATOR);
        liquidity.receiveFails(fund, liquidity.send(SPORK, fundMethod.encode(EPOCH_ZNN.add(BigInteger.ONE), BigInteger.ZERO)),
                VmErrors.INVALID_TOKEN_OR_AMOUNT);
        assertThat(liquidity.logLines()).containsExactly("lvl=dbug msg=\"invalid send reward - not enough funds\" module=embedded contract=liquidity");
        liquidity.receiveFails(fund, liquidity.send(SPORK, fundMethod.encode(BigInteger.ZERO, EPOCH_QSR.add(BigInteger.ONE))),
                VmErrors.INVALID_TOKEN_OR_AMOUNT);

        liquidity.logs.clear();
        List<AccountBlock> out = liquidity.receive(fund, liquidity.send(SPORK, fundMethod.encode(BigInteger.ONE, BigInteger.ONE)));
        assertThat(out).hasSize(2).allSatisfy(b -> {
            assertThat(b.toAddress()).isEqualTo(Address.ACCELERATOR);
            assertThat(b.amount()).isEqualTo(1);
            assertThat(b.data()).isEqualTo(Abis.COMMON.method("Donate").encode());
        });
        assertThat(out).extracting(AccountBlock::tokenStandard).containsExactly(TokenStandard.ZNN, TokenStandard.QSR);
        assertThat(liquidity.logLines()).containsExactly(
                "lvl=dbug msg=\"donate reward to accelerator\" module=embedded contract=liquidity znn-amount=1 qsr-amount=1");
        assertThat(liquidity.balance(TokenStandard.ZNN)).isEqualTo(EPOCH_ZNN.subtract(BigInteger.ONE));
    }

    @Test
    void burnZnnBurnsFromTheBalanceOnceTheAcceleratorSporkIsEnforced() {
        LiquidityBurnZnn burn = new LiquidityBurnZnn();
        Method burnMethod = Abis.LIQUIDITY.method("BurnZnn");
        assertThatError(() -> burn.validateSendBlock(liquidity.context(), liquidity.send(USER1, burnMethod.encode(BigInteger.ONE))))
                .isEqualTo(VmErrors.PERMISSION_DENIED);
        liquidity.enforceSpork(Sporks.ACCELERATOR);
        liquidity.receiveFails(burn, liquidity.send(SPORK, burnMethod.encode(BigInteger.ONE)), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        assertThat(liquidity.logLines()).containsExactly("lvl=dbug msg=\"invalid burn ZNN - not enough funds\" module=embedded contract=liquidity");
        liquidity.credit(TokenStandard.ZNN, EPOCH_ZNN);
        liquidity.logs.clear();
        List<AccountBlock> out = liquidity.receive(burn, liquidity.send(SPORK, burnMethod.encode(BigInteger.ONE)));
        assertThat(out).singleElement().satisfies(b -> {
            assertThat(b.toAddress()).isEqualTo(Address.TOKEN);
            assertThat(b.tokenStandard()).isEqualTo(TokenStandard.ZNN);
            assertThat(b.amount()).isEqualTo(1);
            assertThat(b.data()).isEqualTo(Abis.TOKEN.method("Burn").encode());
        });
        assertThat(liquidity.logLines()).containsExactly("lvl=dbug msg=\"burn ZNN\" module=embedded contract=liquidity znn-amount=1");
        assertThat(liquidity.balance(TokenStandard.ZNN)).isEqualTo(EPOCH_ZNN.subtract(BigInteger.ONE));
    }

    // ---------------------------------------------------------------- token tuples and time challenges

    /** TestLiquidity_SetTokenTuples: the send-side rules. */
    @Test
    void tokenTupleRules() {
        LiquiditySetTokenTuple set = new LiquiditySetTokenTuple();
        List<String> tokens = List.of(LIQ1.toString(), LIQ2.toString());
        List<BigInteger> mins = List.of(BigInteger.valueOf(1000), BigInteger.valueOf(2000));
        record Case(List<String> tokens, List<Long> znn, List<Long> qsr, List<BigInteger> mins, io.unikernelz.vm.NomError error) {}
        List<Case> cases = List.of(
                new Case(tokens, List.of(6000L, 5000L), List.of(5000L, 5000L), mins, VmErrors.INVALID_PERCENTAGES),
                new Case(tokens, List.of(5000L, 5000L), List.of(3000L, 5000L), mins, VmErrors.INVALID_PERCENTAGES),
                new Case(tokens, List.of(0L, 5000L), List.of(3000L, 5000L), mins, VmErrors.INVALID_PERCENTAGES),
                new Case(List.of(LIQ1.toString(), LIQ2.toString(), "asd"), List.of(5000L, 5000L), List.of(5000L, 5000L), mins, VmErrors.FORBIDDEN_PARAM),
                new Case(tokens, List.of(5000L, 5000L, 3L), List.of(5000L, 5000L), mins, VmErrors.FORBIDDEN_PARAM),
                new Case(tokens, List.of(5000L, 5000L), List.of(5000L, 5000L, 3000L), mins, VmErrors.FORBIDDEN_PARAM),
                new Case(List.of(LIQ1.toString(), LIQ1.toString()), List.of(5000L, 5000L), List.of(5000L, 5000L), mins, VmErrors.FORBIDDEN_PARAM),
                new Case(List.of(LIQ1.toString(), TokenStandard.ZERO.toString()), List.of(0L, 10000L), List.of(10000L, 0L), mins,
                        VmErrors.FORBIDDEN_PARAM));
        for (Case c : cases) {
            ContractFixture.sendFails(set, liquidity.send(USER5, TUPLES.encode(c.tokens(), c.znn(), c.qsr(), c.mins())), c.error());
        }
        // valid: empty lists, or shares adding up to 10 000 in uint32 arithmetic
        set.validateSendBlock(liquidity.send(USER5, TUPLES.encode(List.of(), List.of(), List.of(), List.of())));
        set.validateSendBlock(liquidity.send(USER5, TUPLES.encode(tokens, List.of(4_294_967_295L, 10_001L), List.of(1L, 9999L), mins)));
        ContractFixture.sendFails(set, liquidity.send(USER5, BigInteger.ONE, TokenStandard.ZNN,
                TUPLES.encode(List.of(), List.of(), List.of(), List.of())), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        // a malformed token standard is rejected with the parse error
        assertThatError(() -> set.validateSendBlock(liquidity.send(USER5, TUPLES.encode(List.of("z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz"),
                List.of(10000L), List.of(10000L), List.of(BigInteger.ONE))))).extracting(io.unikernelz.vm.NomError::message)
                .isEqualTo("invalid ZTS String prefix z");
    }

    @Test
    void tokenTuplesNeedGuardiansTheAdministratorAndATimeChallenge() {
        LiquiditySetTokenTuple set = new LiquiditySetTokenTuple();
        byte[] data = TUPLES.encode(List.of(LIQ1.toString(), LIQ2.toString()), List.of(5000L, 5000L), List.of(5000L, 5000L),
                List.of(BigInteger.valueOf(1000), BigInteger.valueOf(2000)));
        liquidity.at(530);
        liquidity.receiveFails(set, liquidity.send(USER5, data), VmErrors.SECURITY_NOT_INITIALIZED);
        withGuardians();
        liquidity.receiveFails(set, liquidity.send(USER4, data), VmErrors.PERMISSION_DENIED);

        // the first call only starts the challenge
        liquidity.at(535);
        assertThat(liquidity.receive(set, liquidity.send(USER5, data))).isEmpty();
        assertThat(info().tokenTuples()).isEmpty();
        TimeChallengeInfo started = SecurityRules.timeChallenge(liquidity.context().storage(), "SetTokenTuple").orElseThrow();
        assertThat(started.challengeStartHeight()).isEqualTo(535);
        assertThat(started.paramsHash().isZero()).isFalse();
        // soft delay 10: not before momentum 546
        liquidity.at(545);
        liquidity.receiveFails(set, liquidity.send(USER5, data), VmErrors.TIME_CHALLENGE_NOT_DUE);
        liquidity.at(546);
        liquidity.receive(set, liquidity.send(USER5, data));
        assertThat(info().tokenTuples()).containsExactly(new TokenTuple("zts1992nq43xn2urz3wttklc8z", 5000, 5000, BigInteger.valueOf(1000)),
                new TokenTuple("zts1fres5c39axw805xswvt55j", 5000, 5000, BigInteger.valueOf(2000)));
        // go-zenon shows the finished challenge with a zero hash and its start height
        assertThat(SecurityRules.timeChallenge(liquidity.context().storage(), "SetTokenTuple"))
                .contains(new TimeChallengeInfo("SetTokenTuple", Hash.ZERO, 535));

        // other parameters restart the challenge
        byte[] none = TUPLES.encode(List.of(), List.of(), List.of(), List.of());
        liquidity.at(600);
        liquidity.receive(set, liquidity.send(USER5, none));
        assertThat(info().tokenTuples()).hasSize(2);
        liquidity.at(611);
        liquidity.receive(set, liquidity.send(USER5, none));
        assertThat(info().tokenTuples()).isEmpty();
    }

    @Test
    void tokenStandardsAreStoredAsWritten() {
        withGuardians();
        LiquiditySetTokenTuple set = new LiquiditySetTokenTuple();
        byte[] data = TUPLES.encode(List.of(LIQ1.toString().toUpperCase(java.util.Locale.ROOT)), List.of(10000L), List.of(10000L),
                List.of(BigInteger.ONE));
        liquidity.at(10);
        liquidity.receive(set, liquidity.send(USER5, data));
        liquidity.at(21);
        liquidity.receive(set, liquidity.send(USER5, data));
        assertThat(info().tokenTuples()).singleElement().extracting(TokenTuple::tokenStandard).isEqualTo("ZTS1992NQ43XN2URZ3WTTKLC8Z");
        // so no stake matches it
        liquidity.receiveFails(new LiquidityStake(), liquidity.send(USER1, BigInteger.TEN, LIQ1, STAKE.encode(HOUR)), VmErrors.INVALID_TOKEN);
    }

    // ---------------------------------------------------------------- stakes

    /** TestLiquidity_StakeLiquidity. */
    @Test
    void stakeRules() {
        LiquidityStake stakeMethod = new LiquidityStake();
        withTuples(new TokenTuple(LIQ1.toString(), 10_000, 10_000, BigInteger.valueOf(1000)));
        for (long bad : new long[] {0, 13 * HOUR, HOUR + 1, -HOUR}) {
            assertThatError(() -> stakeMethod.validateSendBlock(liquidity.context(), liquidity.send(USER1, BigInteger.TEN, LIQ1, STAKE.encode(bad))))
                    .isEqualTo(VmErrors.INVALID_STAKING_PERIOD);
        }
        // the one-argument form uses mainnet's 30-day unit
        assertThatError(() -> stakeMethod.validateSendBlock(liquidity.send(USER1, BigInteger.TEN, LIQ1, STAKE.encode(HOUR))))
                .isEqualTo(VmErrors.INVALID_STAKING_PERIOD);
        liquidity.receiveFails(stakeMethod, liquidity.send(USER1, BigInteger.valueOf(999), LIQ1, STAKE.encode(6 * HOUR)), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        liquidity.receiveFails(stakeMethod, liquidity.send(USER1, BigInteger.valueOf(10_000), TokenStandard.ZNN, STAKE.encode(6 * HOUR)),
                VmErrors.INVALID_TOKEN);
        liquidity.receiveFails(stakeMethod, liquidity.send(USER1, BigInteger.valueOf(10_000), LIQ2, STAKE.encode(6 * HOUR)), VmErrors.INVALID_TOKEN);

        // staking stays open while halted; weight = amount × units
        liquidity.put(new LiquidityInfo(USER5, true, BigInteger.ZERO, BigInteger.ZERO, info().tokenTuples()));
        liquidity.at(2);
        AccountBlock send = liquidity.send(USER1, BigInteger.valueOf(5_000_000_000L), LIQ1, STAKE.encode(12 * HOUR));
        liquidity.receive(stakeMethod, send);
        LiquidityStakeEntry e = LiquidityState.stakeEntry(liquidity.context().storage(), send.hash(), USER1).orElseThrow();
        assertThat(e.weightedAmount()).isEqualTo(60_000_000_000L);
        assertThat(e.expirationTime()).isEqualTo(GENESIS_TIME + 10 + 12 * HOUR);
        assertThat(liquidity.logLines()).last().isEqualTo("lvl=dbug msg=\"created liquidity stake entry\" module=embedded contract=stake id="
                + send.hash() + " owner=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz amount=5000000000 weighted-amount=60000000000 duration-in-days=0");
        assertThat(liquidity.balance(LIQ1)).isEqualTo(5_000_000_000L);
    }

    /** TestLiquidity_CancelLiquidityStake and TestLiquidity_UnlockLiquidityEntries. */
    @Test
    void cancelAfterExpiryOrAnUnlock() {
        LiquidityCancelStake cancel = new LiquidityCancelStake();
        withTuples(new TokenTuple(LIQ1.toString(), 5_000, 5_000, BigInteger.ONE), new TokenTuple(LIQ2.toString(), 5_000, 5_000, BigInteger.ONE));
        liquidity.at(549);
        AccountBlock first = stake(USER1, LIQ1, 1_000_000_000L, 1);
        AccountBlock second = stake(USER1, LIQ2, 3_000_000_000L, 3);
        liquidity.receiveFails(cancel, liquidity.send(USER1, CANCEL.encode(Hash.parse("0003456789012345678901234567890123456789012345678901234567890123"))),
                VmErrors.DATA_NON_EXISTENT);
        // the owner is part of the key
        liquidity.receiveFails(cancel, liquidity.send(USER2, CANCEL.encode(first.hash())), VmErrors.DATA_NON_EXISTENT);
        liquidity.at(600);
        liquidity.receiveFails(cancel, liquidity.send(USER1, CANCEL.encode(first.hash())), VmErrors.REVOKE_NOT_DUE);

        // the administrator unlocks every LIQ1 entry (the token is the send's token standard, amount 0)
        LiquidityUnlockStakeEntries unlock = new LiquidityUnlockStakeEntries();
        byte[] unlockData = Abis.LIQUIDITY.method("UnlockLiquidityStakeEntries").encode();
        liquidity.receiveFails(unlock, liquidity.send(USER1, BigInteger.ZERO, LIQ1, unlockData), VmErrors.PERMISSION_DENIED);
        liquidity.receive(unlock, liquidity.send(USER5, BigInteger.ZERO, LIQ1, unlockData));
        var storage = liquidity.context().storage();
        assertThat(LiquidityState.stakeEntry(storage, first.hash(), USER1).orElseThrow().expirationTime()).isEqualTo(GENESIS_TIME + 5990);
        assertThat(LiquidityState.stakeEntry(storage, second.hash(), USER1).orElseThrow().expirationTime()).isEqualTo(GENESIS_TIME + 5480 + 3 * HOUR);

        liquidity.logs.clear();
        List<AccountBlock> out = liquidity.receive(cancel, liquidity.send(USER1, CANCEL.encode(first.hash())));
        assertThat(out).singleElement().satisfies(b -> {
            assertThat(b.toAddress()).isEqualTo(USER1);
            assertThat(b.amount()).isEqualTo(1_000_000_000L);
            assertThat(b.tokenStandard()).isEqualTo(LIQ1);
            assertThat(b.dataAbsent()).isTrue();
        });
        assertThat(liquidity.logLines()).containsExactly("lvl=dbug msg=\"revoked liquidity stake entry\" module=embedded contract=stake id="
                + first.hash() + " owner=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz start-time=1000005480 revoke-time=1000005990");
        // a second cancel pays out the zeroed amount
        assertThat(liquidity.receive(cancel, liquidity.send(USER1, CANCEL.encode(first.hash()))).getFirst().amount()).isZero();
        ContractFixture.sendFails(cancel, liquidity.send(USER1, BigInteger.ONE, LIQ1, CANCEL.encode(first.hash())), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        assertThat(cancel.plasma()).isEqualTo(73_500);
    }

    // ---------------------------------------------------------------- administration

    @Test
    void haltedFlagAndAdditionalRewardsBelongToTheAdministrator() {
        LiquiditySetIsHalted halt = new LiquiditySetIsHalted();
        Method haltMethod = Abis.LIQUIDITY.method("SetIsHalted");
        liquidity.receiveFails(halt, liquidity.send(USER1, haltMethod.encode(true)), VmErrors.PERMISSION_DENIED);
        // no guardians needed
        liquidity.receive(halt, liquidity.send(USER5, haltMethod.encode(true)));
        assertThat(info().isHalted()).isTrue();
        liquidity.receive(halt, liquidity.send(USER5, haltMethod.encode(false)));
        assertThat(info().isHalted()).isFalse();

        LiquiditySetAdditionalReward reward = new LiquiditySetAdditionalReward();
        Method rewardMethod = Abis.LIQUIDITY.method("SetAdditionalReward");
        byte[] data = rewardMethod.encode(BigInteger.valueOf(10_000_000_000L), BigInteger.valueOf(100_000_000_000L));
        liquidity.receiveFails(reward, liquidity.send(USER1, data), VmErrors.PERMISSION_DENIED);
        liquidity.at(100);
        liquidity.receive(reward, liquidity.send(USER5, data));
        assertThat(info().znnReward()).isZero();
        liquidity.at(111);
        liquidity.receive(reward, liquidity.send(USER5, data));
        assertThat(info().znnReward()).isEqualTo(10_000_000_000L);
        assertThat(info().qsrReward()).isEqualTo(100_000_000_000L);
    }

    /** TestLiquidity_NominateGuardians / ChangeAdministrator: administrator-delay challenges, sorted guardians. */
    @Test
    void guardiansAndAdministratorChanges() {
        NominateGuardians nominate = NominateGuardians.liquidity();
        Method nominateMethod = Abis.LIQUIDITY.method("NominateGuardians");
        assertThatError(() -> nominate.validateSendBlock(liquidity.context(), liquidity.send(USER5, nominateMethod.encode(List.of(USER1, USER2, USER3)))))
                .isEqualTo(VmErrors.INVALID_GUARDIANS);
        assertThatError(() -> nominate.validateSendBlock(liquidity.context(), liquidity.send(USER5, nominateMethod.encode(List.of(USER1, USER2, USER3,
                Address.ZERO))))).isEqualTo(VmErrors.FORBIDDEN_PARAM);
        // mainnet wants five
        assertThatError(() -> nominate.validateSendBlock(liquidity.send(USER5, nominateMethod.encode(GUARDIANS)))).isEqualTo(VmErrors.INVALID_GUARDIANS);

        byte[] data = nominateMethod.encode(GUARDIANS);
        liquidity.receiveFails(nominate, liquidity.send(USER1, data), VmErrors.PERMISSION_DENIED);
        liquidity.at(501);
        liquidity.receive(nominate, liquidity.send(USER5, data));
        assertThat(security().guardians()).isEmpty();
        liquidity.at(521);
        liquidity.receiveFails(nominate, liquidity.send(USER5, data), VmErrors.TIME_CHALLENGE_NOT_DUE);
        liquidity.at(522);
        liquidity.receive(nominate, liquidity.send(USER5, data));
        assertThat(security().guardians()).extracting(Address::toString).containsExactly("z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx",
                "z1qraz4ermhhua89a0h0gxxan4lnzrfutgs6xxe2", "z1qrs2lpccnsneglhnnfwvlsj0qncnxjnwlfmjac", "z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz");
        assertThat(security().guardiansVotes()).containsOnly(Address.ZERO).hasSize(4);
        assertThat(security().administratorDelay()).isEqualTo(20);
        assertThat(security().softDelay()).isEqualTo(10);
        assertThat(SecurityRules.timeChallenge(liquidity.context().storage(), "NominateGuardians"))
                .contains(new TimeChallengeInfo("NominateGuardians", Hash.ZERO, 501));

        LiquidityChangeAdministrator change = new LiquidityChangeAdministrator();
        Method changeMethod = Abis.LIQUIDITY.method("ChangeAdministrator");
        ContractFixture.sendFails(change, liquidity.send(USER5, changeMethod.encode(Address.ZERO)), VmErrors.FORBIDDEN_PARAM);
        liquidity.receiveFails(change, liquidity.send(USER4, changeMethod.encode(USER4)), VmErrors.PERMISSION_DENIED);
        liquidity.at(600);
        liquidity.receive(change, liquidity.send(USER5, changeMethod.encode(USER4)));
        liquidity.at(621);
        liquidity.receive(change, liquidity.send(USER5, changeMethod.encode(USER4)));
        assertThat(info().administrator()).isEqualTo(USER4);
    }

    @Test
    void changingTheAdministratorNeedsGuardians() {
        Method changeMethod = Abis.LIQUIDITY.method("ChangeAdministrator");
        // liquidity checks the guardians before the permission
        liquidity.receiveFails(new LiquidityChangeAdministrator(), liquidity.send(USER1, changeMethod.encode(USER4)), VmErrors.SECURITY_NOT_INITIALIZED);
    }

    /** TestLiquidity_Emergency and TestLiquidity_ProposeAdministrator. */
    @Test
    void emergencyAndGuardianVote() {
        LiquidityEmergency emergency = new LiquidityEmergency();
        LiquidityProposeAdministrator propose = new LiquidityProposeAdministrator();
        Method emergencyMethod = Abis.LIQUIDITY.method("Emergency");
        Method proposeMethod = Abis.LIQUIDITY.method("ProposeAdministrator");
        liquidity.receiveFails(emergency, liquidity.send(USER5, emergencyMethod.encode()), VmErrors.SECURITY_NOT_INITIALIZED);
        liquidity.put(new SecurityInfo(SecurityRules.sortedGuardians(List.of(USER2, USER3, USER4, USER5)), Collections.nCopies(4, Address.ZERO), 20, 10));
        liquidity.receiveFails(propose, liquidity.send(USER2, proposeMethod.encode(USER6)), VmErrors.NOT_EMERGENCY);
        liquidity.receiveFails(emergency, liquidity.send(USER4, emergencyMethod.encode()), VmErrors.PERMISSION_DENIED);
        liquidity.receive(emergency, liquidity.send(USER5, emergencyMethod.encode()));
        assertThat(info().administrator()).isEqualTo(Address.ZERO);
        assertThat(info().isHalted()).isTrue();
        liquidity.receiveFails(emergency, liquidity.send(USER5, emergencyMethod.encode()), VmErrors.PERMISSION_DENIED);

        ContractFixture.sendFails(propose, liquidity.send(USER1, proposeMethod.encode(Address.ZERO)), VmErrors.FORBIDDEN_PARAM);
        liquidity.receiveFails(propose, liquidity.send(USER1, proposeMethod.encode(USER1)), VmErrors.NOT_GUARDIAN);
        liquidity.receive(propose, liquidity.send(USER2, proposeMethod.encode(USER1)));
        assertThat(security().guardiansVotes()).containsExactly(Address.ZERO, USER1, Address.ZERO, Address.ZERO);
        liquidity.receive(propose, liquidity.send(USER2, proposeMethod.encode(USER3)));
        liquidity.receive(propose, liquidity.send(USER3, proposeMethod.encode(USER3)));
        // two of four is not a majority
        assertThat(info().administrator()).isEqualTo(Address.ZERO);
        assertThat(security().guardiansVotes()).containsExactly(Address.ZERO, USER3, Address.ZERO, USER3);
        liquidity.receive(propose, liquidity.send(USER4, proposeMethod.encode(USER3)));
        assertThat(info().administrator()).isEqualTo(USER3);
        assertThat(info().isHalted()).isTrue();
        assertThat(security().guardiansVotes()).containsOnly(Address.ZERO);
    }

    @Test
    void voteCountingWrapsInUint8LikeGoZenon() {
        // 600 guardians: the threshold is uint8(300) = 44, so 45 votes elect
        List<Address> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            byte[] b = new byte[20];
            b[18] = (byte) (i >> 8);
            b[19] = (byte) i;
            many.add(Address.wrap(b));
        }
        SecurityInfo info = new SecurityInfo(many, Collections.nCopies(600, Address.ZERO), 20, 10);
        for (int i = 0; i < 44; i++) {
            SecurityRules.Vote v = SecurityRules.vote(info, many.get(i), USER1);
            assertThat(v.elected()).isEmpty();
            info = v.security();
        }
        assertThat(SecurityRules.vote(info, many.get(44), USER1).elected()).contains(USER1);
    }

    private static org.assertj.core.api.ObjectAssert<io.unikernelz.vm.NomError> assertThatError(Runnable r) {
        try {
            r.run();
        } catch (io.unikernelz.vm.NomException e) {
            return assertThat(e.error());
        }
        throw new AssertionError("expected a NomException");
    }
}
