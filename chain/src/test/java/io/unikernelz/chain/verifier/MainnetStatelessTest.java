package io.unikernelz.chain.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.chain.SharedData;
import io.unikernelz.core.json.AccountBlockJson;
import io.unikernelz.core.json.MomentumJson;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.store.Patch;
import io.unikernelz.store.ledger.MomentumTransaction;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.NomException;
import java.io.IOException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Real mainnet blocks and momentums pass the verifier's state-free rules; tampered copies fail with go-zenon's error. */
class MainnetStatelessTest {
    private static final long MAINNET = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode records(String file) throws IOException {
        return JSON.readTree(SharedData.conformance("blocks/" + file).toFile()).get("records");
    }

    private static void walk(JsonNode block, List<AccountBlock> out) {
        out.add(AccountBlockJson.fromJson(block));
        JsonNode descendants = block.get("descendantBlocks");
        if (descendants != null && descendants.isArray()) descendants.forEach(d -> walk(d, out));
        JsonNode paired = block.get("pairedAccountBlock");
        if (paired != null && paired.isObject()) walk(paired, out);
    }

    private static List<AccountBlock> mainnetBlocks() throws IOException {
        List<AccountBlock> out = new ArrayList<>();
        for (String file : List.of("account-blocks.json", "account-blocks-legacy-numeric.json")) {
            for (JsonNode n : records(file)) walk(n, out);
        }
        return out;
    }

    @Test
    void everyMainnetBlockPassesTheStateFreeRules() throws IOException {
        List<AccountBlock> blocks = mainnetBlocks();
        int descendants = 0, contractSends = 0;
        for (AccountBlock b : blocks) {
            if (b.blockType() == BlockType.CONTRACT_SEND) {
                // a contract send only exists inside its receive; on its own it passes the per-block rules
                assertThatCode(() -> {
                    StatelessChecks.beforeExecution(b, MAINNET);
                    StatelessChecks.integrity(b);
                }).as("%s", b).doesNotThrowAnyException();
                contractSends++;
            } else {
                assertThatCode(() -> StatelessChecks.accountBlock(b, MAINNET)).as("%s", b).doesNotThrowAnyException();
            }
            descendants += b.descendantBlocks().size();
        }
        assertThat(blocks).hasSizeGreaterThan(150);
        assertThat(descendants).as("contract receives with descendants are covered").isPositive();
        assertThat(contractSends).isGreaterThanOrEqualTo(46);
        assertThat(blocks).anyMatch(b -> b.difficulty() != 0).anyMatch(AccountBlock::isContractBlock);
    }

    private static NomError errorOf(Runnable check) {
        try {
            check.run();
        } catch (NomException e) {
            return e.error();
        }
        throw new AssertionError("expected a NomException");
    }

    @Test
    void tamperedMainnetBlocksFail() throws IOException {
        AccountBlock user = mainnetBlocks().stream().filter(b -> !b.isContractBlock() && b.difficulty() != 0).findFirst().orElseThrow();
        byte[] sig = user.signature();
        sig[0] ^= 1;
        assertThat(errorOf(() -> StatelessChecks.accountBlock(user.toBuilder().signature(sig).build(), MAINNET)))
                .isEqualTo(VerifierErrors.AB_SIGNATURE_INVALID);
        assertThat(errorOf(() -> StatelessChecks.accountBlock(user.toBuilder().nonce(user.nonce() + 1).build(), MAINNET)))
                .isIn(VerifierErrors.AB_POW_INVALID, VerifierErrors.AB_HASH_INVALID);
        assertThat(errorOf(() -> StatelessChecks.accountBlock(user.toBuilder().address(Address.PLASMA).build(), MAINNET)))
                .isEqualTo(VerifierErrors.AB_TYPE_MUST_BE_CONTRACT);
        assertThat(errorOf(() -> StatelessChecks.accountBlock(user, 100))).isEqualTo(VerifierErrors.M_CHAIN_IDENTIFIER_MISMATCH);
    }

