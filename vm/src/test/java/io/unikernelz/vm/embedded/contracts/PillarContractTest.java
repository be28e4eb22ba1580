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
import io.unikernelz.vm.PillarReader;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.definition.DelegationInfo;
import io.unikernelz.vm.embedded.definition.LastEpochUpdate;
import io.unikernelz.vm.embedded.definition.LastUpdate;
import io.unikernelz.vm.embedded.definition.LegacyPillarEntry;
import io.unikernelz.vm.embedded.definition.PillarEpochHistory;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import io.unikernelz.vm.embedded.definition.ProducingPillar;
import io.unikernelz.vm.embedded.definition.QsrDeposit;
import io.unikernelz.vm.embedded.definition.RewardDeposit;
import io.unikernelz.vm.embedded.definition.RewardDepositHistory;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pillar contract methods against go-zenon vm/embedded/tests/pillar_test.go expectations (mock genesis pillars). */
class PillarContractTest {
    static final Address PILLAR1 = Address.parse("z1qqq43dyrswfehx9w9td43exflqzcxrt7g6alah");
    static final Address PILLAR2 = Address.parse("z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju");
    static final Address PILLAR3 = Address.parse("z1qqc8hqalt8je538849rf78nhgek30axq8h0g69");
    static final Address PILLAR4 = Address.parse("z1qplpsv3wcm64js30jlumxlatgxxkqr6hgv30fg");
    static final Address PILLAR5 = Address.parse("z1qzv6ch3znujldgkq3krlzq38hu5n2pqg3xsjgv");
    static final String NAME1 = "TEST-pillar-1";
    static final String NAME2 = "TEST-pillar-cool";
    static final String NAME3 = "TEST-pillar-znn";
    static final String NAME4 = "TEST-pillar-wewe";
    static final String NAME5 = "TEST-pillar-zumba";
    static final Hash SECP1_KEY_ID = Hash.parse("c955c2b650452d670179068995a51132463e2d13f7519d64ff283af99dd14b43");

    private static final Method REGISTER = Abis.PILLAR.method("Register");
    private static final Method REGISTER_LEGACY = Abis.PILLAR.method("RegisterLegacy");
    private static final Method REVOKE = Abis.PILLAR.method("Revoke");
    private static final Method UPDATE_PILLAR = Abis.PILLAR.method("UpdatePillar");
    private static final Method DELEGATE = Abis.PILLAR.method("Delegate");
    private static final Method UNDELEGATE = Abis.PILLAR.method("Undelegate");
    private static final Method DEPOSIT = Abis.PILLAR.method("DepositQsr");
    private static final Method WITHDRAW = Abis.PILLAR.method("WithdrawQsr");
    private static final Method UPDATE = Abis.PILLAR.method("Update");
    private static final BigInteger STAKE = Amounts.coins(15_000);

    private final ContractFixture pillar = new ContractFixture(Address.PILLAR);
    private final RegisterPillarMethod register = new RegisterPillarMethod();
    private final RegisterLegacyPillarMethod registerLegacy = new RegisterLegacyPillarMethod();
    private final RevokePillarMethod revoke = new RevokePillarMethod();
    private final UpdatePillarMethod updatePillar = new UpdatePillarMethod();
    private final DelegateMethod delegate = new DelegateMethod();
    private final UndelegateMethod undelegate = new UndelegateMethod();
    private final DepositQsrMethod deposit = new DepositQsrMethod();
    private final WithdrawQsrMethod withdraw = new WithdrawQsrMethod();
    private final UpdateEmbeddedPillarMethod update = new UpdateEmbeddedPillarMethod();

    /** go-zenon's mock genesis: three legacy pillars, give 0 % of blocks and 100 % of delegations, one legacy slot key. */
    @BeforeEach
    void mockGenesis() {
        for (Object[] p : new Object[][] {{NAME1, PILLAR1}, {NAME2, PILLAR2}, {NAME3, PILLAR3}}) {
            Address a = (Address) p[1];
            pillar.put(new PillarInfo((String) p[0], a, a, a, STAKE, GENESIS_TIME, 0, 0, 100, PillarInfo.LEGACY_PILLAR_TYPE));
            pillar.put(new ProducingPillar(a, (String) p[0]));
        }
        pillar.put(new LegacyPillarEntry(SECP1_KEY_ID, 3));
        pillar.credit(TokenStandard.ZNN, STAKE.multiply(BigInteger.valueOf(3)));
    }

    private void depositQsr(Address owner, long coins) {
        pillar.receive(deposit, pillar.send(owner, Amounts.coins(coins), TokenStandard.QSR, DEPOSIT.encode()));
    }

