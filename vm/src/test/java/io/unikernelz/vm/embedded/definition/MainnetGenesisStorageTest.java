package io.unikernelz.vm.embedded.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pillar, token and swap contract storage that the mainnet genesis writes, built from the mainnet genesis JSON
 * with the definition records and compared with what generate_vectors.py computes with genesis_repro.py's formulas
 * (the script that reproduces the mainnet genesis momentum hash 9e204601…).
 */
class MainnetGenesisStorageTest {
    private static JsonNode genesis;
    private static JsonNode expected;

    @BeforeAll
    static void load() throws IOException {
        genesis = new ObjectMapper().readTree(SharedData.conformance("genesis/mainnet-genesis.json").toFile());
        expected = DefinitionVectorsTest.vectorsFile().get("mainnetGenesis");
    }

    /** Go's encoding/json matches keys case-insensitively. */
    private static JsonNode field(JsonNode obj, String name) {
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
        }
        return null;
    }

    private static Iterable<JsonNode> items(JsonNode obj, String name) {
        JsonNode n = field(obj, name);
        return n == null || n.isNull() ? List.of() : n;
    }

    private static Map<String, byte[]> storage(List<? extends StorageEntry> entries) {
        Map<String, byte[]> out = new TreeMap<>();
        for (StorageEntry e : entries) out.put(Hex.encode(e.storageKey()), e.encodeValue());
        return out;
    }

    /** sha3 over (be4 len, key, be4 len, value) of the entries in key order (hex order = byte order here). */
    private static String digest(Map<String, byte[]> storage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        storage.forEach((k, v) -> {
            byte[] key = Hex.decode(k);
            out.writeBytes(Bytes.be4(key.length));
            out.writeBytes(key);
            out.writeBytes(Bytes.be4(v.length));
            out.writeBytes(v);
        });
        return Hex.encode(Sha3.sha3(out.toByteArray()));
    }

    private static void check(String contract, Map<String, byte[]> storage) {
        JsonNode exp = expected.get("storage").get(contract);
        assertThat(storage).hasSize(exp.get("entries").asInt());
        assertThat(digest(storage)).as(contract).isEqualTo(exp.get("digest").asText());
        for (JsonNode s : expected.get("samples")) {
            if (!s.get("contract").asText().equals(contract)) continue;
            assertThat(storage).containsKey(s.get("key").asText());
            assertThat(Hex.encode(storage.get(s.get("key").asText()))).isEqualTo(s.get("value").asText());
        }
    }

    @Test
    void pillarContract() {
        JsonNode pc = field(genesis, "PillarConfig");
        List<StorageEntry> entries = new java.util.ArrayList<>();
        for (JsonNode p : items(pc, "Pillars")) {
            PillarInfo info = new PillarInfo(field(p, "Name").asText(), Address.parse(field(p, "BlockProducingAddress").asText()),
                    Address.parse(field(p, "RewardWithdrawAddress").asText()), Address.parse(field(p, "StakeAddress").asText()),
                    field(p, "Amount").bigIntegerValue(), field(p, "RegistrationTime").longValue(), field(p, "RevokeTime").longValue(),
                    field(p, "GiveBlockRewardPercentage").intValue(), field(p, "GiveDelegateRewardPercentage").intValue(),
                    field(p, "PillarType").intValue());
            entries.add(info);
            entries.add(new ProducingPillar(info.blockProducingAddress(), info.name()));
        }
        for (JsonNode d : items(pc, "Delegations")) {
            entries.add(new DelegationInfo(Address.parse(field(d, "Backer").asText()), field(d, "Name").asText()));
        }
        for (JsonNode l : items(pc, "LegacyEntries")) {
            entries.add(new LegacyPillarEntry(Hash.parse(field(l, "keyIdHash").asText()), field(l, "pillarCount").intValue()));
        }
        Map<String, byte[]> storage = storage(entries);
        check("pillar", storage);
        // and every entry decodes back to itself
        for (StorageEntry e : entries) {
            StorageEntry back = DefinitionVectorsTest.decode(e.getClass().getSimpleName(), e.storageKey(), e.encodeValue());
            assertThat(back).isEqualTo(e);
        }
    }

    @Test
    void tokenContract() {
        List<TokenInfo> tokens = new java.util.ArrayList<>();
        for (JsonNode t : items(field(genesis, "TokenConfig"), "Tokens")) {
            tokens.add(new TokenInfo(TokenStandard.parse(field(t, "tokenStandard").asText()), Address.parse(field(t, "owner").asText()),
                    field(t, "tokenName").asText(), field(t, "tokenSymbol").asText(), field(t, "tokenDomain").asText(),
                    field(t, "totalSupply").bigIntegerValue(), field(t, "maxSupply").bigIntegerValue(), field(t, "decimals").intValue(),
                    field(t, "isMintable").asBoolean(), field(t, "isBurnable").asBoolean(), field(t, "isUtility").asBoolean()));
        }
        check("token", storage(tokens));
        TokenInfo znn = TokenInfo.decode(TokenInfo.key(TokenStandard.ZNN), storage(tokens).get(Hex.encode(TokenInfo.key(TokenStandard.ZNN))));
        assertThat(znn.tokenSymbol()).isEqualTo("ZNN");
        assertThat(znn.owner()).isEqualTo(Address.TOKEN);
        assertThat(znn.decimals()).isEqualTo(8);
    }

    @Test
    void swapContract() {
        List<SwapAssets> entries = new java.util.ArrayList<>();
        for (JsonNode e : items(field(genesis, "SwapConfig"), "Entries")) {
            entries.add(new SwapAssets(Hash.parse(field(e, "keyIdHash").asText()), field(e, "znn").bigIntegerValue(),
                    field(e, "qsr").bigIntegerValue()));
        }
        Map<String, byte[]> storage = storage(entries);
        check("swap", storage);
        SwapAssets first = entries.getFirst();
        assertThat(first.storageKey()).isEqualTo(first.keyIdHash().bytes());
        assertThat(Arrays.equals(SwapAssets.decode(first.storageKey(), first.encodeValue()).storageKey(), first.storageKey())).isTrue();
    }
}
