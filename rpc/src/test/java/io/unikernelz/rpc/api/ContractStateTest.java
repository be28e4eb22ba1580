package io.unikernelz.rpc.api;

import static io.unikernelz.rpc.api.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.embedded.definition.HtlcProxyUnlockInfo;
import io.unikernelz.vm.embedded.definition.LastEpochUpdate;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import io.unikernelz.vm.embedded.definition.OrchestratorInfo;
import io.unikernelz.vm.embedded.definition.PillarEpochHistory;
import io.unikernelz.vm.embedded.definition.Project;
import io.unikernelz.vm.embedded.definition.RewardDepositHistory;
import io.unikernelz.vm.embedded.definition.SentinelInfo;
import io.unikernelz.vm.embedded.definition.StakeInfo;
import io.unikernelz.vm.embedded.definition.TokenPair;
import io.unikernelz.vm.embedded.definition.UnwrapTokenRequest;
import io.unikernelz.vm.embedded.definition.WrapTokenRequest;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read methods over contract state written directly, for the rules that need particular records to show. */
class ContractStateTest {
    @TempDir
    static Path dir;
    static Harness h;

    static final Address A = Address.parse("z1qqjnwjjpnue8xmmpanz6csze6tcmtzzdtfsww7");
    static final Address B = Address.parse("z1qpsjv3wzzuuzdudg7tf6uhvr6sk4ag8me42ua4");
    static final TokenStandard ZNN = TokenStandard.ZNN;

    @BeforeAll
    static void chain() {
        h = new Harness(dir);
        h.z.insertMomentumsTo(20);
    }

    @AfterAll
    static void close() {
        h.close();
    }

    /** A harness view over a fresh overlay; returns the overlay to seed. */
    static OverlayLedger overlay() {
        OverlayLedger o = new OverlayLedger(LedgerAccess.of(h.z.chain));
        h.use(h.services.withLedger(o));
        return o;
    }

    static Hash id(int n) {
        return Hash.of(new byte[] {(byte) n});
    }

    static NetworkInfo network(long redeemDelay) {
        return new NetworkInfo(2, 123, "Ethereum", "0x323b5d4c32345ced77393b3530b1eed0f346429d", "{}",
                List.of(new TokenPair(ZNN, "0x5fbdb2315678afecb367f032d93f642f64180aa3", true, true, false, BigInteger.TEN, 15, redeemDelay, "{}")));
    }

    static WrapTokenRequest wrap(int n, String to, long height, String signature) {
        return new WrapTokenRequest(2, 123, id(n), to, ZNN, "0x5fbdb2315678afecb367f032d93f642f64180aa3", BigInteger.valueOf(100 + n),
                BigInteger.ONE, signature, height);
    }

    @Test
    void wrapRequests() {
        OverlayLedger o = overlay();
        long frontier = o.frontier().height();
        o.put(Address.BRIDGE, new OrchestratorInfo(10, 10, 15, 15, 0));
        for (WrapTokenRequest w : List.of(wrap(1, "0xaa", 5, ""), wrap(2, "0xbb", frontier - 3, "sig"), wrap(3, "0xaa", frontier - 1, ""))) {
            o.put(Address.BRIDGE, w).put(Address.BRIDGE, w.requestPair());
        }
        // key order: the newest creation height first
        JsonNode all = h.call("embedded.bridge.getAllWrapTokenRequests", 0, 10);
        assertThat(all.get("list").findValuesAsText("id")).containsExactly(id(3).toString(), id(2).toString(), id(1).toString());
        // confirmations still needed: 15 after creation, none once passed
        assertThat(all.get("list").findValuesAsText("confirmationsToFinality")).containsExactly("14", "12", "0");
        assertThat(all.get("list").get(0).get("token").get("symbol").textValue()).isEqualTo("ZNN");
        // unsigned requests: oldest first
        assertThat(h.call("embedded.bridge.getAllUnsignedWrapTokenRequests", 0, 10).get("list").findValuesAsText("id"))
                .containsExactly(id(1).toString(), id(3).toString());
        JsonNode toAa = h.call("embedded.bridge.getAllWrapTokenRequestsByToAddress", "0xaa", 0, 1);
        assertThat(toAa.get("count").asInt()).isEqualTo(2);
        assertThat(toAa.get("list").findValuesAsText("id")).containsExactly(id(3).toString());
        assertThat(h.call("embedded.bridge.getAllWrapTokenRequestsByToAddressNetworkClassAndChainId", "", 2, 124, 0, 10).get("count").asInt()).isZero();
        assertThat(h.call("embedded.bridge.getWrapTokenRequestById", id(2)).get("signature").textValue()).isEqualTo("sig");
        // an unknown token prints null, as go-zenon's getToken does
        WrapTokenRequest foreign = new WrapTokenRequest(2, 123, id(9), "0xcc", TokenStandard.parse("zts1qanamzukd2v0pp8j2wzx6m"), "0x1",
                BigInteger.ONE, BigInteger.ZERO, "", 7);
        o.put(Address.BRIDGE, foreign).put(Address.BRIDGE, foreign.requestPair());
        assertThat(h.call("embedded.bridge.getWrapTokenRequestById", id(9)).get("token").isNull()).isTrue();
    }

