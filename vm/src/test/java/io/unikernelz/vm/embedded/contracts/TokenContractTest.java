package io.unikernelz.vm.embedded.contracts;

import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER1;
import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER2;
import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER3;
import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.definition.TokenInfo;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Token contract methods against go-zenon vm/embedded/tests/token_test.go expectations. */
class TokenContractTest {
    private static final Method ISSUE = Abis.TOKEN.method("IssueToken");
    private static final Method MINT = Abis.TOKEN.method("Mint");
    private static final Method BURN = Abis.TOKEN.method("Burn");
    private static final Method UPDATE = Abis.TOKEN.method("UpdateToken");
    private static final BigInteger ONE_ZNN = Amounts.coins(1);

    private final ContractFixture token = new ContractFixture(Address.TOKEN);
    private final IssueTokenMethod issue = new IssueTokenMethod();
    private final MintMethod mint = new MintMethod();
    private final BurnMethod burn = new BurnMethod();
    private final UpdateTokenMethod update = new UpdateTokenMethod();

    private static byte[] issueData(String name, String symbol, String domain, BigInteger total, BigInteger max, int decimals,
                                    boolean mintable, boolean burnable) {
        return ISSUE.encode(name, symbol, domain, total, max, decimals, mintable, burnable, false);
    }

    private AccountBlock issueSend(byte[] data) {
        return token.send(USER1, ONE_ZNN, TokenStandard.ZNN, data);
    }

    /** go-zenon issueTokenSetup: "test.tok3n_na-m3"/"TEST", 100 of 1000, mintable and burnable. */
    private TokenStandard issueTestToken(boolean mintable, boolean burnable, long total, long max) {
        AccountBlock send = issueSend(issueData("test.tok3n_na-m3", "TEST", "", BigInteger.valueOf(total), BigInteger.valueOf(max), 1,
                mintable, burnable));
        List<AccountBlock> out = token.receive(issue, send);
        return out.get(0).tokenStandard();
    }

    private static String tokenLog(String prefix, TokenStandard zts, Address owner, long total, long max, boolean mintable, boolean burnable) {
        return prefix + "{Owner:" + owner + " TokenName:test.tok3n_na-m3 TokenSymbol:TEST TokenDomain: TotalSupply:+" + total
                + " MaxSupply:+" + max + " Decimals:1 IsMintable:" + mintable + " IsBurnable:" + burnable + " IsUtility:false TokenStandard:"
                + zts + "}";
    }

    @Test
    void issueCreatesTheTokenAndPaysTheTotalSupplyToTheIssuer() {
        AccountBlock send = issueSend(issueData("test.tok3n_na-m3", "TEST", "", BigInteger.valueOf(100), BigInteger.valueOf(1000), 1, true, true));
        List<AccountBlock> out = token.receive(issue, send);

        TokenStandard zts = TokenStandard.derive(send.hash().rawBytes());
        assertThat(out).hasSize(1);
        AccountBlock paid = out.get(0);
        assertThat(paid.blockType()).isEqualTo(BlockType.CONTRACT_SEND);
        assertThat(paid.address()).isEqualTo(Address.TOKEN);
        assertThat(paid.toAddress()).isEqualTo(USER1);
        assertThat(paid.amount()).isEqualTo(100);
        assertThat(paid.tokenStandard()).isEqualTo(zts);
        assertThat(paid.dataAbsent()).isFalse();
        assertThat(paid.data()).isEmpty();

        assertThat(TokenState.tokenInfo(token.context().storage(), zts)).contains(new TokenInfo(zts, USER1, "test.tok3n_na-m3", "TEST", "",
                BigInteger.valueOf(100), BigInteger.valueOf(1000), 1, true, true, false));
        // the 1 ZNN fee stays with the contract; the new supply left with the descendant
        assertThat(token.balance(TokenStandard.ZNN)).isEqualTo(ONE_ZNN);
        assertThat(token.balance(zts)).isZero();
        assertThat(token.logLines()).containsExactly("lvl=dbug msg=\"issued ZTS\" module=embedded contract=token token=\""
                + tokenLog("", zts, USER1, 100, 1000, true, true) + "\"");
    }

