package io.unikernelz.rpc.scenario;

import static io.unikernelz.rpc.scenario.Scenario.ZEXP;
import static io.unikernelz.rpc.scenario.Scenario.block;
import static io.unikernelz.rpc.scenario.Scenario.expectJson;
import static io.unikernelz.rpc.scenario.Scenario.expectJsonHidingHashes;
import static io.unikernelz.rpc.scenario.Scenario.identifier;
import static io.unikernelz.rpc.scenario.Scenario.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.consensus.mock.MockZenon;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.pow.Pow;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** go-zenon vm/embedded/tests/plasma_test.go, scenario by scenario, against the RPC API as go-zenon's tests read it. */
class PlasmaTest {
    @TempDir
    Path dir;

    private static final String NO_VM_CHANGES = "storage\nbalance";

    private Scenario start() {
        return new Scenario(new MockZenon(dir));
    }

    /** NewMockZenonWithCustomEpochDuration(t, time.Hour) with constants.FuseExpiration set as the test sets it. */
    private Scenario startHourEpochs(long fuseExpiration) {
        return new Scenario(MockZenon.builder(dir).epochSec(3600)
                .parameters(ContractParameters.goZenonTests().toBuilder().fuseExpiration(fuseExpiration).build()).build());
    }

    private static AccountBlock.Builder fuse(Address from, Address beneficiary, long amount) {
        return transfer(from, Address.PLASMA, TokenStandard.QSR, amount).data(Abis.PLASMA.encodeMethod("Fuse", beneficiary));
    }

    private static AccountBlock.Builder cancelFuse(Address from, String id) {
        return block(from, Address.PLASMA).data(Abis.PLASMA.encodeMethod("CancelFuse", Hash.parse(id)));
    }

    private static String plasma(long current, long max, String qsr) {
        return "{\n\t\"currentPlasma\": " + current + ",\n\t\"maxPlasma\": " + max + ",\n\t\"qsrAmount\": \"" + qsr + "\"\n}";
    }

    /**
     * TestPlasma_simple: User1 fuses for User6 and spends plasma on its sends, regaining it once they are confirmed;
     * User6 gains plasma with the confirmed contract receive, and only when it acknowledges that momentum.
     */
    @Test
    void simple() {
        try (Scenario s = start()) {
            Address user1 = s.user(1);
            Address user6 = s.user(6);
            AccountBlock send = s.z.insertSendBlock(transfer(user1, user6, TokenStandard.QSR, 10 * ZEXP).build(), null, MockZenon.SKIP_VM_CHANGES);
            s.z.insertNewMomentum(); // include User1 -> User6 send in momentum 2

            AccountBlock fuse = s.callContract(fuse(user1, user6, 10 * ZEXP));
            expectJson(s.call("embedded.plasma.get", user1), plasma(10447500, 10500000, "1000000000000")); // consumed by the sends

            s.z.insertNewMomentum(); // include send block
            expectJson(s.call("embedded.plasma.get", user1), plasma(10500000, 10500000, "1000000000000")); // refreshed to full
            expectJson(s.call("embedded.plasma.get", user6), plasma(0, 0, "0")); // not yet

            s.z.insertNewMomentum(); // include contract receive block
            expectJson(s.call("embedded.plasma.get", user6), plasma(21000, 21000, "1000000000"));

            JsonNode momentums = s.call("ledger.getMomentumsByHeight", 3, 2).get("list");
            assertThat(send.hash()).isEqualTo(Hash.parse("1e4859a604f37c7bf1d3a9da668cf09eaab20bfe1460f8e2444ccc7058d11d19"));
            AccountHeader sendHeader = new AccountHeader(user1, Hash.parse("1e4859a604f37c7bf1d3a9da668cf09eaab20bfe1460f8e2444ccc7058d11d19"), 2);
            // acknowledging momentum 3, User6 has no plasma yet; acknowledging momentum 4 it has 21000
            s.z.insertReceiveBlock(sendHeader, AccountBlock.builder().momentumAcknowledged(identifier(momentums.get(0))).build(),
                    VmErrors.NOT_ENOUGH_PLASMA, MockZenon.SKIP_VM_CHANGES);
            s.z.insertReceiveBlock(sendHeader, AccountBlock.builder().momentumAcknowledged(identifier(momentums.get(1))).build(),
                    null, MockZenon.SKIP_VM_CHANGES);

            s.expectContractResult(fuse, null);
            s.expectEmbeddedLogHidingHashes("""
                    t=2001-09-09T01:47:00+0000 lvl=dbug msg="fused new entry" module=embedded contract=plasma fusionInfo="{Owner:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz Id:XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX Amount:+1000000000 ExpirationHeight:103 Beneficiary:z1qqdt06lnwz57x38rwlyutcx5wgrtl0ynkfe3kv}" beneficiary="&{Beneficiary:z1qqdt06lnwz57x38rwlyutcx5wgrtl0ynkfe3kv Amount:+1000000000}"
                    """);
        }
    }

