package io.unikernelz.vm.embedded.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.abi.AbiException;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.GoStrings;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key layouts, defaults and go-zenon quirks of the state definitions. */
class DefinitionRulesTest {
    private static final Address A = Address.parse("z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz");
    private static final Hash H = Hash.of("x".getBytes(StandardCharsets.UTF_8));

    @Test
    void commonPrefixesAreTheHighOnes() {
        assertThat(RewardDeposit.key(A)[0] & 0xff).isEqualTo(0x80);
        assertThat(LastUpdate.key()).containsExactly(0x81);
        assertThat(QsrDeposit.key(A)[0] & 0xff).isEqualTo(0x82);
        assertThat(LastEpochUpdate.key()).containsExactly(0x83);
        assertThat(RewardDepositHistory.key(1, A)[0] & 0xff).isEqualTo(0x84);
        assertThat(PillarVote.key(H, "p")[0] & 0xff).isEqualTo(0x85);
        assertThat(VotableHash.key(H)[0] & 0xff).isEqualTo(0x86);
        assertThat(TimeChallengeInfo.key("m")[0] & 0xff).isEqualTo(0x87);
        assertThat(SecurityInfo.key()).containsExactly(0x88);
    }

    @Test
    void rewardDepositHistoryEpochIsLittleEndian() {
        byte[] key = RewardDepositHistory.key(0x0102030405060708L, A);
        assertThat(Hex.encode(key)).isEqualTo("84" + Hex.encode(A.bytes()) + "0807060504030201");
        assertThat(RewardDepositHistory.decode(key, RewardDepositHistory.empty(0, A).encodeValue()).epoch()).isEqualTo(0x0102030405060708L);
    }

    @Test
    void acceleratorPrefixesComeFromTheIotaPositions() {
        assertThat(Project.key(H)[0]).isEqualTo((byte) 12);
        assertThat(Phase.key(H)[0]).isEqualTo((byte) 13);
    }

    @Test
    void wrapRequestKeySortsNewestFirstWithAsciiDigits() {
        byte[] key = WrapTokenRequest.key(1234, H);
        assertThat(new String(key, 1, 19, StandardCharsets.US_ASCII)).isEqualTo("9223372036854774573");
        assertThat(key).hasSize(52);
        assertThat(java.util.Arrays.compareUnsigned(WrapTokenRequest.key(2000, H), key)).isNegative();
        WrapTokenRequest w = new WrapTokenRequest(2, 1, H, "0x", TokenStandard.ZNN, "0x", BigInteger.ONE, BigInteger.ZERO, "", 1234);
        assertThat(w.requestPair()).isEqualTo(new RequestPair(H, 1234));
        assertThat(WrapTokenRequest.decode(key, w.encodeValue())).isEqualTo(w);
    }

    @Test
    void pillarEpochHistoryKeepsTheRawNameInTheKey() {
        String name = "P-" + GoStrings.decode(new byte[] {(byte) 0xff});
        PillarEpochHistory h = new PillarEpochHistory(name, 3, 1, 2, 3, 4, BigInteger.TEN);
        assertThat(Hex.encode(h.storageKey())).isEqualTo("05" + "0300000000000000" + "502dff");
        assertThat(PillarEpochHistory.decode(h.storageKey(), h.encodeValue())).isEqualTo(h);
        assertThat(PillarEpochHistory.epochPrefix(3)).isEqualTo(Hex.decode("050300000000000000"));
    }

    @Test
    void pillarKeysHashTheNameBytes() {
        assertThat(PillarInfo.key("Zeus")).isEqualTo(Bytes.concat(new byte[] {1}, Hash.of("Zeus".getBytes(StandardCharsets.UTF_8)).bytes()));
        assertThat(PillarVote.key(H, "Zeus")).hasSize(1 + 32 + 20);
    }

    @Test
    void defaultsForMissingEntries() {
        assertThat(LastEpochUpdate.NONE.lastEpoch()).isEqualTo(-1);
        assertThat(LastUpdate.NONE.height()).isZero();
        assertThat(RewardDeposit.empty(A)).isEqualTo(new RewardDeposit(A, BigInteger.ZERO, BigInteger.ZERO));
        assertThat(SecurityInfo.initial(SecurityInfo.MAINNET_MIN_ADMINISTRATOR_DELAY, SecurityInfo.MAINNET_MIN_SOFT_DELAY))
                .isEqualTo(new SecurityInfo(List.of(), List.of(), 17_280, 8_640));
        BridgeInfo b = BridgeInfo.initial(BridgeInfo.MAINNET_MIN_UNHALT_DURATION);
        assertThat(b.administrator()).isEqualTo(Address.parse("z1qr9vtwsfr2n0nsxl2nfh6l5esqjh2wfj85cfq9"));
        assertThat(b.metadata()).isEqualTo("{}");
        assertThat(b.unhaltDurationInMomentums()).isEqualTo(2_160);
        assertThat(LiquidityInfo.initial().administrator()).isEqualTo(BridgeInfo.INITIAL_ADMINISTRATOR);
        assertThat(NetworkInfo.empty().metadata()).isEqualTo("{}");
        assertThat(OrchestratorInfo.EMPTY.windowSize()).isZero();
    }

