package io.unikernelz.core.nom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.Records;
import io.unikernelz.core.Shared;
import io.unikernelz.core.check.Integrity;
import io.unikernelz.core.json.AccountBlockJson;
import io.unikernelz.core.json.MomentumJson;
import io.unikernelz.core.pow.Pow;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every real record of conformance/blocks recomputes, verifies and matches expectations.json. */
class BlockConformanceTest {

    private static Map<String, JsonNode> expectationsByHash(String group) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode e : Shared.json("blocks/expectations.json").get(group)) collect(e, out);
        return out;
    }

    private static void collect(JsonNode e, Map<String, JsonNode> out) {
        out.put(e.get("hash").asText(), e);
        if (e.has("descendantBlocks")) e.get("descendantBlocks").forEach(d -> collect(d, out));
        if (e.has("pairedAccountBlock") && e.get("pairedAccountBlock").isObject()) collect(e.get("pairedAccountBlock"), out);
    }

    @Test
    void everyAccountBlockRecomputesVerifiesAndMatchesExpectations() {
        Map<String, JsonNode> expected = expectationsByHash("accountBlocks");
        expected.putAll(expectationsByHash("devnetAccountBlocks"));
        List<JsonNode> nodes = Records.allBlockNodes();
        Set<String> distinct = new HashSet<>();
        int checkedAgainstExpectations = 0;
        for (JsonNode node : nodes) {
            AccountBlock b = AccountBlockJson.fromJson(node);
            String hash = node.get("hash").asText();
            distinct.add(hash);
            assertThat(b.computeHash()).as("hash of %s", hash).isEqualTo(Hash.parse(hash));
            assertThat(Integrity.check(b)).as("integrity of %s", hash).isEmpty();
            if (b.isContractBlock()) {
                assertThat(b.publicKey()).isNull();
                assertThat(b.signature()).isNull();
            } else {
                assertThat(b.signatureValid()).as("signature of %s", hash).isTrue();
                assertThat(b.producer()).isEqualTo(b.address());
            }
            if (b.difficulty() != 0) assertThat(Pow.check(b)).isTrue();

            JsonNode e = expected.get(hash);
            if (e == null) continue;
            checkedAgainstExpectations++;
            assertThat(Hex.encode(b.hashPreimage())).as("preimage of %s", hash).isEqualTo(e.get("hashPreimageHex").asText());
            assertThat(b.hashPreimage()).hasSize(e.get("hashPreimageLength").asInt());
            assertThat(b.dataHash().toString()).isEqualTo(e.get("dataHash").asText());
            assertThat(b.descendantBlocksHash().toString()).isEqualTo(e.get("descendantBlocksHash").asText());
            assertThat(b.blockType()).isEqualTo(e.get("blockType").asLong());
            assertThat(b.chainIdentifier()).isEqualTo(e.get("chainIdentifier").asLong());
            if (e.hasNonNull("addressFromPublicKey")) {
                assertThat(b.producer().toString()).isEqualTo(e.get("addressFromPublicKey").asText());
            }
            if (e.hasNonNull("pow")) {
                JsonNode pow = e.get("pow");
                assertThat(Pow.powData(b).toString()).isEqualTo(pow.get("powDataHash").asText());
                assertThat(Long.toUnsignedString(Pow.target(b.difficulty()))).isEqualTo(pow.get("thresholdUint64").asText());
                assertThat(Hex.encode(Bytes.le8(Pow.hashWithNonce(Pow.powData(b), b.nonce()))))
                        .isEqualTo(pow.get("sha3NonceDataFirst8Hex").asText());
            }
        }
        // README: 207 distinct blocks in account-blocks.json counting paired and descendant ones (+ devnet ones)
        assertThat(distinct.size()).isGreaterThanOrEqualTo(207);
        assertThat(checkedAgainstExpectations).isEqualTo(nodes.size());
    }

    @Test
    void legacyNumericRecordsReadToTheSameBlocks() {
        Map<Hash, AccountBlock> current = new HashMap<>();
        for (JsonNode n : Shared.json("blocks/account-blocks.json").get("records")) {
            Records.walk(n, x -> {
                AccountBlock b = AccountBlockJson.fromJson(x);
                current.put(b.hash(), b);
            });
        }
        int n = 0;
        for (JsonNode legacy : Shared.json("blocks/account-blocks-legacy-numeric.json").get("records")) {
            assertThat(legacy.get("amount").isNumber()).isTrue();
            List<JsonNode> all = new ArrayList<>();
            Records.walk(legacy, all::add);
            for (JsonNode x : all) {
                AccountBlock b = AccountBlockJson.fromJson(x);
                assertThat(b.computeHash()).isEqualTo(b.hash());
                assertThat(current).containsKey(b.hash());
                assertThat(b).isEqualTo(current.get(b.hash()));
                assertThat(AccountBlockJson.toJson(b).get("amount").isTextual()).isTrue();
                n++;
            }
        }
        assertThat(n).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyMomentumRecomputesVerifiesAndMatchesExpectations() {
        Map<String, JsonNode> expected = new HashMap<>();
        for (JsonNode e : Shared.json("blocks/expectations.json").get("momentums")) expected.put(e.get("hash").asText(), e);
        List<JsonNode> nodes = Records.momentumNodes();
        assertThat(nodes).hasSize(17);
        for (JsonNode node : nodes) {
            Momentum m = MomentumJson.fromJson(node);
            assertThat(m.computeHash()).isEqualTo(m.hash());
            assertThat(Integrity.check(m)).isEmpty();
            assertThat(m.signatureValid()).isTrue();
            assertThat(m.producer().toString()).isEqualTo(node.get("producer").asText());
            assertThat(m.changesHash()).isEqualTo(Hash.EMPTY_DATA);
            JsonNode e = expected.get(m.hash().toString());
            assertThat(e).as("expectation for %s", m.hash()).isNotNull();
            assertThat(Hex.encode(m.hashPreimage())).isEqualTo(e.get("hashPreimageHex").asText());
            assertThat(m.dataHash().toString()).isEqualTo(e.get("dataHash").asText());
            assertThat(m.content().hash().toString()).isEqualTo(e.get("contentHash").asText());
            assertThat(m.content().size()).isEqualTo(e.get("contentCount").asInt());
            assertThat(m.producer().toString()).isEqualTo(e.get("producerFromPublicKey").asText());
        }
    }

    @Test
    void genesisMomentumWithFullContentHashesAndKeepsItsOrder() {
        JsonNode file = Shared.json("genesis/genesis-momentum.json");
        Momentum m = MomentumJson.fromJson(file.get("momentum"));
        JsonNode intermediate = file.get("intermediate");
        assertThat(m.content().size()).isEqualTo(intermediate.get("contentCount").asInt());
        assertThat(m.content().isSorted()).isTrue();
        assertThat(m.content().hash().toString()).isEqualTo(intermediate.get("contentHash").asText());
        assertThat(m.dataHash().toString()).isEqualTo(intermediate.get("dataHash").asText());
        assertThat(m.computeHash().toString()).isEqualTo("9e204601d1b7b1427fe12bc82622e610d8a6ad43c40abf020eb66e538bb8eeb0");
        assertThat(Integrity.check(m)).isEmpty();
        assertThat(m.producer().toString()).isEqualTo(file.get("momentum").get("producer").asText());
        // re-sorting a sorted content is the identity
        assertThat(MomentumContent.sorted(m.content().headers())).isEqualTo(m.content());
    }

    @Test
    void genesisReceiveBlocksHashFromTheirFields() {
        for (JsonNode v : Shared.json("genesis/genesis-receive-blocks.json").get("vectors")) {
            AccountBlock b = AccountBlockJson.fromJson(v.get("hashedFields"));
            assertThat(Hex.encode(b.hashPreimage())).isEqualTo(v.get("hashPreimageHex").asText());
            assertThat(b.computeHash().toString()).isEqualTo(v.get("expectedHash").asText());
            AccountBlock withHash = b.withComputedHash();
            assertThat(Integrity.check(withHash)).as("unsigned genesis receive %s", b.address()).isEmpty();
        }
    }

    @Test
    void contentIsSortedByAddressHeightHash() {
        Address a = Address.parse("z1qph8dkja68pg3g6j4spwk9re0kjdkul0amwqnt");
        Address z = Address.parse("z1qqmqp40duzvtxvg7dwxph7724mq63t3mru297p");
        AccountHeader h1 = new AccountHeader(a, Hash.of(new byte[] {1}), 2);
        AccountHeader h2 = new AccountHeader(a, Hash.of(new byte[] {2}), 1);
        AccountHeader h3 = new AccountHeader(z, Hash.of(new byte[] {3}), 9);
        MomentumContent c = MomentumContent.sorted(List.of(h1, h2, h3));
        // z1qqmq… starts 0x0036, z1qph8… 0x006e; height before hash
        assertThat(c.headers()).containsExactly(h3, h2, h1);
        assertThat(c.hash()).isEqualTo(Hash.of(Bytes.concat(h3.toBytes(), h2.toBytes(), h1.toBytes())));
        assertThat(MomentumContent.inOrder(List.of(h1, h2)).isSorted()).isFalse();
    }

    @Test
    void previousOfAReceiveWithDescendantsIsTheFirstDescendantsPrevious() {
        AccountBlock withDescendants = Records.allBlocks().stream()
                .filter(b -> b.descendantBlocks().size() > 0).findFirst().orElseThrow();
        AccountBlock first = withDescendants.descendantBlocks().getFirst();
        assertThat(withDescendants.previous()).isEqualTo(first.previous());
        assertThat(first.previous().height()).isEqualTo(first.height() - 1);
        assertThat(withDescendants.header().hashHeight()).isEqualTo(withDescendants.identifier());
        assertThat(BlockType.isSend(first.blockType())).isTrue();
        assertThat(withDescendants.isReceive()).isTrue();
    }
}