    /**
     * TestPlasma_combined: a block paid partly with fused plasma and partly with PoW uses only the plasma it needs;
     * confirmed, the account is back at its (new) maximum.
     */
    @Test
    void combined() {
        try (Scenario s = start()) {
            Address user1 = s.user(1);
            Address user6 = s.user(6);
            AccountBlock fuse = s.callContract(fuse(user1, user6, 10 * ZEXP));
            s.z.insertSendBlock(transfer(user1, user6, TokenStandard.QSR, 10 * ZEXP).build(), null, MockZenon.SKIP_VM_CHANGES);

            s.z.insertNewMomentum(); // include send block
            s.z.insertNewMomentum(); // include contract receive block
            s.autoreceive(user6);
            s.z.expectBalance(user6, TokenStandard.QSR, 1000000000);
            s.z.insertNewMomentum(); // include User6 receive block

            s.z.insertSendBlock(fuse(user6, user6, 10 * ZEXP).build(), VmErrors.NOT_ENOUGH_PLASMA, NO_VM_CHANGES);

            // the PoW hash the nonce below was found for
            JsonNode last = s.call("ledger.getFrontierAccountBlock", user6);
            assertThat(Pow.powData(user6, Hash.parse(last.get("hash").textValue())).toString())
                    .isEqualTo("5b52014cd1d1fad1e7528f1450847f56341728bc59316d35ac6582904d659ff6");

            s.z.insertSendBlock(fuse(user6, user6, 10 * ZEXP).fusedPlasma(11000).difficulty(41500 * Plasma.POW_DIFFICULTY_PER_PLASMA)
                    .nonce(Hex.decode("135759ef94039b2e")).build(), null, MockZenon.SKIP_VM_CHANGES);
            expectJson(s.call("embedded.plasma.get", user6), plasma(10000, 21000, "1000000000")); // used its plasma
            s.z.insertNewMomentum(); // include send block
            expectJson(s.call("embedded.plasma.get", user6), plasma(21000, 21000, "1000000000")); // back to full 21K
            s.z.insertNewMomentum(); // include contract receive block
            expectJson(s.call("embedded.plasma.get", user6), plasma(42000, 42000, "2000000000")); // the new fusion counts

            s.expectContractResult(fuse, null);
        }
    }