    @Test
    void votableHashAlwaysStoresTrue() {
        assertThat(Hex.encode(new VotableHash(H).encodeValue())).isEqualTo("00".repeat(31) + "01");
        assertThatThrownBy(() -> VotableHash.decode(VotableHash.key(H), Hex.decode("00".repeat(31) + "02"))).isInstanceOf(AbiException.class);
    }

    @Test
    void undecodableTokenPairsAndTuplesAreDroppedLikeGoZenon() {
        TokenPair good = new TokenPair(TokenStandard.ZNN, "0xabc", true, true, false, BigInteger.ONE, 10, 20, "{}");
        byte[] value = Abis.BRIDGE.variable("networkInfo").encode(2L, 1L, "Eth", "0x1", "{}", List.of(good.encode(), new byte[] {1, 2, 3}, new byte[0]));
        NetworkInfo n = NetworkInfo.decode(NetworkInfo.key(2, 1), value);
        assertThat(n.tokenPairs()).containsExactly(good);

        TokenTuple t = new TokenTuple("zts1znnxxxxxxxxxxxxx9z4ulx", 5000, 5000, BigInteger.TEN);
        byte[] lv = Abis.LIQUIDITY.variable("liquidityInfo").encode(A, false, BigInteger.ZERO, BigInteger.ZERO, List.of(new byte[5], t.encode()));
        assertThat(LiquidityInfo.decode(LiquidityInfo.key(), lv).tokenTuples()).containsExactly(t);
    }

    @Test
    void wrongKeysAreRejectedWithClearErrors() {
        byte[] value = new FusedAmount(A, BigInteger.ONE).encodeValue();
        assertThatThrownBy(() -> FusedAmount.decode(RewardDeposit.key(A), value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid key! Not fused amount key");
        assertThatThrownBy(() -> FusedAmount.decode(new byte[] {2, 1}, value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 21 bytes");
        assertThatThrownBy(() -> SwapAssets.decode(new byte[31], value)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PillarEpochHistory.decode(new byte[] {5, 1}, value)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FusedAmount.decode(null, value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyOrGarbageValuesRaiseAbiException() {
        assertThatThrownBy(() -> FusedAmount.decode(FusedAmount.key(A), new byte[0])).isInstanceOf(AbiException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> PillarInfo.decode(PillarInfo.key("x"), new byte[40])).isInstanceOf(AbiException.class);
    }

    @Test
    void constructionValidatesRanges() {
        assertThatThrownBy(() -> new PillarVote(H, "p", 256)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vote = 256");
        assertThatThrownBy(() -> new FusedAmount(A, BigInteger.valueOf(-1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uint256");
        assertThatThrownBy(() -> new NetworkInfo(1L << 32, 1, "", "", "", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DelegationInfo(null, "p")).isInstanceOf(NullPointerException.class).hasMessageContaining("backer");
    }

    @Test
    void htlcInfoIsImmutableAndComparesByContent() {
        byte[] lock = new byte[32];
        HtlcInfo h = new HtlcInfo(H, A, A, TokenStandard.QSR, BigInteger.ONE, 5, 0, 32, lock);
        lock[0] = 9;
        assertThat(h.hashLock()[0]).isZero();
        h.hashLock()[0] = 7;
        assertThat(h.hashLock()[0]).isZero();
        assertThat(h).isEqualTo(new HtlcInfo(H, A, A, TokenStandard.QSR, BigInteger.ONE, 5, 0, 32, new byte[32]))
                .hasSameHashCodeAs(new HtlcInfo(H, A, A, TokenStandard.QSR, BigInteger.ONE, 5, 0, 32, new byte[32]));
    }

    @Test
    void negativeTimesAreTwosComplementWords() {
        StakeInfo s = new StakeInfo(A, H, BigInteger.ONE, BigInteger.ONE, -1, -2, Long.MIN_VALUE);
        assertThat(StakeInfo.decode(s.storageKey(), s.encodeValue())).isEqualTo(s);
        assertThat(Hex.encode(s.encodeValue()).substring(128, 192)).isEqualTo("ff".repeat(32));
    }
}