    @Test
    void unwrapRequests() {
        OverlayLedger o = overlay();
        long frontier = o.frontier().height();
        UnwrapTokenRequest old = new UnwrapTokenRequest(3, 2, 123, id(1), 1, A, "0x5fbdb2315678afecb367f032d93f642f64180aa3", ZNN,
                BigInteger.TEN, "s", 0, 0);
        UnwrapTokenRequest recent = new UnwrapTokenRequest(frontier - 2, 2, 123, id(2), 7, A, "0x5fbdb2315678afecb367f032d93f642f64180aa3",
                ZNN, BigInteger.TEN, "s", 0, 0);
        o.put(Address.BRIDGE, old).put(Address.BRIDGE, recent);
        // go-zenon needs the network and its token pair to tell when a request becomes redeemable
        h.expectError("embedded.bridge.getUnwrapTokenRequestByHashAndLog", -32000, "unknown network", id(1), 1);
        o.put(Address.BRIDGE, new NetworkInfo(2, 123, "Ethereum", "0x1", "{}", List.of()));
        h.expectError("embedded.bridge.getUnwrapTokenRequestByHashAndLog", -32000, "token not found", id(1), 1);
        h.expectError("embedded.bridge.getAllUnwrapTokenRequests", -32000, "token not found", 0, 10);
        o.put(Address.BRIDGE, network(5));
        assertThat(h.call("embedded.bridge.getUnwrapTokenRequestByHashAndLog", id(2), 7).get("redeemableIn").asLong()).isEqualTo(3);
        assertThat(h.call("embedded.bridge.getUnwrapTokenRequestByHashAndLog", id(1), 1).get("redeemableIn").asLong()).isZero();
        h.expectError("embedded.bridge.getUnwrapTokenRequestByHashAndLog", -32000, "data non existent", id(2), 8);
        // by destination: latest registration first
        assertThat(h.call("embedded.bridge.getAllUnwrapTokenRequestsByToAddress", A.toString(), 0, 10).get("list")
                .findValuesAsText("transactionHash")).containsExactly(id(2).toString(), id(1).toString());
        assertThat(h.call("embedded.bridge.getAllUnwrapTokenRequestsByToAddress", B.toString(), 0, 10).get("count").asInt()).isZero();
    }

    @Test
    void sentinelsAndStakes() {
        OverlayLedger o = overlay();
        long now = o.frontier().timestamp();
        var p = h.z.supervisor.parameters();
        o.put(Address.SENTINEL, new SentinelInfo(A, now - p.sentinelLockTimeWindow(), 0, BigInteger.ONE, BigInteger.ONE));
        o.put(Address.SENTINEL, new SentinelInfo(B, now - 5, now, BigInteger.ONE, BigInteger.ONE));
        assertThat(text(h.call("embedded.sentinel.getByOwner", A))).isEqualTo("{\"owner\":\"" + A + "\",\"registrationTimestamp\":"
                + (now - p.sentinelLockTimeWindow()) + ",\"isRevocable\":true,\"revokeCooldown\":" + p.sentinelRevokeTimeWindow() + ",\"active\":true}");
        JsonNode revoked = h.call("embedded.sentinel.getByOwner", B);
        assertThat(revoked.get("active").asBoolean()).isFalse();
        assertThat(revoked.get("revokeCooldown").asLong()).isEqualTo(p.sentinelLockTimeWindow() - 5);
        JsonNode active = h.call("embedded.sentinel.getAllActive", 0, 10);
        assertThat(active.get("count").asInt()).isEqualTo(1);
        assertThat(active.get("list").get(0).get("owner").textValue()).isEqualTo(A.toString());

        // stakes: revoked entries and other addresses are left out; sorted by expiration, then id
        o.put(Address.STAKE, new StakeInfo(A, id(1), BigInteger.TEN, BigInteger.valueOf(20), 1, 0, 500));
        o.put(Address.STAKE, new StakeInfo(A, id(2), BigInteger.ONE, BigInteger.TWO, 1, 0, 100));
        o.put(Address.STAKE, new StakeInfo(A, id(3), BigInteger.ONE, BigInteger.ONE, 1, 50, 100));
        o.put(Address.STAKE, new StakeInfo(B, id(4), BigInteger.ONE, BigInteger.ONE, 1, 0, 100));
        JsonNode stakes = h.call("embedded.stake.getEntriesByAddress", A, 0, 10);
        assertThat(stakes.get("totalAmount").textValue()).isEqualTo("11");
        assertThat(stakes.get("totalWeightedAmount").textValue()).isEqualTo("22");
        assertThat(stakes.get("list").findValuesAsText("id")).containsExactly(id(2).toString(), id(1).toString());
        assertThat(h.call("embedded.stake.getEntriesByAddress", A, 1, 1).get("list").findValuesAsText("id")).containsExactly(id(1).toString());
    }