    private AccountBlock registerSend(Address owner, String name, Address producer, int giveBlock, int giveDelegate) {
        return pillar.send(owner, STAKE, TokenStandard.ZNN, REGISTER.encode(name, producer, owner, giveBlock, giveDelegate));
    }

    private PillarInfo info(String name) {
        return PillarState.pillarInfo(pillar.context().storage(), name).orElseThrow();
    }

    @Test
    void registerBurnsTheDepositedQsrAndTheCostGrowsWithNormalPillars() {
        assertThat(PillarState.qsrCostForNextPillar(pillar.context().storage())).isEqualTo(15_000_000_000_000L);
        depositQsr(PILLAR4, 150_000);
        pillar.at(4);
        List<AccountBlock> out = pillar.receive(register, registerSend(PILLAR4, NAME4, PILLAR4, 0, 100));

        assertThat(out).singleElement().satisfies(burn -> {
            assertThat(burn.address()).isEqualTo(Address.PILLAR);
            assertThat(burn.toAddress()).isEqualTo(Address.TOKEN);
            assertThat(burn.tokenStandard()).isEqualTo(TokenStandard.QSR);
            assertThat(burn.amount()).isEqualTo(15_000_000_000_000L);
            assertThat(burn.data()).isEqualTo(Abis.TOKEN.method("Burn").encode());
        });
        assertThat(info(NAME4)).isEqualTo(new PillarInfo(NAME4, PILLAR4, PILLAR4, PILLAR4, STAKE, GENESIS_TIME + 30, 0, 0, 100,
                PillarInfo.NORMAL_PILLAR_TYPE));
        assertThat(PillarState.producingPillar(pillar.context().storage(), PILLAR4)).contains(new ProducingPillar(PILLAR4, NAME4));
        assertThat(pillar.storageValue(QsrDeposit.key(PILLAR4))).isNull();
        assertThat(pillar.balance(TokenStandard.QSR)).isZero();
        assertThat(pillar.balance(TokenStandard.ZNN)).isEqualTo(STAKE.multiply(BigInteger.valueOf(4)));

        // go-zenon TestPillar_RegisterLegacyPillar: 150K, then 160K, then 170K after a legacy one
        assertThat(PillarState.qsrCostForNextPillar(pillar.context().storage())).isEqualTo(16_000_000_000_000L);
        depositQsr(PILLAR5, 170_000);
        assertThat(pillar.receive(register, registerSend(PILLAR5, NAME5, PILLAR5, 0, 100)).get(0).amount()).isEqualTo(16_000_000_000_000L);
        // the remainder stays deposited
        assertThat(CommonState.qsrDeposit(pillar.context().storage(), PILLAR5).qsr()).isEqualTo(1_000_000_000_000L);
        assertThat(PillarState.qsrCostForNextPillar(pillar.context().storage())).isEqualTo(17_000_000_000_000L);
    }

    @Test
    void registerWithoutEnoughQsrIsRolledBack() {
        pillar.receiveFails(register, registerSend(PILLAR4, NAME4, PILLAR4, 0, 100), VmErrors.NOT_ENOUGH_DEPOSITED_QSR);
        depositQsr(PILLAR4, 149_999);
        pillar.receiveFails(register, registerSend(PILLAR4, NAME4, PILLAR4, 0, 100), VmErrors.NOT_ENOUGH_DEPOSITED_QSR);
        assertThat(PillarState.pillarInfo(pillar.context().storage(), NAME4)).isEmpty();
    }

    @Test
    void registerNeedsAUniqueNameAndProducingAddress() {
        depositQsr(PILLAR4, 500_000);
        pillar.receiveFails(register, registerSend(PILLAR4, NAME1, PILLAR4, 0, 100), VmErrors.NOT_UNIQUE);
        pillar.receiveFails(register, registerSend(PILLAR4, NAME4, PILLAR1, 0, 100), VmErrors.NOT_UNIQUE);
        // an address the pillar itself used before is fine: Pillar1's name is taken anyway, so use a fresh pillar
        pillar.put(new ProducingPillar(PILLAR5, NAME4));
        pillar.receive(register, registerSend(PILLAR4, NAME4, PILLAR5, 0, 100));
    }