    @Test
    void issuingTheLargestSupplyWorksAndAnythingLargerFails() {
        BigInteger max = Amounts.TOKEN_MAX_SUPPLY;
        token.receive(issue, issueSend(issueData("big", "BIG", "", max, max, 1, true, true)));
        ContractFixture.sendFails(issue, issueSend(issueData("big", "BIG", "", BigInteger.valueOf(100),
                BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE), 1, true, true)), VmErrors.TOKEN_INVALID_AMOUNT);
        // 2^256 wraps to 0 in the ABI encoding, which is an invalid maximum supply
        ContractFixture.sendFails(issue, issueSend(issueData("big", "BIG", "", BigInteger.valueOf(100), BigInteger.ZERO, 1, true, true)),
                VmErrors.TOKEN_INVALID_AMOUNT);
    }

    @Test
    void issueTextRules() {
        BigInteger hundred = BigInteger.valueOf(100);
        for (String[] bad : new String[][] {
                {"", "TEST", ""}, {"x".repeat(41), "TEST", ""}, {"-name", "TEST", ""}, {"na--me", "TEST", ""}, {"näme", "TEST", ""},
                {"name", "", ""}, {"name", "TEST", "ab"}, {"name", "test", ""}, {"name", "TOOLONGSYMB", ""}, {"name", "ZNN", ""},
                {"name", "QSR", ""}, {"name", "TEST", "a.com"}, {"name", "TEST", "x".repeat(126) + ".io"}}) {
            ContractFixture.sendFails(issue, issueSend(issueData(bad[0], bad[1], bad[2], hundred, hundred, 1, false, false)),
                    VmErrors.TOKEN_INVALID_TEXT);
        }
        ContractFixture.sendFails(issue, issueSend(issueData("name", "TEST", "", hundred, hundred, 19, false, false)), VmErrors.TOKEN_INVALID_TEXT);
        // text is checked before amounts
        ContractFixture.sendFails(issue, issueSend(issueData("", "TEST", "", hundred, BigInteger.ZERO, 1, false, false)), VmErrors.TOKEN_INVALID_TEXT);
        // accepted limits
        issue.validateSendBlock(issueSend(issueData("x".repeat(40), "ABCDEFGHIJ", "zenon.network", hundred, hundred, 18, false, false)));
    }

    @Test
    void issueAmountRules() {
        BigInteger hundred = BigInteger.valueOf(100);
        ContractFixture.sendFails(issue, issueSend(issueData("n", "T", "", hundred, BigInteger.valueOf(99), 1, true, true)), VmErrors.TOKEN_INVALID_AMOUNT);
        ContractFixture.sendFails(issue, issueSend(issueData("n", "T", "", BigInteger.valueOf(99), hundred, 1, false, true)), VmErrors.TOKEN_INVALID_AMOUNT);
        issue.validateSendBlock(issueSend(issueData("n", "T", "", BigInteger.ZERO, hundred, 1, true, true)));
    }

    @Test
    void issueCostsExactlyOneZnn() {
        byte[] data = issueData("n", "T", "", BigInteger.TEN, BigInteger.TEN, 1, false, false);
        ContractFixture.sendFails(issue, token.send(USER1, ONE_ZNN, TokenStandard.QSR, data), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(issue, token.send(USER1, ONE_ZNN.add(BigInteger.ONE), TokenStandard.ZNN, data), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(issue, token.send(USER1, BigInteger.ZERO, TokenStandard.ZNN, data), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(issue, token.send(USER1, ONE_ZNN, TokenStandard.ZNN, new byte[] {1, 2, 3, 4, 5}), VmErrors.UNPACK_ERROR);
    }

    @Test
    void theSameSendBlockCannotIssueTwice() {
        AccountBlock send = issueSend(issueData("n", "T", "", BigInteger.TEN, BigInteger.TEN, 1, false, false));
        token.receive(issue, send);
        token.receiveFails(issue, send, VmErrors.ID_NOT_UNIQUE);
    }

    @Test
    void validationReEncodesTheCallData() {
        byte[] data = issueData("n", "T", "", BigInteger.TEN, BigInteger.TEN, 1, false, false);
        byte[] padded = java.util.Arrays.copyOf(data, data.length + 7);
        assertThat(issue.validateSendBlock(issueSend(padded)).data()).isEqualTo(data);
    }

    @Test
    void mintToOwnerOthersAndContracts() {
        TokenStandard zts = issueTestToken(true, true, 100, 1000);
        token.logs.clear();
        List<AccountBlock> toSelf = token.receive(mint, token.send(USER1, MINT.encode(zts, BigInteger.TEN, USER1)));
        List<AccountBlock> toOther = token.receive(mint, token.send(USER1, MINT.encode(zts, BigInteger.valueOf(20), USER2)));
        List<AccountBlock> toLiquidity = token.receive(mint, token.send(USER1, MINT.encode(zts, BigInteger.valueOf(50), Address.LIQUIDITY)));

        assertThat(toSelf.get(0).toAddress()).isEqualTo(USER1);
        assertThat(toSelf.get(0).amount()).isEqualTo(10);
        assertThat(toSelf.get(0).dataAbsent()).isTrue();
        assertThat(toOther.get(0).toAddress()).isEqualTo(USER2);
        assertThat(toLiquidity.get(0).data()).isEqualTo(Abis.COMMON.method("Donate").encode());
        assertThat(TokenState.tokenInfo(token.context().storage(), zts).orElseThrow().totalSupply()).isEqualTo(180);
        assertThat(token.logLines()).containsExactly(
                "lvl=dbug msg=\"minted ZTS\" module=embedded contract=token token=\"" + tokenLog("&", zts, USER1, 110, 1000, true, true)
                        + "\" minted-amount=10 to-address=" + USER1,
                "lvl=dbug msg=\"minted ZTS\" module=embedded contract=token token=\"" + tokenLog("&", zts, USER1, 130, 1000, true, true)
                        + "\" minted-amount=20 to-address=" + USER2,
                "lvl=dbug msg=\"minted ZTS\" module=embedded contract=token token=\"" + tokenLog("&", zts, USER1, 180, 1000, true, true)
                        + "\" minted-amount=50 to-address=" + Address.LIQUIDITY);
    }

    @Test
    void mintPermissions() {
        TokenStandard zts = issueTestToken(true, true, 100, 1000);
        token.receiveFails(mint, token.send(USER2, MINT.encode(zts, BigInteger.valueOf(20), USER2)), VmErrors.PERMISSION_DENIED);
        token.receiveFails(mint, token.send(USER1, MINT.encode(zts, BigInteger.valueOf(901), USER2)), VmErrors.TOKEN_INVALID_AMOUNT);
        token.receive(mint, token.send(USER1, MINT.encode(zts, BigInteger.valueOf(900), USER2)));
        token.receiveFails(mint, token.send(USER1, MINT.encode(TokenStandard.derive(new byte[] {9}), BigInteger.ONE, USER2)),
                VmErrors.DATA_NON_EXISTENT);

        TokenStandard fixed = issueTestToken(false, true, 100, 100);
        token.receiveFails(mint, token.send(USER1, MINT.encode(fixed, BigInteger.ONE, USER1)), VmErrors.PERMISSION_DENIED);
    }

    @Test
    void znnAndQsrAreMintedOnlyByContracts() {
        token.put(new TokenInfo(TokenStandard.ZNN, Address.PILLAR, "Zenon Coin", "ZNN", "zenon.network", BigInteger.valueOf(19_500_000_000_000L),
                BigInteger.valueOf(4_611_686_018_427_387_903L), 8, true, true, true));
        token.put(new TokenInfo(TokenStandard.QSR, Address.STAKE, "QuasarCoin", "QSR", "zenon.network", BigInteger.valueOf(180_550_000_000_000L),
                BigInteger.valueOf(4_611_686_018_427_387_903L), 8, true, true, true));
        // even the recorded owner is refused unless it is a contract; any contract is accepted
        token.receiveFails(mint, token.send(USER1, MINT.encode(TokenStandard.ZNN, BigInteger.TEN, USER1)), VmErrors.PERMISSION_DENIED);
        token.receive(mint, token.send(Address.SENTINEL, MINT.encode(TokenStandard.ZNN, BigInteger.TEN, USER1)));
        token.receive(mint, token.send(Address.PILLAR, MINT.encode(TokenStandard.QSR, BigInteger.TEN, USER1)));
        assertThat(TokenState.tokenInfo(token.context().storage(), TokenStandard.QSR).orElseThrow().totalSupply())
                .isEqualTo(180_550_000_000_010L);
    }

    @Test
    void mintValidation() {
        ContractFixture.sendFails(mint, token.send(USER1, MINT.encode(TokenStandard.QSR, BigInteger.ZERO, USER1)), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(mint, token.send(USER1, BigInteger.ONE, TokenStandard.ZNN, MINT.encode(TokenStandard.QSR, BigInteger.ONE, USER1)),
                VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(mint, token.send(USER1, BURN.encode()), VmErrors.UNPACK_ERROR);
    }

    @Test
    void burnByOwnerAndByOthers() {
        TokenStandard zts = issueTestToken(true, false, 100, 1000);
        token.logs.clear();
        token.receive(burn, token.send(USER1, BigInteger.TEN, zts, BURN.encode()));
        assertThat(token.logLines()).containsExactly("lvl=dbug msg=\"burned ZTS\" module=embedded contract=token token=\""
                + tokenLog("&", zts, USER1, 90, 1000, true, false) + "\" burned-amount=10");
        token.receiveFails(burn, token.send(USER2, BigInteger.TEN, zts, BURN.encode()), VmErrors.PERMISSION_DENIED);
        token.receiveFails(burn, token.send(USER2, BigInteger.TEN, TokenStandard.derive(new byte[] {7}), BURN.encode()), VmErrors.DATA_NON_EXISTENT);
        assertThat(token.balance(zts)).isZero();
    }

    @Test
    void burningAFixedSupplyTokenLowersItsMaximum() {
        TokenStandard zts = issueTestToken(false, true, 100, 100);
        token.receive(burn, token.send(USER3, BigInteger.ONE, zts, BURN.encode()));
        TokenInfo info = TokenState.tokenInfo(token.context().storage(), zts).orElseThrow();
        assertThat(info.totalSupply()).isEqualTo(99);
        assertThat(info.maxSupply()).isEqualTo(99);
    }

    @Test
    void burnValidation() {
        ContractFixture.sendFails(burn, token.send(USER1, BigInteger.ZERO, TokenStandard.ZNN, BURN.encode()), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(burn, token.send(USER1, BigInteger.ONE, TokenStandard.ZNN, new byte[] {0x11}), VmErrors.UNPACK_ERROR);
        byte[] tooLong = java.util.Arrays.copyOf(BURN.encode(), 5);
        ContractFixture.sendFails(burn, token.send(USER1, BigInteger.ONE, TokenStandard.ZNN, tooLong), VmErrors.UNPACK_ERROR);
    }

    /** go-zenon TestToken_UpdateTokens, the contract's side. */
    @Test
    void updateTokenSequence() {
        TokenStandard zts = issueTestToken(true, true, 100, 1000);
        token.logs.clear();
        token.receiveFails(update, token.send(USER2, UPDATE.encode(zts, USER1, true, true)), VmErrors.PERMISSION_DENIED);
        token.receive(update, token.send(USER1, UPDATE.encode(zts, USER1, true, true)));
        token.receive(update, token.send(USER1, UPDATE.encode(zts, USER1, false, true)));
        token.receiveFails(update, token.send(USER1, UPDATE.encode(zts, USER1, true, true)), VmErrors.FORBIDDEN_PARAM);
        token.receiveFails(mint, token.send(USER1, MINT.encode(zts, BigInteger.TEN, USER1)), VmErrors.PERMISSION_DENIED);
        token.receive(burn, token.send(USER3, BigInteger.ONE, zts, BURN.encode()));
        token.receive(update, token.send(USER1, UPDATE.encode(zts, USER2, false, false)));
        token.receiveFails(burn, token.send(USER3, BigInteger.ONE, zts, BURN.encode()), VmErrors.PERMISSION_DENIED);
        token.receive(burn, token.send(USER2, BigInteger.valueOf(49), zts, BURN.encode()));

        String prefix = "lvl=dbug msg=";
        assertThat(token.logLines()).containsExactly(
                prefix + "\"updated ZTS\" module=embedded contract=token token=\"" + tokenLog("&", zts, USER1, 100, 1000, true, true) + "\"",
                prefix + "\"updating token IsMintable\" module=embedded contract=token old=true new=false",
                prefix + "\"updated ZTS\" module=embedded contract=token token=\"" + tokenLog("&", zts, USER1, 100, 100, false, true) + "\"",
                prefix + "\"burned ZTS\" module=embedded contract=token token=\"" + tokenLog("&", zts, USER1, 99, 99, false, true)
                        + "\" burned-amount=1",
                prefix + "\"updating token owner\" module=embedded contract=token old=" + USER1 + " new=" + USER2,
                prefix + "\"updating token IsBurnable\" module=embedded contract=token old=true new=false",
                prefix + "\"updated ZTS\" module=embedded contract=token token=\"" + tokenLog("&", zts, USER2, 99, 99, false, false) + "\"",
                prefix + "\"burned ZTS\" module=embedded contract=token token=\"" + tokenLog("&", zts, USER2, 50, 50, false, false)
                        + "\" burned-amount=49");
    }

    @Test
    void updateTokenValidation() {
        TokenStandard zts = TokenStandard.derive(new byte[] {3});
        ContractFixture.sendFails(update, token.send(USER1, BigInteger.ONE, TokenStandard.ZNN, UPDATE.encode(zts, USER1, true, true)),
                VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(update, token.send(USER1, new byte[] {1, 2, 3}), VmErrors.UNPACK_ERROR);
        token.receiveFails(update, token.send(USER1, UPDATE.encode(zts, USER1, true, true)), VmErrors.DATA_NON_EXISTENT);
    }

    @Test
    void plasmaCosts() {
        assertThat(issue.plasma()).isEqualTo(73_500);
        assertThat(mint.plasma()).isEqualTo(73_500);
        assertThat(burn.plasma()).isEqualTo(52_500);
        assertThat(update.plasma()).isEqualTo(52_500);
    }
}
