package io.unikernelz.rpc.api;

import static io.unikernelz.rpc.api.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.chain.genesis.MockGenesis;
import io.unikernelz.consensus.mock.MockZenon;
import io.unikernelz.core.json.GoJson;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.abi.Abis;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded.* namespaces on go-zenon's mock chain: plasma and pillar scenarios from go-zenon's own tests
 * (vm/embedded/tests/plasma_test.go, simple_test.go), and each contract's answer on the mock genesis state.
 */
class EmbeddedApiTest {
    @TempDir
    Path dir;

    static final long ZEXP = MockGenesis.ZEXP;

    static JsonNode json(String text) {
        return GoJson.parse(text);
    }

    static Map<String, Object> powParam(Address self, Address to, byte[] data) {
        return Map.of("address", self.toString(), "blockType", 2, "toAddress", to.toString(),
                "data", java.util.Base64.getEncoder().encodeToString(data));
    }

    static AccountBlock fuse(Address from, Address beneficiary, long qsr) {
        return AccountBlock.builder().address(from).toAddress(Address.PLASMA).tokenStandard(TokenStandard.QSR)
                .amount(BigInteger.valueOf(qsr)).data(Abis.PLASMA.encodeMethod("Fuse", beneficiary)).build();
    }

    /** go-zenon TestPlasma_rpc. */
    @Test
    void plasmaRpc() {
        try (Harness h = new Harness(dir)) {
            Address user1 = h.z.g.user(1).address();
            Address user6 = h.z.g.user(6).address();
            byte[] fuseUser6 = Abis.PLASMA.encodeMethod("Fuse", user6);
            assertThat(text(h.call("embedded.plasma.getRequiredPoWForAccountBlock", powParam(user1, Address.PLASMA, fuseUser6))))
                    .isEqualTo("{\"availablePlasma\":10500000,\"basePlasma\":52500,\"requiredDifficulty\":0}");
            assertThat(text(h.call("embedded.plasma.getRequiredPoWForAccountBlock", powParam(user6, Address.PLASMA, fuseUser6))))
                    .isEqualTo("{\"availablePlasma\":0,\"basePlasma\":52500,\"requiredDifficulty\":78750000}");

            h.z.callContract(fuse(user1, user6, 10 * ZEXP));
            h.z.insertNewMomentum();
            h.z.insertNewMomentum();
            assertThat(text(h.call("embedded.plasma.getRequiredPoWForAccountBlock", powParam(user6, Address.PLASMA, fuseUser6))))
                    .isEqualTo("{\"availablePlasma\":21000,\"basePlasma\":52500,\"requiredDifficulty\":47250000}");

            ObjectNode entries = (ObjectNode) h.call("embedded.plasma.getEntriesByAddress", user1, 0, 10);
            entries.withArray("list").forEach(e -> ((ObjectNode) e).put("id", "hidden"));
            assertThat(text(entries)).isEqualTo(text(json("""
                    {"qsrAmount":"2001000000000","count":3,"list":[
                      {"qsrAmount":"1000000000000","beneficiary":"z1qqfmjdays57w488sta69ykc2ey7r6d0q9wdvtj","expirationHeight":0,"id":"hidden"},
                      {"qsrAmount":"1000000000000","beneficiary":"z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz","expirationHeight":0,"id":"hidden"},
                      {"qsrAmount":"1000000000","beneficiary":"z1qqdt06lnwz57x38rwlyutcx5wgrtl0ynkfe3kv","expirationHeight":102,"id":"hidden"}]}""")));
            assertThat(text(h.call("embedded.plasma.getEntriesByAddress", user6, 0, 10))).isEqualTo("{\"qsrAmount\":\"0\",\"count\":0,\"list\":[]}");
        }
    }