    @Test
    void rewardHistoriesCountDownFromTheLastEpoch() {
        OverlayLedger o = overlay();
        o.put(Address.STAKE, new LastEpochUpdate(4));
        o.put(Address.STAKE, new RewardDepositHistory(3, A, BigInteger.ONE, BigInteger.TWO));
        JsonNode page = h.call("embedded.stake.getFrontierRewardByPage", A, 0, 2);
        assertThat(text(page)).isEqualTo("{\"count\":5,\"list\":[{\"epoch\":4,\"znnAmount\":\"0\",\"qsrAmount\":\"0\"},"
                + "{\"epoch\":3,\"znnAmount\":\"1\",\"qsrAmount\":\"2\"}]}");
        assertThat(h.call("embedded.stake.getFrontierRewardByPage", A, 2, 2).get("list").findValuesAsText("epoch")).containsExactly("0");
        assertThat(h.call("embedded.stake.getFrontierRewardByPage", A, 3, 2).get("list").size()).isZero();

        o.put(Address.PILLAR, new LastEpochUpdate(2));
        o.put(Address.PILLAR, new PillarEpochHistory("TEST-pillar-1", 1, 0, 100, 5, 6, BigInteger.TEN));
        o.put(Address.PILLAR, new PillarEpochHistory("other", 1, 0, 100, 5, 6, BigInteger.TEN));
        assertThat(text(h.call("embedded.pillar.getPillarEpochHistory", "TEST-pillar-1", 0, 5))).isEqualTo("{\"count\":3,\"list\":["
                + "{\"name\":\"TEST-pillar-1\",\"epoch\":2,\"giveBlockRewardPercentage\":0,\"giveDelegateRewardPercentage\":0,\"producedBlockNum\":0,\"expectedBlockNum\":0,\"weight\":\"0\"},"
                + "{\"name\":\"TEST-pillar-1\",\"epoch\":1,\"giveBlockRewardPercentage\":0,\"giveDelegateRewardPercentage\":100,\"producedBlockNum\":5,\"expectedBlockNum\":6,\"weight\":\"10\"},"
                + "{\"name\":\"TEST-pillar-1\",\"epoch\":0,\"giveBlockRewardPercentage\":0,\"giveDelegateRewardPercentage\":0,\"producedBlockNum\":0,\"expectedBlockNum\":0,\"weight\":\"0\"}]}");
        assertThat(h.call("embedded.pillar.getPillarsHistoryByEpoch", 1, 0, 10).get("list").findValuesAsText("name")).containsExactly("TEST-pillar-1", "other");
    }

    @Test
    void htlcProxyUnlockAndMissingPhases() {
        OverlayLedger o = overlay();
        o.put(Address.HTLC, new HtlcProxyUnlockInfo(A, false));
        assertThat(h.call("embedded.htlc.getProxyUnlockStatus", A).booleanValue()).isFalse();
        assertThat(h.call("embedded.htlc.getProxyUnlockStatus", B).booleanValue()).isTrue();
        // a project whose phase cannot be read lists it as null (go-zenon toProject)
        o.put(Address.ACCELERATOR, new Project(id(1), A, "p", "d", "u", BigInteger.ONE, BigInteger.ZERO, 1, 2, 0, List.of(id(2))));
        JsonNode project = h.call("embedded.accelerator.getProjectById", id(1));
        assertThat(text(project.get("phases"))).isEqualTo("[null]");
        assertThat(text(project.get("phaseIds"))).isEqualTo("[\"" + id(2) + "\"]");
        assertThat(text(project.get("votes"))).isEqualTo("{\"id\":\"" + id(1) + "\",\"total\":0,\"yes\":0,\"no\":0}");
    }

    /** The server's JSON escapes strings as Go does, so token names and descriptions match go-zenon byte for byte. */
    @Test
    void stringsAreEscapedAsGoEscapesThem() throws Exception {
        OverlayLedger o = overlay();
        TokenStandard zts = TokenStandard.parse("zts1qanamzukd2v0pp8j2wzx6m");
        o.put(Address.TOKEN, new io.unikernelz.vm.embedded.definition.TokenInfo(zts, A, "Q&A <token>", "QA", "a.b/?x=1&y=2\u2028",
                BigInteger.ONE, BigInteger.TEN, 2, true, true, false));
        String wire = Harness.JSON.writeValueAsString(h.call("embedded.token.getByZts", zts));
        assertThat(wire).contains("\"name\":\"Q\\u0026A \\u003ctoken\\u003e\"").contains("\"domain\":\"a.b/?x=1\\u0026y=2\\u2028\"");
    }
}
