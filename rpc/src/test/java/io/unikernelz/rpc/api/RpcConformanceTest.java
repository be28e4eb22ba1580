package io.unikernelz.rpc.api;

import static io.unikernelz.rpc.api.Seeds.address;
import static io.unikernelz.rpc.api.Seeds.big;
import static io.unikernelz.rpc.api.Seeds.hash;
import static io.unikernelz.rpc.api.Seeds.zts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import io.unikernelz.vm.embedded.definition.DelegationInfo;
import io.unikernelz.vm.embedded.definition.FusedAmount;
import io.unikernelz.vm.embedded.definition.FusionInfo;
import io.unikernelz.vm.embedded.definition.HtlcInfo;
import io.unikernelz.vm.embedded.definition.LastEpochUpdate;
import io.unikernelz.vm.embedded.definition.LegacyPillarEntry;
import io.unikernelz.vm.embedded.definition.LiquidityInfo;
import io.unikernelz.vm.embedded.definition.LiquidityStakeEntry;
import io.unikernelz.vm.embedded.definition.OrchestratorInfo;
import io.unikernelz.vm.embedded.definition.PillarEpochHistory;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import io.unikernelz.vm.embedded.definition.RewardDeposit;
import io.unikernelz.vm.embedded.definition.RewardDepositHistory;
import io.unikernelz.vm.embedded.definition.SecurityInfo;
import io.unikernelz.vm.embedded.definition.SentinelInfo;
import io.unikernelz.vm.embedded.definition.Spork;
import io.unikernelz.vm.embedded.definition.StakeInfo;
import io.unikernelz.vm.embedded.definition.SwapAssets;
import io.unikernelz.vm.embedded.definition.TimeChallengeInfo;
import io.unikernelz.vm.embedded.definition.TokenInfo;
import io.unikernelz.vm.embedded.definition.TokenTuple;
import io.unikernelz.vm.embedded.definition.ZtsFeesInfo;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every real go-zenon response in {@code conformance/rpc/} against our answer for the same state: the state is
 * rebuilt from the response itself (contract records written as go-zenon stores them), the method is called, and
 * the result must have go-zenon's shape (names, JSON types, nulls). Where the result is a pure function of the stored
 * records, it must also have the same values; results that depend on the node's clock, height or consensus
 * (cooldowns, weights, confirmations to finality) are compared by shape only.
 */
class RpcConformanceTest {
    @TempDir
    static Path dir;
    static Harness h;

    @BeforeAll
    static void chain() {
        h = new Harness(dir);
        h.z.insertMomentumsTo(5);
    }

    @AfterAll
    static void close() {
        h.close();
    }

    enum Check { VALUE, SHAPE }

    record Case(String file, String method, Check check, JsonShape.Rules rules, Function<JsonNode, List<Object>> params,
                BiConsumer<JsonNode, OverlayLedger> seed, UnaryOperator<NodeServices> services) {
        Case withRules(JsonShape.Rules r) {
            return new Case(file, method, check, r, params, seed, services);
        }

        Case withServices(UnaryOperator<NodeServices> s) {
            return new Case(file, method, check, rules, params, seed, s);
        }
    }

    static Case value(String file, String method, Function<JsonNode, List<Object>> params, BiConsumer<JsonNode, OverlayLedger> seed) {
        return new Case(file, method, Check.VALUE, JsonShape.Rules.STRICT, params, seed, s -> s);
    }

    static Case shape(String file, String method, Function<JsonNode, List<Object>> params, BiConsumer<JsonNode, OverlayLedger> seed) {
        return new Case(file, method, Check.SHAPE, JsonShape.Rules.STRICT, params, seed, s -> s);
    }

    static final Address SOMEONE = Address.parse("z1qqjnwjjpnue8xmmpanz6csze6tcmtzzdtfsww7");
    static final Address SOMEONE_ELSE = Address.parse("z1qpsjv3wzzuuzdudg7tf6uhvr6sk4ag8me42ua4");

    static List<Object> none(JsonNode ref) {
        return List.of();
    }

    static List<Object> page(JsonNode ref) {
        return List.of(0, 1024);
    }

    // ---------------------------------------------------------------- seeds shared by several contracts

    /** The uncollected reward of the reference's address. */
    static void rewardDeposit(Address contract, JsonNode ref, OverlayLedger o) {
        o.put(contract, new RewardDeposit(address(ref.get("address")), big(ref.get("znnAmount")), big(ref.get("qsrAmount"))));
    }