    /** go-zenon TestPlasma_Fuse's plasma.get expectations: unconfirmed blocks use plasma until a momentum confirms them. */
    @Test
    void plasmaGet() {
        try (Harness h = new Harness(dir)) {
            Address user1 = h.z.g.user(1).address();
            Address user6 = h.z.g.user(6).address();
            h.z.insertSendBlock(AccountBlock.builder().address(user1).toAddress(user6).tokenStandard(TokenStandard.QSR)
                    .amount(BigInteger.valueOf(10 * ZEXP)).build(), null, MockZenon.SKIP_VM_CHANGES);
            h.z.insertNewMomentum();
            h.z.callContract(fuse(user1, user6, 10 * ZEXP));
            assertThat(text(h.call("embedded.plasma.get", user1)))
                    .isEqualTo("{\"currentPlasma\":10447500,\"maxPlasma\":10500000,\"qsrAmount\":\"1000000000000\"}");
            h.z.insertNewMomentum();
            assertThat(text(h.call("embedded.plasma.get", user1)))
                    .isEqualTo("{\"currentPlasma\":10500000,\"maxPlasma\":10500000,\"qsrAmount\":\"1000000000000\"}");
            assertThat(text(h.call("embedded.plasma.get", user6))).isEqualTo("{\"currentPlasma\":0,\"maxPlasma\":0,\"qsrAmount\":\"0\"}");
            h.z.insertNewMomentum();
            assertThat(text(h.call("embedded.plasma.get", user6))).isEqualTo("{\"currentPlasma\":21000,\"maxPlasma\":21000,\"qsrAmount\":\"1000000000\"}");
        }
    }

    /** go-zenon TestPlasma_RevokeGenesisPlasma's first expectation: genesis fusions, sorted by expiration then beneficiary. */
    @Test
    void genesisFusions() {
        try (Harness h = new Harness(dir)) {
            assertThat(text(h.call("embedded.plasma.getEntriesByAddress", h.z.g.user(1).address(), 0, 10))).isEqualTo(text(json("""
                    {"qsrAmount":"2000000000000","count":2,"list":[
                      {"qsrAmount":"1000000000000","beneficiary":"z1qqfmjdays57w488sta69ykc2ey7r6d0q9wdvtj","expirationHeight":0,
                       "id":"0000000000000000000000000000000000000000000000000000000000000000"},
                      {"qsrAmount":"1000000000000","beneficiary":"z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz","expirationHeight":0,
                       "id":"117613e734b6cb0fd7b7583f5b0e863a3f0c856cd32fa36f1b60b464d068c5a6"}]}""")));
            assertThat(text(h.call("embedded.plasma.getEntriesByAddress", h.z.g.user(1).address(), 1, 1))).contains("\"count\":2")
                    .contains("117613e7");
            h.expectError("embedded.plasma.getEntriesByAddress", -32000, "page-size parameter is too big", h.z.g.user(1).address(), 0, 1025);
            // a plain send to a user and a receive cost the base plasma; data costs 68 per byte
            Address user6 = h.z.g.user(6).address();
            assertThat(h.call("embedded.plasma.getRequiredPoWForAccountBlock",
                    Map.of("address", user6.toString(), "blockType", 3, "toAddress", user6.toString())).get("basePlasma").asLong()).isEqualTo(21000);
            assertThat(h.call("embedded.plasma.getRequiredPoWForAccountBlock",
                    Map.of("address", user6.toString(), "blockType", 2, "toAddress", user6.toString(), "data", "AAAA")).get("requiredDifficulty")
                    .asLong()).isEqualTo((21000 + 3 * 68) * 1500L);
            h.expectError("embedded.plasma.getRequiredPoWForAccountBlock", -32000, "toAddress is nil",
                    Map.of("address", user6.toString(), "blockType", 2));
            h.expectError("embedded.plasma.getRequiredPoWForAccountBlock", -32000, "method not found in the abi",
                    powParam(user6, Address.PLASMA, new byte[] {1, 2, 3, 4}));
        }
    }