    @Test
    void everyMainnetMomentumPassesHashSignatureAndProducer() throws IOException {
        Map<Long, Address> recordedProducers = new HashMap<>();
        List<Momentum> momentums = new ArrayList<>();
        for (JsonNode n : records("momentums.json")) {
            Momentum m = MomentumJson.fromJson(n);
            Address producer = Address.parse(n.get("producer").asText());
            assertThat(m.producer()).as("producer of %s", m).isEqualTo(producer);
            recordedProducers.put(m.timestamp(), producer);
            momentums.add(m);
        }
        // the slot owners as the RPC reported them; momentumTransaction reads nothing else from the ledger
        ProducerSchedule schedule = t -> Optional.ofNullable(recordedProducers.get(t));
        ChainVerifier verifier = new ChainVerifier(new MockLedger(), schedule, InstantSource.system());
        for (Momentum m : momentums) {
            assertThatCode(() -> StatelessChecks.momentum(m, MAINNET)).as("%s", m).doesNotThrowAnyException();
            // empty content: the changes hash is that of the empty patch
            assertThatCode(() -> verifier.momentumTransaction(new MomentumTransaction(m, Patch.EMPTY))).as("%s", m).doesNotThrowAnyException();
        }
        assertThat(momentums).hasSize(17);

        Momentum first = momentums.getFirst();
        ChainVerifier wrongSlot = new ChainVerifier(new MockLedger(), t -> Optional.of(Address.PILLAR), InstantSource.system());
        assertThatThrownBy(() -> wrongSlot.momentumTransaction(new MomentumTransaction(first, Patch.EMPTY)))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VerifierErrors.M_PRODUCER_INVALID));
        assertThat(errorOf(() -> StatelessChecks.momentum(first.toBuilder().timestamp(first.timestamp() + 1).build(), MAINNET)))
                .isEqualTo(VerifierErrors.M_HASH_INVALID);
    }

    /**
     * go-zenon's crypto/ed25519 accepts a signature under the identity point as public key (R = identity, S = 0
     * satisfies [S]B - [k]A = R for every message). BouncyCastle and libsodium refuse it; the verifier must not, or
     * such a block or momentum on the real network would split this node from go-zenon.
     */
    @Test
    void signaturesUnderASmallOrderKeyAreJudgedAsGoJudgesThem() throws IOException {
        byte[] identityKey = new byte[32];
        identityKey[0] = 1;
        byte[] identityR = new byte[64];
        identityR[0] = 1;
        Address account = Address.fromPublicKey(identityKey);

        AccountBlock user = mainnetBlocks().stream().filter(b -> !b.isContractBlock() && b.difficulty() != 0).findFirst().orElseThrow();
        AccountBlock underIdentity = user.toBuilder().address(account).publicKey(identityKey).build().withComputedHash()
                .toBuilder().signature(identityR).build();
        assertThatCode(() -> StatelessChecks.integrity(underIdentity)).doesNotThrowAnyException();
        byte[] wrongS = identityR.clone();
        wrongS[32] = 1;
        assertThat(errorOf(() -> StatelessChecks.integrity(underIdentity.toBuilder().signature(wrongS).build())))
                .isEqualTo(VerifierErrors.AB_SIGNATURE_INVALID);

        Momentum real = MomentumJson.fromJson(records("momentums.json").get(0));
        Momentum momentum = real.toBuilder().publicKey(identityKey).build().withComputedHash().toBuilder().signature(identityR).build();
        ChainVerifier verifier = new ChainVerifier(new MockLedger(), t -> Optional.of(account), InstantSource.system());
        // more often than the key tables' warm-up, so both the first-sighting path and the key table answer
        for (int i = 0; i < 2 * io.unikernelz.core.crypto.Ed25519Verifier.NODE_WARM_AFTER; i++) {
            assertThatCode(() -> verifier.momentumTransaction(new MomentumTransaction(momentum, Patch.EMPTY))).doesNotThrowAnyException();
            assertThatThrownBy(() -> verifier.momentumTransaction(new MomentumTransaction(momentum.toBuilder().signature(wrongS).build(), Patch.EMPTY)))
                    .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VerifierErrors.M_SIGNATURE_INVALID));
        }
    }
}