    /** The reward history a getFrontierRewardByPage reference lists for {@link #SOMEONE}, up to its last epoch. */
    static void rewardHistory(Address contract, JsonNode ref, OverlayLedger o) {
        o.put(contract, new LastEpochUpdate(ref.get("count").asLong() - 1));
        for (JsonNode e : ref.get("list")) {
            o.put(contract, new RewardDepositHistory(e.get("epoch").asLong(), SOMEONE, big(e.get("znnAmount")), big(e.get("qsrAmount"))));
        }
    }

    static List<Object> rewardPage(JsonNode ref) {
        return List.of(SOMEONE, 0, ref.get("list").size());
    }

    static void tokens(Iterable<JsonNode> tokens, OverlayLedger o) {
        for (JsonNode t : tokens) o.put(Address.TOKEN, Seeds.token(t));
    }

    static void securityInfo(Address contract, JsonNode ref, OverlayLedger o) {
        List<Address> guardians = new ArrayList<>();
        ref.get("guardians").forEach(a -> guardians.add(address(a)));
        List<Address> votes = new ArrayList<>();
        ref.get("guardiansVotes").forEach(a -> votes.add(address(a)));
        o.put(contract, new SecurityInfo(guardians, votes, ref.get("administratorDelay").asLong(), ref.get("softDelay").asLong()));
    }

    static void timeChallenges(Address contract, JsonNode ref, OverlayLedger o) {
        for (JsonNode t : ref.get("list")) {
            o.put(contract, new TimeChallengeInfo(t.get("MethodName").textValue(), hash(t.get("ParamsHash")), t.get("ChallengeStartHeight").asLong()));
        }
    }

    static PillarInfo pillar(JsonNode p) {
        return new PillarInfo(p.get("name").textValue(), address(p.get("producerAddress")), address(p.get("withdrawAddress")),
                address(p.get("ownerAddress")), BigInteger.valueOf(1_500_000_000_000L), 1_637_755_200L, p.get("revokeTimestamp").asLong(),
                p.get("giveMomentumRewardPercentage").asInt(), p.get("giveDelegateRewardPercentage").asInt(), p.get("type").asInt());
    }

    static void pillars(Iterable<JsonNode> list, OverlayLedger o) {
        o.clear(Address.PILLAR, new byte[] {PillarInfo.PREFIX});
        for (JsonNode p : list) o.put(Address.PILLAR, pillar(p));
    }

    static void project(JsonNode p, OverlayLedger o) {
        o.put(Address.ACCELERATOR, Seeds.project(p));
        Seeds.votes(p.get("votes")).forEach(v -> o.put(Address.ACCELERATOR, v));
        for (JsonNode ph : p.get("phases")) {
            if (ph.isNull()) continue;
            o.put(Address.ACCELERATOR, Seeds.phase(ph.get("phase")));
            Seeds.votes(ph.get("votes")).forEach(v -> o.put(Address.ACCELERATOR, v));
        }
    }

    static void bridgeNetwork(OverlayLedger o) {
        o.put(Address.BRIDGE, Seeds.network(ref("embedded/bridge/getNetworkInfo.json")));
        for (String f : List.of("embedded/bridge/getAllWrapTokenRequests.json", "embedded/bridge/getAllUnwrapTokenRequests.json")) {
            for (JsonNode r : ref(f).get("list")) o.put(Address.TOKEN, Seeds.token(r.get("token")));
        }
    }

    static void wraps(JsonNode ref, OverlayLedger o) {
        bridgeNetwork(o);
        o.put(Address.BRIDGE, new OrchestratorInfo(10, 10, 10, 15, 97));
        Iterable<JsonNode> list = ref.has("list") ? ref.get("list") : List.of(ref);
        for (JsonNode r : list) {
            var w = Seeds.wrap(r);
            o.put(Address.BRIDGE, w).put(Address.BRIDGE, w.requestPair());
        }
    }

    static void unwraps(JsonNode ref, OverlayLedger o) {
        bridgeNetwork(o);
        Iterable<JsonNode> list = ref.has("list") ? ref.get("list") : List.of(ref);
        for (JsonNode r : list) o.put(Address.BRIDGE, Seeds.unwrap(r));
    }

    static JsonNode ref(String relative) {
        return Shared.json("conformance/rpc/" + relative);
    }