    /** go-zenon TestSimple_ContractCall's pillar expectations that do not depend on contract calls. */
    @Test
    void pillars() {
        try (Harness h = new Harness(dir)) {
            Address user1 = h.z.g.user(1).address();
            assertThat(text(h.call("embedded.pillar.getDelegatedPillar", user1)))
                    .isEqualTo("{\"name\":\"TEST-pillar-1\",\"status\":1,\"weight\":\"1200000000000\"}");
            assertThat(h.call("embedded.pillar.getDelegatedPillar", h.z.g.user(9).address()).isNull()).isTrue();
            assertThat(h.call("embedded.pillar.getDepositedQsr", user1).textValue()).isEqualTo("0");
            assertThat(h.call("embedded.pillar.getQsrRegistrationCost").textValue()).isEqualTo("15000000000000");
            assertThat(h.call("embedded.pillar.checkNameAvailability", "TEST-pillar-1").booleanValue()).isFalse();
            assertThat(h.call("embedded.pillar.checkNameAvailability", "TEST-pillar-new").booleanValue()).isTrue();

            h.z.insertMomentumsTo(60);
            JsonNode all = h.call("embedded.pillar.getAll", 0, 10);
            assertThat(all.get("count").asInt()).isEqualTo(3);
            assertThat(all.get("list").findValuesAsText("weight")).containsExactly("2100000000000", "200000000000", "200000000000");
            assertThat(all.get("list").findValuesAsText("name")).containsExactly("TEST-pillar-1", "TEST-pillar-cool", "TEST-pillar-znn");
            assertThat(all.get("list").findValuesAsText("rank")).containsExactly("0", "1", "2");
            JsonNode first = all.get("list").get(0);
            assertThat(first.get("ownerAddress").textValue()).isEqualTo("z1qqq43dyrswfehx9w9td43exflqzcxrt7g6alah");
            assertThat(first.get("type").asInt()).isEqualTo(1);
            assertThat(first.get("giveDelegateRewardPercentage").asInt()).isEqualTo(100);
            assertThat(text(h.call("embedded.pillar.getByName", "TEST-pillar-cool"))).isEqualTo(text(all.get("list").get(1)));
            assertThat(h.call("embedded.pillar.getByName", "nobody").isNull()).isTrue();
            assertThat(text(h.call("embedded.pillar.getByOwner", first.get("ownerAddress").textValue()).get(0))).isEqualTo(text(first));
            assertThat(h.call("embedded.pillar.getAll", 1, 2).get("list").get(0).get("rank").asInt()).isEqualTo(2);

            // produced/expected momentums of the current epoch, from the producers and the election's slots
            Map<String, long[]> counts = new java.util.HashMap<>();
            long ticks = h.z.election.ticker().toTick(h.z.chain.frontierMomentum().timestamp());
            for (long t = 0; t <= ticks; t++) {
                for (var slot : h.z.election.byTick(t).producers()) counts.computeIfAbsent(slot.name(), n -> new long[2])[1]++;
            }
            for (long height = 2; height <= h.z.chain.height(); height++) {
                long hh = height;
                Address producer = h.z.chain.read(ms -> ms.momentumByHeight(hh)).orElseThrow().producer();
                String name = h.z.election.byTick(h.z.election.ticker().toTick(h.z.chain.read(ms -> ms.momentumByHeight(hh)).orElseThrow()
                        .timestamp())).producers().stream().filter(s -> s.producer().equals(producer)).findFirst().orElseThrow().name();
                counts.computeIfAbsent(name, n -> new long[2])[0]++;
            }
            for (JsonNode p : all.get("list")) {
                long[] c = counts.getOrDefault(p.get("name").textValue(), new long[2]);
                assertThat(p.get("currentStats").get("producedMomentums").asLong()).as("produced by %s", p.get("name")).isEqualTo(c[0]);
                assertThat(p.get("currentStats").get("expectedMomentums").asLong()).as("expected of %s", p.get("name")).isEqualTo(c[1]);
            }
            long produced = 0;
            for (JsonNode p : all.get("list")) produced += p.get("currentStats").get("producedMomentums").asLong();
            assertThat(produced).isEqualTo(59);

            assertThat(text(h.call("embedded.pillar.getPillarEpochHistory", "TEST-pillar-1", 0, 10))).isEqualTo("{\"count\":0,\"list\":[]}");
            assertThat(text(h.call("embedded.pillar.getPillarsHistoryByEpoch", 0, 0, 10))).isEqualTo("{\"count\":0,\"list\":[]}");
            assertThat(text(h.call("embedded.pillar.getUncollectedReward", user1)))
                    .isEqualTo("{\"address\":\"z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz\",\"znnAmount\":\"0\",\"qsrAmount\":\"0\"}");
            assertThat(text(h.call("embedded.pillar.getFrontierRewardByPage", user1, 0, 10))).isEqualTo("{\"count\":0,\"list\":[]}");
            h.expectError("embedded.pillar.getAll", -32000, "page-size parameter is too big", 0, 1025);
        }
    }

