package io.unikernelz.vm.embedded.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state type against definition-vectors.json, whose bytes were computed independently in Python
 * (generate_vectors.py, built on shared/protocol/repro/genesis_repro.py) from go-zenon's layouts.
 */
class DefinitionVectorsTest {
    static JsonNode vectorsFile() throws IOException {
        try (InputStream in = DefinitionVectorsTest.class.getResourceAsStream("definition-vectors.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    static Stream<Arguments> vectors() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode v : vectorsFile().get("vectors")) out.add(Arguments.of(v.get("type").asText(), v));
        return out.stream();
    }

    private static Address addr(JsonNode f, String n) {
        return Address.parse(f.get(n).asText());
    }

    private static Hash hash(JsonNode f, String n) {
        return Hash.parse(f.get(n).asText());
    }

    private static TokenStandard zts(JsonNode f, String n) {
        return TokenStandard.parse(f.get(n).asText());
    }

    private static BigInteger big(JsonNode f, String n) {
        return new BigInteger(f.get(n).asText());
    }

    /** Numbers up to 2^64-1; uint64 values above Long.MAX_VALUE map to their raw bits. */
    private static long lng(JsonNode f, String n) {
        return f.get(n).bigIntegerValue().longValue();
    }

    private static int num(JsonNode f, String n) {
        return f.get(n).intValue();
    }

    private static String str(JsonNode f, String n) {
        return f.get(n).asText();
    }

    private static boolean bool(JsonNode f, String n) {
        return f.get(n).asBoolean();
    }

    private static <T> List<T> list(JsonNode f, String n, Function<JsonNode, T> each) {
        List<T> out = new ArrayList<>();
        for (JsonNode x : f.get(n)) out.add(each.apply(x));
        return out;
    }

    static StorageEntry build(String type, JsonNode f) {
        return switch (type) {
            case "PillarInfo" -> new PillarInfo(str(f, "name"), addr(f, "blockProducingAddress"), addr(f, "rewardWithdrawAddress"),
                    addr(f, "stakeAddress"), big(f, "amount"), lng(f, "registrationTime"), lng(f, "revokeTime"),
                    num(f, "giveBlockRewardPercentage"), num(f, "giveDelegateRewardPercentage"), num(f, "pillarType"));
            case "ProducingPillar" -> new ProducingPillar(addr(f, "producing"), str(f, "name"));
            case "DelegationInfo" -> new DelegationInfo(addr(f, "backer"), str(f, "name"));
            case "LegacyPillarEntry" -> new LegacyPillarEntry(hash(f, "keyIdHash"), num(f, "pillarCount"));
            case "PillarEpochHistory" -> new PillarEpochHistory(str(f, "name"), lng(f, "epoch"), num(f, "giveBlockRewardPercentage"),
                    num(f, "giveDelegateRewardPercentage"), num(f, "producedBlockNum"), num(f, "expectedBlockNum"), big(f, "weight"));
            case "TokenInfo" -> new TokenInfo(zts(f, "tokenStandard"), addr(f, "owner"), str(f, "tokenName"), str(f, "tokenSymbol"),
                    str(f, "tokenDomain"), big(f, "totalSupply"), big(f, "maxSupply"), num(f, "decimals"), bool(f, "isMintable"),
                    bool(f, "isBurnable"), bool(f, "isUtility"));
            case "FusionInfo" -> new FusionInfo(addr(f, "owner"), hash(f, "id"), big(f, "amount"), lng(f, "expirationHeight"),
                    addr(f, "beneficiary"));
            case "FusedAmount" -> new FusedAmount(addr(f, "beneficiary"), big(f, "amount"));
            case "SwapAssets" -> new SwapAssets(hash(f, "keyIdHash"), big(f, "znn"), big(f, "qsr"));
            case "Spork" -> new Spork(hash(f, "id"), str(f, "name"), str(f, "description"), bool(f, "activated"), lng(f, "enforcementHeight"));
            case "RewardDeposit" -> new RewardDeposit(addr(f, "address"), big(f, "znn"), big(f, "qsr"));
            case "LastUpdate" -> new LastUpdate(lng(f, "height"));
            case "QsrDeposit" -> new QsrDeposit(addr(f, "address"), big(f, "qsr"));
            case "LastEpochUpdate" -> new LastEpochUpdate(lng(f, "lastEpoch"));
            case "RewardDepositHistory" -> new RewardDepositHistory(lng(f, "epoch"), addr(f, "address"), big(f, "znn"), big(f, "qsr"));
            case "PillarVote" -> new PillarVote(hash(f, "id"), str(f, "name"), num(f, "vote"));
            case "VotableHash" -> new VotableHash(hash(f, "id"));
            case "TimeChallengeInfo" -> new TimeChallengeInfo(str(f, "methodName"), hash(f, "paramsHash"), lng(f, "challengeStartHeight"));
            case "SecurityInfo" -> new SecurityInfo(list(f, "guardians", x -> Address.parse(x.asText())),
                    list(f, "guardiansVotes", x -> Address.parse(x.asText())), lng(f, "administratorDelay"), lng(f, "softDelay"));
            case "SentinelInfo" -> new SentinelInfo(addr(f, "owner"), lng(f, "registrationTimestamp"), lng(f, "revokeTimestamp"),
                    big(f, "znnAmount"), big(f, "qsrAmount"));
            case "StakeInfo" -> new StakeInfo(addr(f, "stakeAddress"), hash(f, "id"), big(f, "amount"), big(f, "weightedAmount"),
                    lng(f, "startTime"), lng(f, "revokeTime"), lng(f, "expirationTime"));
            case "HtlcInfo" -> new HtlcInfo(hash(f, "id"), addr(f, "timeLocked"), addr(f, "hashLocked"), zts(f, "tokenStandard"),
                    big(f, "amount"), lng(f, "expirationTime"), num(f, "hashType"), num(f, "keyMaxSize"), Hex.decode(str(f, "hashLock")));
            case "HtlcProxyUnlockInfo" -> new HtlcProxyUnlockInfo(addr(f, "address"), bool(f, "allowed"));
            case "Project" -> new Project(hash(f, "id"), addr(f, "owner"), str(f, "name"), str(f, "description"), str(f, "url"),
                    big(f, "znnFundsNeeded"), big(f, "qsrFundsNeeded"), lng(f, "creationTimestamp"), lng(f, "lastUpdateTimestamp"),
                    num(f, "status"), list(f, "phaseIds", x -> Hash.parse(x.asText())));
            case "Phase" -> new Phase(hash(f, "id"), hash(f, "projectId"), str(f, "name"), str(f, "description"), str(f, "url"),
                    big(f, "znnFundsNeeded"), big(f, "qsrFundsNeeded"), lng(f, "creationTimestamp"), lng(f, "acceptedTimestamp"),
                    num(f, "status"));
            case "BridgeInfo" -> new BridgeInfo(addr(f, "administrator"), str(f, "compressedTssECDSAPubKey"),
                    str(f, "decompressedTssECDSAPubKey"), bool(f, "allowKeyGen"), bool(f, "halted"), lng(f, "unhaltedAt"),
                    lng(f, "unhaltDurationInMomentums"), lng(f, "tssNonce"), str(f, "metadata"));
            case "OrchestratorInfo" -> new OrchestratorInfo(lng(f, "windowSize"), lng(f, "keyGenThreshold"), lng(f, "confirmationsToFinality"),
                    lng(f, "estimatedMomentumTime"), lng(f, "allowKeyGenHeight"));
            case "NetworkInfo" -> new NetworkInfo(lng(f, "networkClass"), lng(f, "id"), str(f, "name"), str(f, "contractAddress"),
                    str(f, "metadata"), list(f, "tokenPairs", p -> new TokenPair(zts(p, "tokenStandard"), str(p, "tokenAddress"),
                            bool(p, "bridgeable"), bool(p, "redeemable"), bool(p, "owned"), big(p, "minAmount"), lng(p, "feePercentage"),
                            lng(p, "redeemDelay"), str(p, "metadata"))));
            case "RequestPair" -> new RequestPair(hash(f, "id"), lng(f, "creationMomentumHeight"));
            case "WrapTokenRequest" -> new WrapTokenRequest(lng(f, "networkClass"), lng(f, "chainId"), hash(f, "id"), str(f, "toAddress"),
                    zts(f, "tokenStandard"), str(f, "tokenAddress"), big(f, "amount"), big(f, "fee"), str(f, "signature"),
                    lng(f, "creationMomentumHeight"));
            case "UnwrapTokenRequest" -> new UnwrapTokenRequest(lng(f, "registrationMomentumHeight"), lng(f, "networkClass"),
                    lng(f, "chainId"), hash(f, "transactionHash"), lng(f, "logIndex"), addr(f, "toAddress"), str(f, "tokenAddress"),
                    zts(f, "tokenStandard"), big(f, "amount"), str(f, "signature"), num(f, "redeemed"), num(f, "revoked"));
            case "ZtsFeesInfo" -> new ZtsFeesInfo(zts(f, "tokenStandard"), big(f, "accumulatedFee"));
            case "LiquidityInfo" -> new LiquidityInfo(addr(f, "administrator"), bool(f, "isHalted"), big(f, "znnReward"), big(f, "qsrReward"),
                    list(f, "tokenTuples", t -> new TokenTuple(str(t, "tokenStandard"), lng(t, "znnPercentage"), lng(t, "qsrPercentage"),
                            big(t, "minAmount"))));
            case "LiquidityStakeEntry" -> new LiquidityStakeEntry(addr(f, "stakeAddress"), hash(f, "id"), big(f, "amount"),
                    zts(f, "tokenStandard"), big(f, "weightedAmount"), lng(f, "startTime"), lng(f, "revokeTime"), lng(f, "expirationTime"));
            default -> throw new IllegalArgumentException("no builder for " + type);
        };
    }

    static StorageEntry decode(String type, byte[] key, byte[] value) {
        return switch (type) {
            case "PillarInfo" -> PillarInfo.decode(key, value);
            case "ProducingPillar" -> ProducingPillar.decode(key, value);
            case "DelegationInfo" -> DelegationInfo.decode(key, value);
            case "LegacyPillarEntry" -> LegacyPillarEntry.decode(key, value);
            case "PillarEpochHistory" -> PillarEpochHistory.decode(key, value);
            case "TokenInfo" -> TokenInfo.decode(key, value);
            case "FusionInfo" -> FusionInfo.decode(key, value);
            case "FusedAmount" -> FusedAmount.decode(key, value);
            case "SwapAssets" -> SwapAssets.decode(key, value);
            case "Spork" -> Spork.decode(key, value);
            case "RewardDeposit" -> RewardDeposit.decode(key, value);
            case "LastUpdate" -> LastUpdate.decode(key, value);
            case "QsrDeposit" -> QsrDeposit.decode(key, value);
            case "LastEpochUpdate" -> LastEpochUpdate.decode(key, value);
            case "RewardDepositHistory" -> RewardDepositHistory.decode(key, value);
            case "PillarVote" -> PillarVote.decode(key, value);
            case "VotableHash" -> VotableHash.decode(key, value);
            case "TimeChallengeInfo" -> TimeChallengeInfo.decode(key, value);
            case "SecurityInfo" -> SecurityInfo.decode(key, value);
            case "SentinelInfo" -> SentinelInfo.decode(key, value);
            case "StakeInfo" -> StakeInfo.decode(key, value);
            case "HtlcInfo" -> HtlcInfo.decode(key, value);
            case "HtlcProxyUnlockInfo" -> HtlcProxyUnlockInfo.decode(key, value);
            case "Project" -> Project.decode(key, value);
            case "Phase" -> Phase.decode(key, value);
            case "BridgeInfo" -> BridgeInfo.decode(key, value);
            case "OrchestratorInfo" -> OrchestratorInfo.decode(key, value);
            case "NetworkInfo" -> NetworkInfo.decode(key, value);
            case "RequestPair" -> RequestPair.decode(key, value);
            case "WrapTokenRequest" -> WrapTokenRequest.decode(key, value);
            case "UnwrapTokenRequest" -> UnwrapTokenRequest.decode(key, value);
            case "ZtsFeesInfo" -> ZtsFeesInfo.decode(key, value);
            case "LiquidityInfo" -> LiquidityInfo.decode(key, value);
            case "LiquidityStakeEntry" -> LiquidityStakeEntry.decode(key, value);
            default -> throw new IllegalArgumentException("no decoder for " + type);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void keyAndValueMatchAndDecodeBack(String type, JsonNode v) {
        StorageEntry entry = build(type, v.get("fields"));
        assertThat(Hex.encode(entry.storageKey())).as("key").isEqualTo(v.get("key").asText());
        assertThat(Hex.encode(entry.encodeValue())).as("value").isEqualTo(v.get("value").asText());
        StorageEntry back = decode(type, Hex.decode(v.get("key").asText()), Hex.decode(v.get("value").asText()));
        assertThat(back).isEqualTo(entry);
    }

    @org.junit.jupiter.api.Test
    void everyStateTypeHasAVector() throws IOException {
        List<String> types = new ArrayList<>();
        for (JsonNode v : vectorsFile().get("vectors")) types.add(v.get("type").asText());
        assertThat(types).doesNotHaveDuplicates().hasSize(34);
    }
}