    // ---------------------------------------------------------------- the cases

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // plasma
        c.add(value("embedded/plasma/get.json", "embedded.plasma.get", r -> List.of(SOMEONE),
                (r, o) -> o.put(Address.PLASMA, new FusedAmount(SOMEONE, big(r.get("qsrAmount"))))));
        c.add(value("embedded/plasma/getEntriesByAddress.json", "embedded.plasma.getEntriesByAddress", r -> List.of(SOMEONE, 0, 10), (r, o) -> {
            for (JsonNode e : r.get("list")) {
                o.put(Address.PLASMA, new FusionInfo(SOMEONE, hash(e.get("id")), big(e.get("qsrAmount")), e.get("expirationHeight").asLong(),
                        address(e.get("beneficiary"))));
            }
        }));
        c.add(value("embedded/plasma/getRequiredPoWForAccountBlock.json", "embedded.plasma.getRequiredPoWForAccountBlock",
                r -> List.of(Map.of("address", SOMEONE.toString(), "blockType", 2, "toAddress", SOMEONE_ELSE.toString())),
                // 315 000 plasma available: 150 QSR fused
                (r, o) -> o.put(Address.PLASMA, new FusedAmount(SOMEONE, BigInteger.valueOf(150L * 100_000_000L)))));
        // token
        c.add(value("embedded/token/getAll.json", "embedded.token.getAll", RpcConformanceTest::page, (r, o) -> {
            o.clear(Address.TOKEN, new byte[] {TokenInfo.PREFIX});
            tokens(r.get("list"), o);
        }));
        c.add(value("embedded/token/getByOwner.json", "embedded.token.getByOwner",
                r -> List.of(address(r.get("list").get(0).get("owner")), 0, 10), (r, o) -> tokens(r.get("list"), o)));
        c.add(value("embedded/token/getByZts.json", "embedded.token.getByZts", r -> List.of(zts(r.get("tokenStandard"))),
                (r, o) -> tokens(List.of(r), o)));
        // pillar
        c.add(shape("embedded/pillar/getAll.json", "embedded.pillar.getAll", RpcConformanceTest::page, (r, o) -> pillars(r.get("list"), o)));
        c.add(shape("embedded/pillar/getByName.json", "embedded.pillar.getByName", r -> List.of(r.get("name").textValue()),
                (r, o) -> pillars(List.of(r), o)));
        c.add(shape("embedded/pillar/getByOwner.json", "embedded.pillar.getByOwner", r -> List.of(address(r.get(0).get("ownerAddress"))),
                (r, o) -> pillars(r, o)));
        c.add(value("embedded/pillar/getDelegatedPillar.json", "embedded.pillar.getDelegatedPillar", r -> List.of(SOMEONE), (r, o) -> {
            String name = r.get("name").textValue();
            o.put(Address.PILLAR, new DelegationInfo(SOMEONE, name));
            o.put(Address.PILLAR, new PillarInfo(name, SOMEONE_ELSE, SOMEONE_ELSE, SOMEONE_ELSE, BigInteger.ONE, 1, 0, 0, 100, 2));
            o.balance(SOMEONE, TokenStandard.ZNN, big(r.get("weight")));
        }));
        c.add(value("embedded/pillar/getUncollectedReward.json", "embedded.pillar.getUncollectedReward", r -> List.of(address(r.get("address"))),
                (r, o) -> rewardDeposit(Address.PILLAR, r, o)));
        c.add(value("embedded/pillar/getFrontierRewardByPage.json", "embedded.pillar.getFrontierRewardByPage", RpcConformanceTest::rewardPage,
                (r, o) -> rewardHistory(Address.PILLAR, r, o)));
        c.add(value("embedded/pillar/getPillarEpochHistory.json", "embedded.pillar.getPillarEpochHistory",
                r -> List.of(r.get("list").get(0).get("name").textValue(), 0, r.get("list").size()), (r, o) -> {
                    o.put(Address.PILLAR, new LastEpochUpdate(r.get("count").asLong() - 1));
                    for (JsonNode e : r.get("list")) o.put(Address.PILLAR, epochHistory(e));
                }));
        c.add(value("embedded/pillar/getPillarsHistoryByEpoch.json", "embedded.pillar.getPillarsHistoryByEpoch",
                r -> List.of(r.get("list").get(0).get("epoch").asLong(), 0, 1024), (r, o) -> {
                    for (JsonNode e : r.get("list")) o.put(Address.PILLAR, epochHistory(e));
                }));
        // sentinel
        c.add(shape("embedded/sentinel/getAllActive.json", "embedded.sentinel.getAllActive", RpcConformanceTest::page, (r, o) -> {
            for (JsonNode s : r.get("list")) o.put(Address.SENTINEL, sentinel(s));
        }));
        c.add(shape("embedded/sentinel/getByOwner.json", "embedded.sentinel.getByOwner", r -> List.of(address(r.get("owner"))),
                (r, o) -> o.put(Address.SENTINEL, sentinel(r))));
        c.add(value("embedded/sentinel/getUncollectedReward.json", "embedded.sentinel.getUncollectedReward",
                r -> List.of(address(r.get("address"))), (r, o) -> rewardDeposit(Address.SENTINEL, r, o)));
        c.add(value("embedded/sentinel/getFrontierRewardByPage.json", "embedded.sentinel.getFrontierRewardByPage", RpcConformanceTest::rewardPage,
                (r, o) -> rewardHistory(Address.SENTINEL, r, o)));
        // stake: captured before May 2023, some big integers are numbers there
        c.add(value("embedded/stake/getEntriesByAddress.json", "embedded.stake.getEntriesByAddress",
                r -> List.of(address(r.get("list").get(0).get("address")), 0, 10), (r, o) -> {
                    for (JsonNode s : r.get("list")) {
                        o.put(Address.STAKE, new StakeInfo(address(s.get("address")), hash(s.get("id")), big(s.get("amount")),
                                big(s.get("weightedAmount")), s.get("startTimestamp").asLong(), 0, s.get("expirationTimestamp").asLong()));
                    }
                }).withRules(JsonShape.Rules.legacy("totalAmount", "totalWeightedAmount", "list[].weightedAmount")));
        c.add(value("embedded/stake/getUncollectedReward.json", "embedded.stake.getUncollectedReward", r -> List.of(address(r.get("address"))),
                (r, o) -> rewardDeposit(Address.STAKE, r, o)).withRules(JsonShape.Rules.legacy("znnAmount")));
        c.add(value("embedded/stake/getFrontierRewardByPage.json", "embedded.stake.getFrontierRewardByPage", RpcConformanceTest::rewardPage,
                (r, o) -> rewardHistory(Address.STAKE, r, o)));
        // swap
        c.add(value("embedded/swap/getAssetsByKeyIdHash.json", "embedded.swap.getAssetsByKeyIdHash", r -> List.of(hash(r.get("keyIdHash"))),
                (r, o) -> o.put(Address.SWAP, new SwapAssets(hash(r.get("keyIdHash")), big(r.get("znn")), big(r.get("qsr"))))));
        c.add(value("embedded/swap/getAssets.json", "embedded.swap.getAssets", RpcConformanceTest::none, (r, o) -> {
            o.clear(Address.SWAP, new byte[0]);
            r.properties().forEach(e -> o.put(Address.SWAP, new SwapAssets(Hash.parse(e.getKey()), big(e.getValue().get("znn")),
                    big(e.getValue().get("qsr")))));
        }).withRules(JsonShape.Rules.map("")));
        c.add(value("embedded/swap/getLegacyPillars.json", "embedded.swap.getLegacyPillars", RpcConformanceTest::none, (r, o) -> {
            o.clear(Address.PILLAR, new byte[] {LegacyPillarEntry.PREFIX});
            for (JsonNode e : r) o.put(Address.PILLAR, new LegacyPillarEntry(hash(e.get("keyIdHash")), e.get("numPillars").asInt()));
        }));
        // spork: the capture lists sporks in activation order, go-zenon lists them in key order
        c.add(shape("embedded/spork/getAll.json", "embedded.spork.getAll", RpcConformanceTest::page, (r, o) -> {
            for (JsonNode s : r.get("list")) {
                o.put(Address.SPORK, new Spork(hash(s.get("id")), s.get("name").textValue(), s.get("description").textValue(),
                        s.get("activated").asBoolean(), s.get("enforcementHeight").asLong()));
            }
        }));
        // htlc
        c.add(value("embedded/htlc/getById.json", "embedded.htlc.getById", r -> List.of(hash(r.get("id"))),
                (r, o) -> o.put(Address.HTLC, new HtlcInfo(hash(r.get("id")), address(r.get("timeLocked")), address(r.get("hashLocked")),
                        zts(r.get("tokenStandard")), big(r.get("amount")), r.get("expirationTime").asLong(), r.get("hashType").asInt(),
                        r.get("keyMaxSize").asInt(), java.util.Base64.getDecoder().decode(r.get("hashLock").textValue())))));
        // accelerator
        // one project in this capture has a null description, which go-zenon (a Go string) cannot print
        c.add(value("embedded/accelerator/getAll.json", "embedded.accelerator.getAll", RpcConformanceTest::page, (r, o) -> {
            for (JsonNode p : r.get("list")) project(p, o);
        }).withRules(JsonShape.Rules.nullStrings("list[].description")));
        c.add(value("embedded/accelerator/getProjectById.json", "embedded.accelerator.getProjectById", r -> List.of(hash(r.get("id"))),
                (r, o) -> project(r, o)));
        c.add(value("stats/embedded/project.json", "embedded.accelerator.getProjectById", r -> List.of(hash(r.get("id"))),
                (r, o) -> project(r, o)));
        c.add(value("embedded/accelerator/getPhaseById.json", "embedded.accelerator.getPhaseById", r -> List.of(hash(r.get("phase").get("id"))),
                (r, o) -> {
                    o.put(Address.ACCELERATOR, Seeds.phase(r.get("phase")));
                    Seeds.votes(r.get("votes")).forEach(v -> o.put(Address.ACCELERATOR, v));
                }));
        c.add(value("embedded/accelerator/getVoteBreakdown.json", "embedded.accelerator.getVoteBreakdown", r -> List.of(hash(r.get("id"))),
                (r, o) -> Seeds.votes(r).forEach(v -> o.put(Address.ACCELERATOR, v))));
        c.add(value("embedded/accelerator/getPillarVotes.json", "embedded.accelerator.getPillarVotes",
                r -> List.of("Anvil", List.of()), (r, o) -> { }));
        // bridge
        c.add(value("embedded/bridge/getBridgeInfo.json", "embedded.bridge.getBridgeInfo", RpcConformanceTest::none,
                (r, o) -> o.put(Address.BRIDGE, new BridgeInfo(address(r.get("administrator")), r.get("compressedTssECDSAPubKey").textValue(),
                        r.get("decompressedTssECDSAPubKey").textValue(), r.get("allowKeyGen").asBoolean(), r.get("halted").asBoolean(),
                        r.get("unhaltedAt").asLong(), r.get("unhaltDurationInMomentums").asLong(), r.get("tssNonce").asLong(),
                        r.get("metadata").textValue()))));
        c.add(value("embedded/bridge/getSecurityInfo.json", "embedded.bridge.getSecurityInfo", RpcConformanceTest::none,
                (r, o) -> securityInfo(Address.BRIDGE, r, o)));
        c.add(value("embedded/bridge/getOrchestratorInfo.json", "embedded.bridge.getOrchestratorInfo", RpcConformanceTest::none,
                (r, o) -> o.put(Address.BRIDGE, new OrchestratorInfo(r.get("windowSize").asLong(), r.get("keyGenThreshold").asLong(),
                        r.get("confirmationsToFinality").asLong(), r.get("estimatedMomentumTime").asLong(), r.get("allowKeyGenHeight").asLong()))));
        c.add(value("embedded/bridge/getTimeChallengesInfo.json", "embedded.bridge.getTimeChallengesInfo", RpcConformanceTest::none,
                (r, o) -> timeChallenges(Address.BRIDGE, r, o)));
        c.add(value("embedded/bridge/getNetworkInfo.json", "embedded.bridge.getNetworkInfo",
                r -> List.of(r.get("networkClass").asLong(), r.get("chainId").asLong()), (r, o) -> o.put(Address.BRIDGE, Seeds.network(r))));
        c.add(value("embedded/bridge/getAllNetworks.json", "embedded.bridge.getAllNetworks", RpcConformanceTest::page, (r, o) -> {
            for (JsonNode n : r.get("list")) o.put(Address.BRIDGE, Seeds.network(n));
        }));
        c.add(value("embedded/bridge/getFeeTokenPair.json", "embedded.bridge.getFeeTokenPair", r -> List.of(zts(r.get("tokenStandard"))),
                (r, o) -> o.put(Address.BRIDGE, new ZtsFeesInfo(zts(r.get("tokenStandard")), big(r.get("accumulatedFee"))))));
        c.add(shape("embedded/bridge/getWrapTokenRequestById.json", "embedded.bridge.getWrapTokenRequestById", r -> List.of(hash(r.get("id"))),
                RpcConformanceTest::wraps));
        c.add(shape("embedded/bridge/getAllWrapTokenRequests.json", "embedded.bridge.getAllWrapTokenRequests", RpcConformanceTest::page,
                RpcConformanceTest::wraps));
        c.add(shape("embedded/bridge/getAllWrapTokenRequestsByToAddress.json", "embedded.bridge.getAllWrapTokenRequestsByToAddress",
                r -> List.of(r.get("list").get(0).get("toAddress").textValue(), 0, 10), RpcConformanceTest::wraps));
        c.add(shape("embedded/bridge/getAllWrapTokenRequestsByToAddressNetworkClassAndChainId.json",
                "embedded.bridge.getAllWrapTokenRequestsByToAddressNetworkClassAndChainId",
                r -> List.of(r.get("list").get(0).get("toAddress").textValue(), 2, 123, 0, 10), RpcConformanceTest::wraps));
        c.add(shape("embedded/bridge/getAllUnsignedWrapTokenRequests.json", "embedded.bridge.getAllUnsignedWrapTokenRequests",
                RpcConformanceTest::page, RpcConformanceTest::wraps));
        // the capture of this one predates the token and redeemableIn members go-zenon's handler adds
        c.add(shape("embedded/bridge/getUnwrapTokenRequestByHashAndLog.json", "embedded.bridge.getUnwrapTokenRequestByHashAndLog",
                r -> List.of(hash(r.get("transactionHash")), r.get("logIndex").asLong()), RpcConformanceTest::unwraps)
                .withRules(JsonShape.Rules.extraMembers("")));
        c.add(shape("embedded/bridge/getAllUnwrapTokenRequests.json", "embedded.bridge.getAllUnwrapTokenRequests", RpcConformanceTest::page,
                RpcConformanceTest::unwraps));
        c.add(shape("embedded/bridge/getAllUnwrapTokenRequestsByToAddress.json", "embedded.bridge.getAllUnwrapTokenRequestsByToAddress",
                r -> List.of(r.get("list").get(0).get("toAddress").textValue(), 0, 10), RpcConformanceTest::unwraps));
        // liquidity
        c.add(value("embedded/liquidity/getLiquidityInfo.json", "embedded.liquidity.getLiquidityInfo", RpcConformanceTest::none, (r, o) -> {
            List<TokenTuple> tuples = new ArrayList<>();
            for (JsonNode t : r.get("tokenTuples")) {
                tuples.add(new TokenTuple(t.get("tokenStandard").textValue(), t.get("znnPercentage").asLong(), t.get("qsrPercentage").asLong(),
                        big(t.get("minAmount"))));
            }
            o.put(Address.LIQUIDITY, new LiquidityInfo(address(r.get("administrator")), r.get("isHalted").asBoolean(), big(r.get("znnReward")),
                    big(r.get("qsrReward")), tuples));
        }));
        c.add(value("embedded/liquidity/getSecurityInfo.json", "embedded.liquidity.getSecurityInfo", RpcConformanceTest::none,
                (r, o) -> securityInfo(Address.LIQUIDITY, r, o)));
        c.add(value("embedded/liquidity/getTimeChallengesInfo.json", "embedded.liquidity.getTimeChallengesInfo", RpcConformanceTest::none,
                (r, o) -> timeChallenges(Address.LIQUIDITY, r, o)));
        c.add(value("embedded/liquidity/getLiquidityStakeEntriesByAddress.json", "embedded.liquidity.getLiquidityStakeEntriesByAddress",
                r -> List.of(address(r.get("list").get(0).get("stakeAddress")), 0, 10), (r, o) -> {
                    for (JsonNode s : r.get("list")) {
                        o.put(Address.LIQUIDITY, new LiquidityStakeEntry(address(s.get("stakeAddress")), hash(s.get("id")), big(s.get("amount")),
                                zts(s.get("tokenStandard")), big(s.get("weightedAmount")), s.get("startTime").asLong(), s.get("revokeTime").asLong(),
                                s.get("expirationTime").asLong()));
                    }
                }));
        c.add(value("embedded/liquidity/getUncollectedReward.json", "embedded.liquidity.getUncollectedReward",
                r -> List.of(address(r.get("address"))), (r, o) -> rewardDeposit(Address.LIQUIDITY, r, o))
                .withRules(JsonShape.Rules.legacy("znnAmount", "qsrAmount")));
        // this capture (epochs 10 and 20 under a count of 2) is an SDK fixture no node produces: shape only
        c.add(shape("embedded/liquidity/getFrontierRewardByPage.json", "embedded.liquidity.getFrontierRewardByPage",
                RpcConformanceTest::rewardPage, (r, o) -> rewardHistory(Address.LIQUIDITY, r, o)));
        // stats that report node state
        c.add(value("stats/networkInfo.json", "stats.networkInfo", RpcConformanceTest::none, (r, o) -> { })
                .withServices(s -> s.withNetwork(() -> networkStatus(ref("stats/networkInfo.json").get(0)))));
        c.add(value("stats/syncInfo.json", "stats.syncInfo", RpcConformanceTest::none, (r, o) -> { })
                .withServices(s -> s.withSync(() -> {
                    JsonNode r = ref("stats/syncInfo.json").get(0);
                    return new SyncInfo(r.get("state").asInt(), r.get("currentHeight").asLong(), r.get("targetHeight").asLong());
                })));
        return c;
    }

    static PillarEpochHistory epochHistory(JsonNode e) {
        return new PillarEpochHistory(e.get("name").textValue(), e.get("epoch").asLong(), e.get("giveBlockRewardPercentage").asInt(),
                e.get("giveDelegateRewardPercentage").asInt(), e.get("producedBlockNum").asInt(), e.get("expectedBlockNum").asInt(),
                big(e.get("weight")));
    }

    static SentinelInfo sentinel(JsonNode s) {
        return new SentinelInfo(address(s.get("owner")), s.get("registrationTimestamp").asLong(), s.get("active").asBoolean() ? 0 : 1,
                BigInteger.valueOf(5_000L * 100_000_000L), BigInteger.valueOf(50_000L * 100_000_000L));
    }

    static NetworkStatus networkStatus(JsonNode r) {
        List<NetworkStatus.Peer> peers = new ArrayList<>();
        for (JsonNode p : r.get("peers")) peers.add(peer(p));
        return new NetworkStatus(peers, peer(r.get("self")));
    }

    static NetworkStatus.Peer peer(JsonNode p) {
        return new NetworkStatus.Peer(p.get("publicKey").textValue(), p.get("ip").textValue(), p.get("name").textValue());
    }

    // ---------------------------------------------------------------- running them

    @TestFactory
    Stream<DynamicTest> everyRealResponse() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.file() + " (" + c.method() + ")", () -> run(c)));
    }

    /** The stats captures hold the result wrapped in a one-element array. */
    static JsonNode reference(String file) {
        JsonNode r = ref(file);
        return file.startsWith("stats/") && r.isArray() && r.size() == 1 ? r.get(0) : r;
    }

    static void run(Case c) {
        JsonNode expected = reference(c.file());
        OverlayLedger overlay = new OverlayLedger(LedgerAccess.of(h.z.chain));
        c.seed().accept(expected, overlay);
        NodeServices services = c.services().apply(h.services.withLedger(overlay));
        RpcMethod method = RpcApi.chainMethods(services).stream().filter(m -> m.name().equals(c.method())).findFirst()
                .orElseThrow(() -> new AssertionError("no method " + c.method()));
        JsonNode actual = Harness.JSON.valueToTree(method.response(Params.fromJson(Harness.params(c.params().apply(expected).toArray()))));
        JsonShape.assertSameShape(expected, actual, c.rules());
        if (c.check() == Check.VALUE) JsonShape.assertSameValue(JsonShape.modernised(expected, c.rules()), actual);
    }

    /** Every captured response has a case (osInfo and processInfo are machine facts, checked in StatsTest). */
    @Test
    void everyCaptureIsCovered() throws IOException {
        Path root = Shared.path("conformance/rpc");
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".json")).forEach(p -> files.add(root.relativize(p).toString()));
        }
        files.removeAll(Set.of("stats/osInfo.json", "stats/processInfo.json"));
        Set<String> covered = new TreeSet<>();
        cases().forEach(c -> covered.add(c.file()));
        assertThat(covered).containsAll(files);
    }
}