    /** The revoke windows go-zenon reports: locked, then revocable, cycling from registration. */
    @Test
    void revokeStatus() {
        var m = io.unikernelz.core.nom.Momentum.builder().timestamp(1_000).build();
        assertThat(PillarApi.revokeStatus(1_000, m, 40, 20)).containsExactly(0, 40);
        assertThat(PillarApi.revokeStatus(970, m, 40, 20)).containsExactly(0, 10);
        assertThat(PillarApi.revokeStatus(960, m, 40, 20)).containsExactly(1, 20);
        assertThat(PillarApi.revokeStatus(941, m, 40, 20)).containsExactly(1, 1);
        assertThat(PillarApi.revokeStatus(940, m, 40, 20)).containsExactly(0, 40);
    }

    @Test
    void tokensOfTheGenesis() {
        try (Harness h = new Harness(dir)) {
            String znn = """
                    {"name":"Zenon Coin","symbol":"ZNN","domain":"zenon.network","totalSupply":"19500000000000","decimals":8,
                     "owner":"z1qxemdeddedxpyllarxxxxxxxxxxxxxxxsy3fmg","tokenStandard":"zts1znnxxxxxxxxxxxxx9z4ulx",
                     "maxSupply":"4611686018427387903","isBurnable":true,"isMintable":true,"isUtility":true}""";
            assertThat(text(h.call("embedded.token.getByZts", TokenStandard.ZNN))).isEqualTo(text(json(znn)));
            assertThat(h.call("embedded.token.getByZts", TokenStandard.parse("zts1qanamzukd2v0pp8j2wzx6m")).isNull()).isTrue();
            JsonNode all = h.call("embedded.token.getAll", 0, 10);
            assertThat(all.get("count").asInt()).isEqualTo(2);
            assertThat(all.get("list").findValuesAsText("symbol")).containsExactlyInAnyOrder("ZNN", "QSR");
            assertThat(text(h.call("embedded.token.getByOwner", Address.PILLAR, 0, 10))).isEqualTo("{\"count\":1,\"list\":[" + text(json(znn)) + "]}");
            assertThat(h.call("embedded.token.getAll", 1, 1).get("list").size()).isEqualTo(1);
            assertThat(h.call("embedded.token.getAll", 2, 1).get("list").size()).isZero();
            h.expectError("embedded.token.getAll", -32000, "page-size parameter is too big", 0, 1025);
        }
    }

    @Test
    void swapOfTheGenesis() {
        try (Harness h = new Harness(dir)) {
            Hash key = MockGenesis.SECP1_KEY_ID;
            assertThat(text(h.call("embedded.swap.getAssetsByKeyIdHash", key)))
                    .isEqualTo("{\"keyIdHash\":\"" + key + "\",\"znn\":\"1500000000000\",\"qsr\":\"15000000000000\"}");
            assertThat(text(h.call("embedded.swap.getAssetsByKeyIdHash", Hash.ZERO)))
                    .isEqualTo("{\"keyIdHash\":\"" + Hash.ZERO + "\",\"znn\":\"0\",\"qsr\":\"0\"}");
            assertThat(text(h.call("embedded.swap.getAssets"))).isEqualTo("{\"" + key + "\":{\"znn\":\"1500000000000\",\"qsr\":\"15000000000000\"}}");
            assertThat(text(h.call("embedded.swap.getLegacyPillars"))).isEqualTo("[{\"keyIdHash\":\"" + key + "\",\"numPillars\":3}]");
        }
    }