    @Test
    void registerStaticRules() {
        ContractFixture.sendFails(register, registerSend(PILLAR4, "bad name", PILLAR4, 0, 100), VmErrors.INVALID_NAME);
        ContractFixture.sendFails(register, registerSend(PILLAR4, "x".repeat(41), PILLAR4, 0, 100), VmErrors.INVALID_NAME);
        ContractFixture.sendFails(register, registerSend(PILLAR4, NAME4, PILLAR4, 101, 100), VmErrors.FORBIDDEN_PARAM);
        ContractFixture.sendFails(register, registerSend(PILLAR4, NAME4, PILLAR4, 0, 255), VmErrors.FORBIDDEN_PARAM);
        byte[] data = REGISTER.encode(NAME4, PILLAR4, PILLAR4, 0, 100);
        ContractFixture.sendFails(register, pillar.send(PILLAR4, STAKE.subtract(BigInteger.ONE), TokenStandard.ZNN, data),
                VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(register, pillar.send(PILLAR4, STAKE, TokenStandard.QSR, data), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(register, pillar.send(PILLAR4, STAKE, TokenStandard.ZNN, DELEGATE.encode(NAME4)), VmErrors.UNPACK_ERROR);
        // the name is checked before the percentages, both before the amount
        ContractFixture.sendFails(register, pillar.send(PILLAR4, BigInteger.ZERO, TokenStandard.ZNN, REGISTER.encode("", PILLAR4, PILLAR4, 200, 0)),
                VmErrors.INVALID_NAME);
        assertThat(register.plasma()).isEqualTo(105_000);
    }

    private AccountBlock legacySend(Address owner, String name, String publicKey, String signature) {
        return pillar.send(owner, STAKE, TokenStandard.ZNN, REGISTER_LEGACY.encode(name, owner, owner, 0, 100, publicKey, signature));
    }

    private static String legacySignature(Address owner) {
        return Secp256k1TestSigner.sign(SwapSignatures.Operation.RETRIEVE_LEGACY_PILLAR, owner, Secp256k1TestSigner.SECP1_PRIVATE,
                Secp256k1TestSigner.SECP1_PUBLIC_B64);
    }

    @Test
    void registerLegacyConsumesASlotAndAlwaysCostsTheBaseAmount() {
        // two normal pillars first, as in go-zenon TestPillar_RegisterLegacyPillar
        depositQsr(PILLAR4, 150_000);
        pillar.receive(register, registerSend(PILLAR4, NAME4, PILLAR4, 0, 100));
        depositQsr(PILLAR5, 160_000);
        pillar.receive(register, registerSend(PILLAR5, NAME5, PILLAR5, 0, 100));

        depositQsr(USER3, 150_000);
        pillar.logs.clear();
        List<AccountBlock> out = pillar.receive(registerLegacy, legacySend(USER3, "TEST-pillar-6-quasar", Secp256k1TestSigner.SECP1_PUBLIC_B64,
                legacySignature(USER3)));
        assertThat(out.get(0).amount()).isEqualTo(15_000_000_000_000L);
        assertThat(info("TEST-pillar-6-quasar").pillarType()).isEqualTo(PillarInfo.LEGACY_PILLAR_TYPE);
        assertThat(PillarState.legacyEntry(pillar.context().storage(), SECP1_KEY_ID)).contains(new LegacyPillarEntry(SECP1_KEY_ID, 2));
        // legacy pillars do not raise the price of normal ones
        assertThat(PillarState.qsrCostForNextPillar(pillar.context().storage())).isEqualTo(17_000_000_000_000L);
        assertThat(pillar.logLines()).singleElement().asString()
                .startsWith("lvl=dbug msg=swap-utils-log module=embedded contract=swap-utils-log expected-message=0x");
    }

    @Test
    void theLastLegacySlotDeletesTheEntry() {
        pillar.put(new LegacyPillarEntry(SECP1_KEY_ID, 1));
        depositQsr(USER3, 150_000);
        pillar.receive(registerLegacy, legacySend(USER3, "TEST-pillar-6-quasar", Secp256k1TestSigner.SECP1_PUBLIC_B64, legacySignature(USER3)));
        assertThat(pillar.storageValue(LegacyPillarEntry.key(SECP1_KEY_ID))).isNull();
        depositQsr(USER2, 150_000);
        pillar.receiveFails(registerLegacy, legacySend(USER2, "TEST-pillar-7", Secp256k1TestSigner.SECP1_PUBLIC_B64, legacySignature(USER2)),
                VmErrors.NOT_ENOUGH_SLOTS);
    }

    @Test
    void registerLegacyRules() {
        String pub = Secp256k1TestSigner.SECP1_PUBLIC_B64;
        // a signature for another address
        ContractFixture.sendFails(registerLegacy, legacySend(USER3, "TEST-pillar-6", pub, legacySignature(USER2)), VmErrors.INVALID_SIGNATURE);
        ContractFixture.sendFails(registerLegacy, legacySend(USER3, "TEST-pillar-6", "%%", legacySignature(USER3)), VmErrors.INVALID_B64_DECODE);
        ContractFixture.sendFails(registerLegacy, legacySend(USER3, "bad name", pub, legacySignature(USER3)), VmErrors.INVALID_NAME);
        ContractFixture.sendFails(registerLegacy, pillar.send(USER3, BigInteger.ZERO, TokenStandard.ZNN,
                REGISTER_LEGACY.encode("TEST-pillar-6", USER3, USER3, 0, 100, pub, legacySignature(USER3))), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        // a key without legacy slots
        String pub2 = Secp256k1TestSigner.SECP2_PUBLIC_B64;
        String sig2 = Secp256k1TestSigner.sign(SwapSignatures.Operation.RETRIEVE_LEGACY_PILLAR, USER3, Secp256k1TestSigner.SECP2_PRIVATE, pub2);
        depositQsr(USER3, 150_000);
        pillar.receiveFails(registerLegacy, legacySend(USER3, "TEST-pillar-6", pub2, sig2), VmErrors.NOT_ENOUGH_SLOTS);
        // not enough QSR: the consumed slot is rolled back with everything else
        pillar.receiveFails(registerLegacy, legacySend(USER2, "TEST-pillar-7", pub, legacySignature(USER2)), VmErrors.NOT_ENOUGH_DEPOSITED_QSR);
        assertThat(PillarState.legacyEntry(pillar.context().storage(), SECP1_KEY_ID)).contains(new LegacyPillarEntry(SECP1_KEY_ID, 3));
        // the send-side check logs the expected message too
        pillar.logs.clear();
        registerLegacy.validateSendBlock(pillar.context(), legacySend(USER3, "TEST-pillar-6", pub, legacySignature(USER3)));
        assertThat(pillar.logLines()).hasSize(1);
    }

    @Test
    void revokeOnlyInTheRevokeWindowByTheOwner() {
        // mainnet: locked for 83 days after registration, then revocable for 7 days, in 90-day cycles
        long day = 24 * 3600;
        pillar.atTime(100, GENESIS_TIME + 83 * day - 1);
        pillar.receiveFails(revoke, pillar.send(PILLAR1, REVOKE.encode(NAME1)), VmErrors.REVOKE_NOT_DUE);
        pillar.atTime(101, GENESIS_TIME + 83 * day);
        pillar.receiveFails(revoke, pillar.send(PILLAR2, REVOKE.encode(NAME1)), VmErrors.PERMISSION_DENIED);
        pillar.receiveFails(revoke, pillar.send(PILLAR1, REVOKE.encode("TEST-nobody")), VmErrors.DATA_NON_EXISTENT);
        pillar.atTime(102, GENESIS_TIME + 90 * day);
        pillar.receiveFails(revoke, pillar.send(PILLAR1, REVOKE.encode(NAME1)), VmErrors.REVOKE_NOT_DUE);
        pillar.atTime(103, GENESIS_TIME + 90 * day + 83 * day + 5);
        List<AccountBlock> out = pillar.receive(revoke, pillar.send(PILLAR1, REVOKE.encode(NAME1)));

        assertThat(out).singleElement().satisfies(b -> {
            assertThat(b.toAddress()).isEqualTo(PILLAR1);
            assertThat(b.amount()).isEqualTo(STAKE);
            assertThat(b.tokenStandard()).isEqualTo(TokenStandard.ZNN);
        });
        PillarInfo revoked = info(NAME1);
        assertThat(revoked.revokeTime()).isEqualTo(GENESIS_TIME + 173 * day + 5);
        assertThat(revoked.amount()).isZero();
        assertThat(revoked.isActive()).isFalse();
        pillar.receiveFails(revoke, pillar.send(PILLAR1, REVOKE.encode(NAME1)), VmErrors.NOT_ACTIVE);
        // the revoked pillar still holds its name
        depositQsr(PILLAR5, 160_000);
        pillar.receiveFails(register, registerSend(PILLAR5, NAME1, PILLAR5, 0, 100), VmErrors.NOT_UNIQUE);
    }

    @Test
    void revokeStatusWithGoZenonTestWindows() {
        ContractParameters params = ContractParameters.mainnet().toBuilder().pillarEpochLockTime(60).pillarEpochRevokeTime(60).build();
        PillarInfo p = new PillarInfo(NAME4, PILLAR4, PILLAR4, PILLAR4, STAKE, 1000, 0, 0, 100, PillarInfo.NORMAL_PILLAR_TYPE);
        assertThat(PillarState.revokeStatus(p, 1000, params)).isEqualTo(new PillarState.RevokeStatus(false, 60));
        assertThat(PillarState.revokeStatus(p, 1059, params)).isEqualTo(new PillarState.RevokeStatus(false, 1));
        assertThat(PillarState.revokeStatus(p, 1060, params)).isEqualTo(new PillarState.RevokeStatus(true, 60));
        assertThat(PillarState.revokeStatus(p, 1119, params)).isEqualTo(new PillarState.RevokeStatus(true, 1));
        assertThat(PillarState.revokeStatus(p, 1120, params)).isEqualTo(new PillarState.RevokeStatus(false, 60));
    }

    @Test
    void revokeStaticRules() {
        ContractFixture.sendFails(revoke, pillar.send(PILLAR1, REVOKE.encode("-x")), VmErrors.INVALID_NAME);
        ContractFixture.sendFails(revoke, pillar.send(PILLAR1, BigInteger.ONE, TokenStandard.ZNN, REVOKE.encode(NAME1)), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(revoke, pillar.send(PILLAR1, REVOKE.id()), VmErrors.UNPACK_ERROR);
        assertThat(revoke.plasma()).isEqualTo(73_500);
    }

    /** go-zenon TestPillar_ChangeProducingAddress. */
    @Test
    void changeProducingAddress() {
        pillar.at(5);
        pillar.receive(updatePillar, pillar.send(PILLAR1, UPDATE_PILLAR.encode(NAME1, PILLAR4, PILLAR5, 20, 50)));
        PillarInfo p = info(NAME1);
        assertThat(p.blockProducingAddress()).isEqualTo(PILLAR4);
        assertThat(p.rewardWithdrawAddress()).isEqualTo(PILLAR5);
        assertThat(p.giveBlockRewardPercentage()).isEqualTo(20);
        assertThat(p.giveDelegateRewardPercentage()).isEqualTo(50);
        // the old producing address still points to the pillar; it may take it back
        pillar.receive(updatePillar, pillar.send(PILLAR1, UPDATE_PILLAR.encode(NAME1, PILLAR1, PILLAR5, 20, 50)));
        assertThat(info(NAME1).blockProducingAddress()).isEqualTo(PILLAR1);
        pillar.receiveFails(updatePillar, pillar.send(PILLAR2, UPDATE_PILLAR.encode(NAME2, PILLAR4, PILLAR2, 0, 100)), VmErrors.NOT_UNIQUE);

        assertThat(pillar.logLines()).startsWith(
                "lvl=info msg=\"Updating pillar producer address\" module=embedded contract=pillar pillar-name=TEST-pillar-1 "
                        + "old-address=z1qqq43dyrswfehx9w9td43exflqzcxrt7g6alah new-address=z1qplpsv3wcm64js30jlumxlatgxxkqr6hgv30fg",
                "lvl=info msg=\"Updating pillar reward address\" module=embedded contract=pillar pillar-name=TEST-pillar-1 "
                        + "old-address=z1qqq43dyrswfehx9w9td43exflqzcxrt7g6alah new-address=z1qzv6ch3znujldgkq3krlzq38hu5n2pqg3xsjgv",
                "lvl=info msg=\"Updating pillar give-block-reward-percentage\" module=embedded contract=pillar pillar-name=TEST-pillar-1 old=0 new=20",
                "lvl=info msg=\"Updating pillar give-delegate-reward-percentage\" module=embedded contract=pillar pillar-name=TEST-pillar-1 old=100 new=50",
                "lvl=info msg=\"Updating pillar producer address\" module=embedded contract=pillar pillar-name=TEST-pillar-1 "
                        + "old-address=z1qplpsv3wcm64js30jlumxlatgxxkqr6hgv30fg new-address=z1qqq43dyrswfehx9w9td43exflqzcxrt7g6alah");
    }

    @Test
    void updatePillarPermissions() {
        pillar.receiveFails(updatePillar, pillar.send(PILLAR2, UPDATE_PILLAR.encode(NAME1, PILLAR1, PILLAR1, 0, 100)), VmErrors.PERMISSION_DENIED);
        pillar.receiveFails(updatePillar, pillar.send(PILLAR2, UPDATE_PILLAR.encode("TEST-none", PILLAR1, PILLAR1, 0, 100)),
                VmErrors.DATA_NON_EXISTENT);
        pillar.put(new PillarInfo(NAME4, PILLAR4, PILLAR4, PILLAR4, BigInteger.ZERO, GENESIS_TIME, GENESIS_TIME + 5, 0, 0,
                PillarInfo.NORMAL_PILLAR_TYPE));
        pillar.receiveFails(updatePillar, pillar.send(PILLAR4, UPDATE_PILLAR.encode(NAME4, PILLAR4, PILLAR4, 0, 100)), VmErrors.NOT_ACTIVE);
        ContractFixture.sendFails(updatePillar, pillar.send(PILLAR1, UPDATE_PILLAR.encode(NAME1, PILLAR1, PILLAR1, 0, 101)), VmErrors.FORBIDDEN_PARAM);
        ContractFixture.sendFails(updatePillar, pillar.send(PILLAR1, BigInteger.TEN, TokenStandard.ZNN,
                UPDATE_PILLAR.encode(NAME1, PILLAR1, PILLAR1, 0, 100)), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        // nothing changed: no log lines, the record is rewritten as it was
        pillar.receive(updatePillar, pillar.send(PILLAR1, UPDATE_PILLAR.encode(NAME1, PILLAR1, PILLAR1, 0, 100)));
        assertThat(pillar.logLines()).isEmpty();
    }

    @Test
    void delegateAndUndelegate() {
        pillar.at(301);
        pillar.receive(delegate, pillar.send(USER1, DELEGATE.encode(NAME2)));
        assertThat(PillarState.delegation(pillar.context().storage(), USER1)).contains(new DelegationInfo(USER1, NAME2));
        pillar.receive(delegate, pillar.send(USER1, DELEGATE.encode(NAME1)));
        assertThat(PillarState.delegation(pillar.context().storage(), USER1)).contains(new DelegationInfo(USER1, NAME1));
        pillar.receive(undelegate, pillar.send(USER1, UNDELEGATE.encode()));
        assertThat(PillarState.delegation(pillar.context().storage(), USER1)).isEmpty();
        pillar.receiveFails(undelegate, pillar.send(USER1, UNDELEGATE.encode()), VmErrors.DATA_NON_EXISTENT);

        assertThat(pillar.logLines()).containsExactly(
                "lvl=info msg=\"delegating to pillar\" module=embedded contract=pillar address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz "
                        + "pillar-name=TEST-pillar-cool height=301",
                "lvl=info msg=\"delegating to pillar\" module=embedded contract=pillar address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz "
                        + "pillar-name=TEST-pillar-1 height=301",
                "lvl=info msg=\"undelegating to pillar\" module=embedded contract=pillar address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz height=301");
    }

    @Test
    void delegateRules() {
        pillar.receiveFails(delegate, pillar.send(USER1, DELEGATE.encode("TEST-none")), VmErrors.DATA_NON_EXISTENT);
        pillar.put(new PillarInfo(NAME4, PILLAR4, PILLAR4, PILLAR4, BigInteger.ZERO, GENESIS_TIME, GENESIS_TIME + 5, 0, 0,
                PillarInfo.NORMAL_PILLAR_TYPE));
        pillar.receiveFails(delegate, pillar.send(USER1, DELEGATE.encode(NAME4)), VmErrors.NOT_ACTIVE);
        ContractFixture.sendFails(delegate, pillar.send(USER1, DELEGATE.encode("a..b")), VmErrors.INVALID_NAME);
        ContractFixture.sendFails(delegate, pillar.send(USER1, BigInteger.ONE, TokenStandard.ZNN, DELEGATE.encode(NAME1)), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(undelegate, pillar.send(USER1, BigInteger.ONE, TokenStandard.ZNN, UNDELEGATE.encode()), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(undelegate, pillar.send(USER1, DELEGATE.encode(NAME1)), VmErrors.UNPACK_ERROR);
    }

    /** go-zenon TestPillar_DepositQsr: deposit, withdraw, withdraw again, deposit twice, withdraw. */
    @Test
    void depositAndWithdrawQsr() {
        depositQsr(PILLAR4, 150_000);
        List<AccountBlock> out = pillar.receive(withdraw, pillar.send(PILLAR4, WITHDRAW.encode()));
        assertThat(out).singleElement().satisfies(b -> {
            assertThat(b.address()).isEqualTo(Address.PILLAR);
            assertThat(b.toAddress()).isEqualTo(PILLAR4);
            assertThat(b.amount()).isEqualTo(15_000_000_000_000L);
            assertThat(b.tokenStandard()).isEqualTo(TokenStandard.QSR);
        });
        pillar.receiveFails(withdraw, pillar.send(PILLAR4, WITHDRAW.encode()), VmErrors.NOTHING_TO_WITHDRAW);
        depositQsr(PILLAR4, 1);
        depositQsr(PILLAR4, 2);
        assertThat(CommonState.qsrDeposit(pillar.context().storage(), PILLAR4).qsr()).isEqualTo(Amounts.coins(3));
        assertThat(pillar.receive(withdraw, pillar.send(PILLAR4, WITHDRAW.encode())).get(0).amount()).isEqualTo(Amounts.coins(3));
        assertThat(pillar.storageValue(QsrDeposit.key(PILLAR4))).isNull();
        assertThat(pillar.balance(TokenStandard.QSR)).isZero();

        ContractFixture.sendFails(deposit, pillar.send(PILLAR4, BigInteger.TEN, TokenStandard.ZNN, DEPOSIT.encode()), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(deposit, pillar.send(PILLAR4, BigInteger.ZERO, TokenStandard.QSR, DEPOSIT.encode()), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(withdraw, pillar.send(PILLAR4, BigInteger.TEN, TokenStandard.QSR, WITHDRAW.encode()), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(withdraw, pillar.send(PILLAR4, DEPOSIT.encode()), VmErrors.UNPACK_ERROR);
        assertThat(deposit.plasma()).isEqualTo(52_500);
        assertThat(withdraw.plasma()).isEqualTo(73_500);
    }

    // ---- Update: epoch rewards

    /** The epoch-0 statistics of go-zenon TestPillar_RegisterRevokeRegisterPillar (one-hour epochs). */
    private FakePillarReader goZenonEpochZero() {
        FakePillarReader reader = new FakePillarReader(GENESIS_TIME, 3600);
        reader.stats.put(0L, new PillarReader.EpochStats(0, Map.of(
                NAME1, new PillarReader.EpochPillarStats(0, 119, 120, BigInteger.valueOf(2_100_000_000_000L), NAME1),
                NAME2, new PillarReader.EpochPillarStats(0, 120, 120, BigInteger.valueOf(200_000_000_000L), NAME2),
                NAME3, new PillarReader.EpochPillarStats(0, 120, 120, BigInteger.valueOf(200_000_000_000L), NAME3)),
                BigInteger.valueOf(2_500_000_000_000L), 359));
        // epoch-average delegations: mock genesis balances (Pillar1 1 000 ZNN after staking, User1 12 000, User2 8 000)
        reader.delegations.put(0L, Map.of(
                NAME1, new PillarReader.PillarDelegationDetail(NAME1, PILLAR1, BigInteger.valueOf(2_100_000_000_000L),
                        Map.of(PILLAR1, Amounts.coins(1_000), USER1, Amounts.coins(12_000), USER2, Amounts.coins(8_000))),
                NAME2, new PillarReader.PillarDelegationDetail(NAME2, PILLAR2, BigInteger.valueOf(200_000_000_000L),
                        Map.of(PILLAR2, Amounts.coins(1_000), USER3, Amounts.coins(1_000))),
                NAME3, new PillarReader.PillarDelegationDetail(NAME3, PILLAR3, BigInteger.valueOf(200_000_000_000L), Map.of())));
        return reader;
    }

    @Test
    void updatePaysEpochRewardsLikeGoZenon() {
        // a pillar registered during the epoch has no statistics and is skipped
        pillar.put(new PillarInfo(NAME4, PILLAR4, PILLAR4, PILLAR4, STAKE, GENESIS_TIME + 30, 0, 0, 100, PillarInfo.NORMAL_PILLAR_TYPE));
        pillar.parameters = ContractParameters.goZenonTests();
        pillar.pillarReader = goZenonEpochZero();
        pillar.atTime(361, GENESIS_TIME + 6000);
        assertThat(pillar.receive(update, pillar.send(USER1, UPDATE.encode()))).isEmpty();

        assertThat(pillar.logLines()).containsExactly(
                "lvl=dbug msg=\"updating contract state\" module=embedded contract=common contract=z1qxemdeddedxpyllarxxxxxxxxxxxxxxxsy3fmg "
                        + "current-height=361 last-update-height=0",
                "lvl=dbug msg=\"computer pillar-reward\" module=embedded contract=pillar epoch=0 pillar-name=TEST-pillar-1 "
                        + "reward=\"&{DelegationReward:+11995200000 BlockReward:+9916666627 TotalReward:+21911866627 ProducedBlockNum:119 "
                        + "ExpectedBlockNum:120 Weight:+2100000000000}\" total-weight=2500000000000 self-weight=2100000000000",
                "lvl=dbug msg=\"computer pillar-reward\" module=embedded contract=pillar epoch=0 pillar-name=TEST-pillar-cool "
                        + "reward=\"&{DelegationReward:+1152000000 BlockReward:+9999999960 TotalReward:+11151999960 ProducedBlockNum:120 "
                        + "ExpectedBlockNum:120 Weight:+200000000000}\" total-weight=2500000000000 self-weight=200000000000",
                "lvl=dbug msg=\"computer pillar-reward\" module=embedded contract=pillar epoch=0 pillar-name=TEST-pillar-znn "
                        + "reward=\"&{DelegationReward:+1152000000 BlockReward:+9999999960 TotalReward:+11151999960 ProducedBlockNum:120 "
                        + "ExpectedBlockNum:120 Weight:+200000000000}\" total-weight=2500000000000 self-weight=200000000000",
                "lvl=dbug msg=\"invalid update - rewards not due yet\" module=embedded contract=pillar epoch=1");

        var storage = pillar.context().storage();
        // go-zenon: GetUncollectedReward(Pillar1) = 10487866627 (block reward kept + its share as its own delegator)
        assertThat(CommonState.rewardDeposit(storage, PILLAR1)).isEqualTo(new RewardDeposit(PILLAR1, BigInteger.valueOf(10_487_866_627L), BigInteger.ZERO));
        assertThat(CommonState.rewardDepositHistory(storage, 0, PILLAR1))
                .isEqualTo(new RewardDepositHistory(0, PILLAR1, BigInteger.valueOf(10_487_866_627L), BigInteger.ZERO));
        assertThat(CommonState.rewardDeposit(storage, USER1).znn()).isEqualTo(11_995_200_000L * 12 / 21);
        assertThat(CommonState.rewardDeposit(storage, USER2).znn()).isEqualTo(11_995_200_000L * 8 / 21);
        // Pillar2 shares with User3 half and half; Pillar3 has no delegators and keeps everything
        assertThat(CommonState.rewardDeposit(storage, PILLAR2).znn()).isEqualTo(9_999_999_960L + 576_000_000L);
        assertThat(CommonState.rewardDeposit(storage, USER3).znn()).isEqualTo(576_000_000L);
        assertThat(CommonState.rewardDeposit(storage, PILLAR3).znn()).isEqualTo(11_151_999_960L);
        assertThat(pillar.storageValue(RewardDeposit.key(PILLAR4))).isNull();

        assertThat(PillarState.pillarInfo(storage, NAME1)).isPresent();
        byte[] history = pillar.storageValue(PillarEpochHistory.key(0, NAME1));
        assertThat(PillarEpochHistory.decode(PillarEpochHistory.key(0, NAME1), history))
                .isEqualTo(new PillarEpochHistory(NAME1, 0, 0, 100, 119, 120, BigInteger.valueOf(2_100_000_000_000L)));
        assertThat(pillar.storageValue(PillarEpochHistory.key(0, NAME4))).isNull();
        assertThat(CommonState.lastEpochUpdate(storage)).isEqualTo(new LastEpochUpdate(0));
        assertThat(CommonState.lastUpdate(storage)).isEqualTo(new LastUpdate(361));

        // too soon for another update
        pillar.atTime(720, GENESIS_TIME + 9000);
        pillar.receiveFails(update, pillar.send(USER1, UPDATE.encode()), VmErrors.UPDATE_TOO_RECENT);
    }

    @Test
    void anUpdateWithNothingDueOnlyMovesTheUpdateHeight() {
        pillar.pillarReader = goZenonEpochZero();
        pillar.at(300);
        pillar.receive(update, pillar.send(USER1, UPDATE.encode()));
        assertThat(CommonState.lastUpdate(pillar.context().storage()).height()).isEqualTo(300);
        assertThat(pillar.storageValue(LastEpochUpdate.key())).isNull();
        pillar.at(599);
        pillar.receiveFails(update, pillar.send(USER1, UPDATE.encode()), VmErrors.UPDATE_TOO_RECENT);
        ContractFixture.sendFails(update, pillar.send(USER1, BigInteger.ONE, TokenStandard.ZNN, UPDATE.encode()), VmErrors.INVALID_TOKEN_OR_AMOUNT);
    }

    @Test
    void statisticsForAnUnknownPillarAbortTheUpdate() {
        FakePillarReader reader = goZenonEpochZero();
        reader.stats.put(0L, new PillarReader.EpochStats(0, Map.of(
                "TEST-ghost", new PillarReader.EpochPillarStats(0, 1, 1, BigInteger.ONE, "TEST-ghost")), BigInteger.ONE, 1));
        pillar.parameters = ContractParameters.goZenonTests();
        pillar.pillarReader = reader;
        pillar.atTime(361, GENESIS_TIME + 6000);
        pillar.receiveFails(update, pillar.send(USER1, UPDATE.encode()),
                new io.unikernelz.vm.NomError("ErrPillarRewardsNotDistributed",
                        "some pillar rewards were not distributed. toGive 0 all 1 registered pillars 3"));
    }
}