    private static Map<String, Object> requiredParam(Address self, byte[] data) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("blockType", BlockType.USER_SEND);
        p.put("address", self);
        p.put("toAddress", Address.PLASMA);
        p.put("data", data);
        return p;
    }

    /** TestPlasma_rpc: getRequiredPoWForAccountBlock with no, some and plenty of plasma; getEntriesByAddress. */
    @Test
    void rpc() {
        try (Scenario s = start()) {
            Address user1 = s.user(1);
            Address user6 = s.user(6);
            byte[] fuseData = Abis.PLASMA.encodeMethod("Fuse", user6);
            expectJson(s.call("embedded.plasma.getRequiredPoWForAccountBlock", requiredParam(user1, fuseData)), """
                    {
                    \t"availablePlasma": 10500000,
                    \t"basePlasma": 52500,
                    \t"requiredDifficulty": 0
                    }""");
            expectJson(s.call("embedded.plasma.getRequiredPoWForAccountBlock", requiredParam(user6, fuseData)), """
                    {
                    \t"availablePlasma": 0,
                    \t"basePlasma": 52500,
                    \t"requiredDifficulty": 78750000
                    }""");

            AccountBlock fuse = s.callContract(fuse(user1, user6, 10 * ZEXP));
            s.z.insertNewMomentum();
            s.z.insertNewMomentum();

            expectJson(s.call("embedded.plasma.getRequiredPoWForAccountBlock", requiredParam(user6, fuseData)), """
                    {
                    \t"availablePlasma": 21000,
                    \t"basePlasma": 52500,
                    \t"requiredDifficulty": 47250000
                    }""");
            expectJsonHidingHashes(s.call("embedded.plasma.getEntriesByAddress", user1, 0, 10), """
                    {
                    \t"qsrAmount": "2001000000000",
                    \t"count": 3,
                    \t"list": [
                    \t\t{
                    \t\t\t"qsrAmount": "1000000000000",
                    \t\t\t"beneficiary": "z1qqfmjdays57w488sta69ykc2ey7r6d0q9wdvtj",
                    \t\t\t"expirationHeight": 0,
                    \t\t\t"id": "XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
                    \t\t},
                    \t\t{
                    \t\t\t"qsrAmount": "1000000000000",
                    \t\t\t"beneficiary": "z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz",
                    \t\t\t"expirationHeight": 0,
                    \t\t\t"id": "XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
                    \t\t},
                    \t\t{
                    \t\t\t"qsrAmount": "1000000000",
                    \t\t\t"beneficiary": "z1qqdt06lnwz57x38rwlyutcx5wgrtl0ynkfe3kv",
                    \t\t\t"expirationHeight": 102,
                    \t\t\t"id": "XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
                    \t\t}
                    \t]
                    }""");
            expectJson(s.call("embedded.plasma.getEntriesByAddress", user6, 0, 10), """
                    {
                    \t"qsrAmount": "0",
                    \t"count": 0,
                    \t"list": []
                    }""");

            s.expectContractResult(fuse, null);
        }
    }

    private static final String GENESIS_ENTRIES = """
            {
            \t"qsrAmount": "2000000000000",
            \t"count": 2,
            \t"list": [
            \t\t{
            \t\t\t"qsrAmount": "1000000000000",
            \t\t\t"beneficiary": "z1qqfmjdays57w488sta69ykc2ey7r6d0q9wdvtj",
            \t\t\t"expirationHeight": 0,
            \t\t\t"id": "0000000000000000000000000000000000000000000000000000000000000000"
            \t\t},
            \t\t{
            \t\t\t"qsrAmount": "1000000000000",
            \t\t\t"beneficiary": "z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz",
            \t\t\t"expirationHeight": 0,
            \t\t\t"id": "117613e734b6cb0fd7b7583f5b0e863a3f0c856cd32fa36f1b60b464d068c5a6"
            \t\t}
            \t]
            }""";

    /**
     * TestPlasma_RevokeGenesisPlasma: a genesis fusion (expiration height 0) can be cancelled at once; the refund waits
     * unreceived, and User1's plasma drops to 0.
     */
    @Test
    void revokeGenesisPlasma() {
        try (Scenario s = start()) {
            Address user1 = s.user(1);
            expectJson(s.call("embedded.plasma.getEntriesByAddress", user1, 0, 10), GENESIS_ENTRIES);
            expectJson(s.call("embedded.plasma.get", user1), plasma(10500000, 10500000, "1000000000000"));

            AccountBlock cancel = s.callContract(cancelFuse(user1, "117613e734b6cb0fd7b7583f5b0e863a3f0c856cd32fa36f1b60b464d068c5a6"));
            s.z.insertNewMomentum();
            s.z.insertNewMomentum();

            expectJsonHidingHashes(s.call("ledger.getUnreceivedBlocksByAddress", user1, 0, 10), """
                    {
                    \t"list": [
                    \t\t{
                    \t\t\t"version": 1,
                    \t\t\t"chainIdentifier": 100,
                    \t\t\t"blockType": 4,
                    \t\t\t"hash": "XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                    \t\t\t"previousHash": "XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                    \t\t\t"height": 2,
                    \t\t\t"momentumAcknowledged": {
                    \t\t\t\t"hash": "XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                    \t\t\t\t"height": 2
                    \t\t\t},
                    \t\t\t"address": "z1qxemdeddedxplasmaxxxxxxxxxxxxxxxxsctrp",
                    \t\t\t"toAddress": "z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz",
                    \t\t\t"amount": "1000000000000",
                    \t\t\t"tokenStandard": "zts1qsrxxxxxxxxxxxxxmrhjll",
                    \t\t\t"fromBlockHash": "XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                    \t\t\t"descendantBlocks": [],
                    \t\t\t"data": "",
                    \t\t\t"fusedPlasma": 0,
                    \t\t\t"difficulty": 0,
                    \t\t\t"nonce": "0000000000000000",
                    \t\t\t"basePlasma": 0,
                    \t\t\t"usedPlasma": 0,
                    \t\t\t"changesHash": "XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                    \t\t\t"publicKey": null,
                    \t\t\t"signature": null,
                    \t\t\t"token": {
                    \t\t\t\t"name": "QuasarCoin",
                    \t\t\t\t"symbol": "QSR",
                    \t\t\t\t"domain": "zenon.network",
                    \t\t\t\t"totalSupply": "180550000000000",
                    \t\t\t\t"decimals": 8,
                    \t\t\t\t"owner": "z1qxemdeddedxstakexxxxxxxxxxxxxxxxjv8v62",
                    \t\t\t\t"tokenStandard": "zts1qsrxxxxxxxxxxxxxmrhjll",
                    \t\t\t\t"maxSupply": "4611686018427387903",
                    \t\t\t\t"isBurnable": true,
                    \t\t\t\t"isMintable": true,
                    \t\t\t\t"isUtility": true
                    \t\t\t},
                    \t\t\t"confirmationDetail": {
                    \t\t\t\t"numConfirmations": 1,
                    \t\t\t\t"momentumHeight": 3,
                    \t\t\t\t"momentumHash": "XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                    \t\t\t\t"momentumTimestamp": 1000000020
                    \t\t\t},
                    \t\t\t"pairedAccountBlock": null
                    \t\t}
                    \t],
                    \t"count": 1,
                    \t"more": false
                    }""");
            expectJson(s.call("embedded.plasma.getEntriesByAddress", user1, 0, 10), """
                    {
                    \t"qsrAmount": "1000000000000",
                    \t"count": 1,
                    \t"list": [
                    \t\t{
                    \t\t\t"qsrAmount": "1000000000000",
                    \t\t\t"beneficiary": "z1qqfmjdays57w488sta69ykc2ey7r6d0q9wdvtj",
                    \t\t\t"expirationHeight": 0,
                    \t\t\t"id": "0000000000000000000000000000000000000000000000000000000000000000"
                    \t\t}
                    \t]
                    }""");
            expectJson(s.call("embedded.plasma.get", user1), plasma(0, 0, "0"));

            s.expectContractResult(cancel, null);
            // this go-zenon expectation is compared without hiding hashes
            assertThat(String.join("\n", s.embeddedLog())).isEqualTo("t=2001-09-09T01:46:50+0000 lvl=dbug msg=\"canceled fusion entry\""
                    + " module=embedded contract=plasma fusionInfo=\"&{Owner:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz"
                    + " Id:117613e734b6cb0fd7b7583f5b0e863a3f0c856cd32fa36f1b60b464d068c5a6 Amount:+1000000000000 ExpirationHeight:0"
                    + " Beneficiary:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz}\""
                    + " beneficiary-remaining=\"&{Beneficiary:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz Amount:+0}\"");
        }
    }

    /** TestPlasma_RevokeFusedPlasma (FuseExpiration 30): fuse, wait out the expiration, cancel, receive the QSR back. */
    @Test
    void revokeFusedPlasma() {
        try (Scenario s = startHourEpochs(30)) {
            Address user1 = s.user(1);
            expectJson(s.call("embedded.plasma.getEntriesByAddress", user1, 0, 10), GENESIS_ENTRIES);
            expectJson(s.call("embedded.plasma.get", user1), plasma(10500000, 10500000, "1000000000000"));

            AccountBlock fuse = s.callContract(fuse(user1, user1, 10 * ZEXP));
            s.z.insertMomentumsTo(33);
            expectJsonHidingHashes(s.call("embedded.plasma.getEntriesByAddress", user1, 0, 10), """
                    {
                    \t"qsrAmount": "2001000000000",
                    \t"count": 3,
                    \t"list": [
                    \t\t{
                    \t\t\t"qsrAmount": "1000000000000",
                    \t\t\t"beneficiary": "z1qqfmjdays57w488sta69ykc2ey7r6d0q9wdvtj",
                    \t\t\t"expirationHeight": 0,
                    \t\t\t"id": "XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
                    \t\t},
                    \t\t{
                    \t\t\t"qsrAmount": "1000000000000",
                    \t\t\t"beneficiary": "z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz",
                    \t\t\t"expirationHeight": 0,
                    \t\t\t"id": "XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
                    \t\t},
                    \t\t{
                    \t\t\t"qsrAmount": "1000000000",
                    \t\t\t"beneficiary": "z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz",
                    \t\t\t"expirationHeight": 32,
                    \t\t\t"id": "XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
                    \t\t}
                    \t]
                    }""");
            // the fusion id is the fuse send's hash, which go-zenon's test names
            assertThat(fuse.hash()).isEqualTo(Hash.parse("1336bcb3978306f39cb441165aa37efd0f2edfccc9cb94ff47e08c2a7777fbd6"));
            AccountBlock cancel = s.callContract(cancelFuse(user1, "1336bcb3978306f39cb441165aa37efd0f2edfccc9cb94ff47e08c2a7777fbd6"));
            s.z.insertNewMomentum();
            s.z.insertNewMomentum();
            s.autoreceive(user1);
            s.z.expectBalance(user1, TokenStandard.QSR, 120000 * ZEXP);

            s.expectContractResult(cancel, null);
            s.expectContractResult(fuse, null);
            s.expectEmbeddedLogHidingHashes("""
                    t=2001-09-09T01:46:50+0000 lvl=dbug msg="fused new entry" module=embedded contract=plasma fusionInfo="{Owner:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz Id:XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX Amount:+1000000000 ExpirationHeight:32 Beneficiary:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz}" beneficiary="&{Beneficiary:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz Amount:+1001000000000}"
                    t=2001-09-09T01:52:10+0000 lvl=dbug msg="canceled fusion entry" module=embedded contract=plasma fusionInfo="&{Owner:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz Id:XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX Amount:+1000000000 ExpirationHeight:32 Beneficiary:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz}" beneficiary-remaining="&{Beneficiary:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz Amount:+1000000000000}"
                    """);
        }
    }

    /**
     * TestPlasma_FuseMaxPlasma (FuseExpiration 10): Users 1 and 2 fuse more for User6 than the plasma cap; further
     * fusions raise the QSR but not the plasma; cancelling one brings the plasma below the cap.
     */
    @Test
    void fuseMaxPlasma() {
        try (Scenario s = startHourEpochs(10)) {
            Address user6 = s.user(6);
            expectJson(s.call("embedded.plasma.get", user6), plasma(0, 0, "0"));

            AccountBlock first = s.callContract(fuse(s.user(1), user6, 3500 * ZEXP));
            s.z.insertNewMomentum();
            s.z.insertNewMomentum();
            expectJson(s.call("embedded.plasma.get", user6), plasma(7350000, 7350000, "350000000000"));

            AccountBlock second = s.callContract(fuse(s.user(2), user6, 3500 * ZEXP));
            s.z.insertNewMomentum();
            s.z.insertNewMomentum();
            expectJson(s.call("embedded.plasma.get", user6), plasma(10500000, 10500000, "700000000000"));

            AccountBlock third = s.callContract(fuse(s.user(2), user6, 1000 * ZEXP));
            s.z.insertNewMomentum();
            s.z.insertNewMomentum();
            expectJson(s.call("embedded.plasma.get", user6), plasma(10500000, 10500000, "800000000000"));

            s.z.insertMomentumsTo(30);
            assertThat(first.hash()).isEqualTo(Hash.parse("706d52954a8182e686858459c6e111c958fc7a2a596d23b255285bf0b9121351"));
            AccountBlock cancel = s.callContract(cancelFuse(s.user(1), "706d52954a8182e686858459c6e111c958fc7a2a596d23b255285bf0b9121351"));
            s.z.insertNewMomentum();
            s.z.insertNewMomentum();
            s.z.insertNewMomentum();
            expectJson(s.call("embedded.plasma.get", user6), plasma(9450000, 9450000, "450000000000"));

            for (AccountBlock call : new AccountBlock[] {first, second, third, cancel}) s.expectContractResult(call, null);
            s.expectEmbeddedLogHidingHashes("""
                    t=2001-09-09T01:46:50+0000 lvl=dbug msg="fused new entry" module=embedded contract=plasma fusionInfo="{Owner:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz Id:XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX Amount:+350000000000 ExpirationHeight:12 Beneficiary:z1qqdt06lnwz57x38rwlyutcx5wgrtl0ynkfe3kv}" beneficiary="&{Beneficiary:z1qqdt06lnwz57x38rwlyutcx5wgrtl0ynkfe3kv Amount:+350000000000}"
                    t=2001-09-09T01:47:10+0000 lvl=dbug msg="fused new entry" module=embedded contract=plasma fusionInfo="{Owner:z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx Id:XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX Amount:+350000000000 ExpirationHeight:14 Beneficiary:z1qqdt06lnwz57x38rwlyutcx5wgrtl0ynkfe3kv}" beneficiary="&{Beneficiary:z1qqdt06lnwz57x38rwlyutcx5wgrtl0ynkfe3kv Amount:+700000000000}"
                    t=2001-09-09T01:47:30+0000 lvl=dbug msg="fused new entry" module=embedded contract=plasma fusionInfo="{Owner:z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx Id:XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX Amount:+100000000000 ExpirationHeight:16 Beneficiary:z1qqdt06lnwz57x38rwlyutcx5wgrtl0ynkfe3kv}" beneficiary="&{Beneficiary:z1qqdt06lnwz57x38rwlyutcx5wgrtl0ynkfe3kv Amount:+800000000000}"
                    t=2001-09-09T01:51:40+0000 lvl=dbug msg="canceled fusion entry" module=embedded contract=plasma fusionInfo="&{Owner:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz Id:XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX Amount:+350000000000 ExpirationHeight:12 Beneficiary:z1qqdt06lnwz57x38rwlyutcx5wgrtl0ynkfe3kv}" beneficiary-remaining="&{Beneficiary:z1qqdt06lnwz57x38rwlyutcx5wgrtl0ynkfe3kv Amount:+450000000000}"
                    """);
        }
    }

    private static final String FUSE_100000_AT_2 = """
            t=2001-09-09T01:46:50+0000 lvl=dbug msg="fused new entry" module=embedded contract=plasma fusionInfo="{Owner:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz Id:XXXHASHXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX Amount:+10000000000000 ExpirationHeight:102 Beneficiary:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz}" beneficiary="&{Beneficiary:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz Amount:+11000000000000}"
            """;

    /** TestPlasma_TooEarlyRevoke (FuseExpiration 100): cancelling after 50 momentums is "staking period still active". */
    @Test
    void tooEarlyRevoke() {
        try (Scenario s = startHourEpochs(100)) {
            AccountBlock fuse = s.callContract(fuse(s.user(1), s.user(1), 100000 * ZEXP));
            s.z.insertMomentumsTo(50);

            assertThat(fuse.hash()).isEqualTo(Hash.parse("92857f9876a9a6fb24108157122502589bcb6f894039b41bd5f50f7e1caf9b01"));
            AccountBlock cancel = s.callContract(cancelFuse(s.user(1), "92857f9876a9a6fb24108157122502589bcb6f894039b41bd5f50f7e1caf9b01"));
            s.z.insertNewMomentum();

            s.expectContractResult(cancel, VmErrors.REVOKE_NOT_DUE);
            s.expectContractResult(fuse, null);
            s.expectEmbeddedLogHidingHashes(FUSE_100000_AT_2);
        }
    }

    /** TestPlasma_InvalidRevoke: User2 cannot cancel User1's fusion, nor User1 an unknown id: "data non existent". */
    @Test
    void invalidRevoke() {
        try (Scenario s = startHourEpochs(100)) {
            AccountBlock fuse = s.callContract(fuse(s.user(1), s.user(1), 100000 * ZEXP));
            s.z.insertNewMomentum();

            AccountBlock byOther = s.callContract(cancelFuse(s.user(2), "b3f9b2a54d84db80a0f371766c82fbdc6544fc2ce585fee7d3ef75862c77bb42"));
            s.z.insertNewMomentum();

            AccountBlock unknown = s.callContract(cancelFuse(s.user(1), "07bdc7be6262051c1e332eca2b7cf685992175957ea7886f8b5fa2ec5674e466"));
            s.z.insertNewMomentum();

            s.expectContractResult(unknown, VmErrors.DATA_NON_EXISTENT);
            s.expectContractResult(byOther, VmErrors.DATA_NON_EXISTENT);
            s.expectContractResult(fuse, null);
            s.expectEmbeddedLogHidingHashes(FUSE_100000_AT_2);
        }
    }
}