    /** go-zenon ApplyDecay: full assets for 90 epochs, then 10 % less every 30 epochs. */
    @Test
    void swapDecay() {
        assertThat(SwapApi.percentageToGive(0)).isEqualTo(100);
        assertThat(SwapApi.percentageToGive(89)).isEqualTo(100);
        assertThat(SwapApi.percentageToGive(90)).isEqualTo(100);
        assertThat(SwapApi.percentageToGive(118)).isEqualTo(100);
        assertThat(SwapApi.percentageToGive(119)).isEqualTo(90);
        assertThat(SwapApi.percentageToGive(389)).isEqualTo(0);
        assertThat(SwapApi.percentageToGive(10_000)).isEqualTo(0);
    }

    /** Contracts with nothing stored answer with go-zenon's empty values and defaults. */
    @Test
    void emptyContracts() {
        try (Harness h = new Harness(dir)) {
            Address user1 = h.z.g.user(1).address();
            var p = h.z.supervisor.parameters();
            assertThat(text(h.call("embedded.spork.getAll", 0, 10))).isEqualTo("{\"count\":0,\"list\":[]}");
            assertThat(text(h.call("embedded.sentinel.getAllActive", 0, 10))).isEqualTo("{\"count\":0,\"list\":[]}");
            assertThat(h.call("embedded.sentinel.getByOwner", user1).isNull()).isTrue();
            assertThat(h.call("embedded.sentinel.getDepositedQsr", user1).textValue()).isEqualTo("0");
            assertThat(text(h.call("embedded.sentinel.getUncollectedReward", user1))).contains("\"znnAmount\":\"0\"");
            assertThat(text(h.call("embedded.sentinel.getFrontierRewardByPage", user1, 0, 5))).isEqualTo("{\"count\":0,\"list\":[]}");
            assertThat(text(h.call("embedded.stake.getEntriesByAddress", user1, 0, 10)))
                    .isEqualTo("{\"totalAmount\":\"0\",\"totalWeightedAmount\":\"0\",\"count\":0,\"list\":[]}");
            assertThat(text(h.call("embedded.stake.getUncollectedReward", user1))).contains("\"qsrAmount\":\"0\"");
            assertThat(text(h.call("embedded.stake.getFrontierRewardByPage", user1, 0, 5))).isEqualTo("{\"count\":0,\"list\":[]}");
            h.expectError("embedded.htlc.getById", -32000, "data non existent", Hash.ZERO);
            assertThat(h.call("embedded.htlc.getProxyUnlockStatus", user1).booleanValue()).isTrue();
            assertThat(text(h.call("embedded.accelerator.getAll", 0, 10))).isEqualTo("{\"count\":0,\"list\":[]}");
            h.expectError("embedded.accelerator.getProjectById", -32000, "data non existent", Hash.ZERO);
            h.expectError("embedded.accelerator.getPhaseById", -32000, "data non existent", Hash.ZERO);
            assertThat(text(h.call("embedded.accelerator.getVoteBreakdown", Hash.ZERO)))
                    .isEqualTo("{\"id\":\"" + Hash.ZERO + "\",\"total\":0,\"yes\":0,\"no\":0}");
            assertThat(text(h.call("embedded.accelerator.getPillarVotes", "TEST-pillar-1", java.util.List.of(Hash.ZERO.toString())))).isEqualTo("[null]");
            assertThat(text(h.callJson("embedded.accelerator.getPillarVotes", "[\"TEST-pillar-1\", null]"))).isEqualTo("[]");

            assertThat(text(h.call("embedded.bridge.getBridgeInfo"))).isEqualTo(text(json("""
                    {"administrator":"z1qr9vtwsfr2n0nsxl2nfh6l5esqjh2wfj85cfq9","compressedTssECDSAPubKey":"","decompressedTssECDSAPubKey":"",
                     "allowKeyGen":false,"halted":false,"unhaltedAt":0,"unhaltDurationInMomentums":%d,"tssNonce":0,"metadata":"{}"}"""
                    .formatted(p.minUnhaltDurationInMomentums()))));
            String security = "{\"guardians\":[],\"guardiansVotes\":[],\"administratorDelay\":%d,\"softDelay\":%d}"
                    .formatted(p.minAdministratorDelay(), p.minSoftDelay());
            assertThat(text(h.call("embedded.bridge.getSecurityInfo"))).isEqualTo(security);
            assertThat(text(h.call("embedded.bridge.getOrchestratorInfo")))
                    .isEqualTo("{\"windowSize\":0,\"keyGenThreshold\":0,\"confirmationsToFinality\":0,\"estimatedMomentumTime\":0,\"allowKeyGenHeight\":0}");
            assertThat(text(h.call("embedded.bridge.getTimeChallengesInfo"))).isEqualTo("{\"count\":0,\"list\":[]}");
            assertThat(text(h.call("embedded.bridge.getNetworkInfo", 2, 123)))
                    .isEqualTo("{\"networkClass\":0,\"chainId\":0,\"name\":\"\",\"contractAddress\":\"\",\"metadata\":\"{}\",\"tokenPairs\":null}");
            assertThat(text(h.call("embedded.bridge.getAllNetworks", 0, 10))).isEqualTo("{\"count\":0,\"list\":[]}");
            h.expectError("embedded.bridge.getWrapTokenRequestById", -32000, "data non existent", Hash.ZERO);
            assertThat(text(h.call("embedded.bridge.getAllWrapTokenRequests", 0, 10))).isEqualTo("{\"count\":0,\"list\":[]}");
            assertThat(text(h.call("embedded.bridge.getAllWrapTokenRequestsByToAddress", "", 0, 10))).isEqualTo("{\"count\":0,\"list\":[]}");
            assertThat(text(h.call("embedded.bridge.getAllWrapTokenRequestsByToAddressNetworkClassAndChainId", "", 2, 123, 0, 10)))
                    .isEqualTo("{\"count\":0,\"list\":[]}");
            // go-zenon slices a nil list here, which prints null
            assertThat(text(h.call("embedded.bridge.getAllUnsignedWrapTokenRequests", 0, 10))).isEqualTo("{\"count\":0,\"list\":null}");
            h.expectError("embedded.bridge.getUnwrapTokenRequestByHashAndLog", -32000, "data non existent", Hash.ZERO, 0);
            assertThat(text(h.call("embedded.bridge.getAllUnwrapTokenRequests", 0, 10))).isEqualTo("{\"count\":0,\"list\":[]}");
            assertThat(text(h.call("embedded.bridge.getAllUnwrapTokenRequestsByToAddress", user1.toString(), 0, 10))).isEqualTo("{\"count\":0,\"list\":[]}");
            assertThat(text(h.call("embedded.bridge.getFeeTokenPair", TokenStandard.ZNN)))
                    .isEqualTo("{\"tokenStandard\":\"zts1znnxxxxxxxxxxxxx9z4ulx\",\"accumulatedFee\":\"0\"}");

            assertThat(text(h.call("embedded.liquidity.getLiquidityInfo"))).isEqualTo(
                    "{\"administrator\":\"z1qr9vtwsfr2n0nsxl2nfh6l5esqjh2wfj85cfq9\",\"isHalted\":false,\"znnReward\":\"0\",\"qsrReward\":\"0\",\"tokenTuples\":[]}");
            assertThat(text(h.call("embedded.liquidity.getSecurityInfo"))).isEqualTo(security);
            assertThat(text(h.call("embedded.liquidity.getTimeChallengesInfo"))).isEqualTo("{\"count\":0,\"list\":[]}");
            assertThat(text(h.call("embedded.liquidity.getLiquidityStakeEntriesByAddress", user1, 0, 10)))
                    .isEqualTo("{\"totalAmount\":\"0\",\"totalWeightedAmount\":\"0\",\"count\":0,\"list\":[]}");
            assertThat(text(h.call("embedded.liquidity.getUncollectedReward", user1))).contains("\"znnAmount\":\"0\"");
            assertThat(text(h.call("embedded.liquidity.getFrontierRewardByPage", user1, 0, 5))).isEqualTo("{\"count\":0,\"list\":[]}");
        }
    }
}
