package io.unikernelz.rpc.scenario;

import static io.unikernelz.rpc.scenario.Scenario.ZEXP;
import static io.unikernelz.rpc.scenario.Scenario.block;
import static io.unikernelz.rpc.scenario.Scenario.expectJson;
import static io.unikernelz.rpc.scenario.Scenario.header;
import static io.unikernelz.rpc.scenario.Scenario.identifier;
import static io.unikernelz.rpc.scenario.Scenario.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.chain.verifier.RuleSchedule;
import io.unikernelz.chain.verifier.VerifierErrors;
import io.unikernelz.consensus.mock.MockZenon;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** go-zenon vm/embedded/tests/simple_test.go, scenario by scenario, against the RPC API as go-zenon's tests read it. */
class SimpleTest {
    @TempDir
    Path dir;

    private static final String NO_VM_CHANGES = "storage\nbalance";

    private Scenario start() {
        return new Scenario(new MockZenon(dir));
    }

    /** simpleSendSetup: User1 sends 100 ZNN to User2, cemented; User2 receives it, cemented. */
    private static void simpleSendSetup(Scenario s) {
        s.z.insertSendBlock(transfer(s.user(1), s.user(2), TokenStandard.ZNN, 100 * ZEXP).build(), null, MockZenon.SKIP_VM_CHANGES);
        s.z.insertNewMomentum();
        s.autoreceive(s.user(2));
        s.z.insertNewMomentum();
    }

    /** TestSimple_NeedsToBeCemented: a send can be received only once a momentum holds it. */
    @Test
    void needsToBeCemented() {
        try (Scenario s = start()) {
            AccountBlock send = s.z.insertSendBlock(transfer(s.user(1), s.user(2), TokenStandard.ZNN, 1500 * ZEXP).build(), null,
                    MockZenon.SKIP_VM_CHANGES);
            s.z.expectBalance(s.user(1), TokenStandard.ZNN, 10500 * ZEXP);

            s.z.insertReceiveBlock(send.header(), null, VerifierErrors.AB_FROM_BLOCK_MISSING, NO_VM_CHANGES);
            s.z.expectBalance(s.user(2), TokenStandard.ZNN, 8000 * ZEXP);
        }
    }

    /** TestSimple_UnreceivedRPC: the unreceived list feeds the receive; balances move on both sides. */
    @Test
    void unreceivedRpc() {
        try (Scenario s = start()) {
            s.z.expectBalance(s.user(1), TokenStandard.ZNN, 12000 * ZEXP);
            s.z.expectBalance(s.user(2), TokenStandard.ZNN, 8000 * ZEXP);

            s.z.insertSendBlock(transfer(s.user(1), s.user(2), TokenStandard.ZNN, 1500 * ZEXP).build(), null, MockZenon.SKIP_VM_CHANGES);
            s.z.expectBalance(s.user(1), TokenStandard.ZNN, 10500 * ZEXP);

            s.z.insertMomentumsTo(10);
            s.autoreceive(s.user(2));
            s.z.expectBalance(s.user(2), TokenStandard.ZNN, 9500 * ZEXP);
        }
    }

    /** TestSimple_UnreceivedDisappears. */
    @Test
    void unreceivedDisappears() {
        try (Scenario s = start()) {
            simpleSendSetup(s);
            expectJson(s.call("ledger.getUnreceivedBlocksByAddress", s.user(2), 0, 10), """
                    {
                    \t"list": [],
                    \t"count": 0,
                    \t"more": false
                    }""");
        }
    }

    /** TestSimple_ContractCall: a QSR deposit, a stake cancel of nothing, a refused ZNN deposit; pillar RPCs after. */
    @Test
    void contractCall() {
        try (Scenario s = start()) {
            AccountBlock deposit = s.callContract(transfer(s.user(1), Address.PILLAR, TokenStandard.QSR, 1500 * ZEXP)
                    .data(Abis.PILLAR.encodeMethod("DepositQsr")));
            AccountBlock cancel = s.callContract(block(s.user(1), Address.STAKE).data(Abis.STAKE.encodeMethod("Cancel", Hash.ZERO)));

            // refused on the send side, so it never reaches a momentum
            s.z.insertSendBlock(transfer(s.user(1), Address.PILLAR, TokenStandard.ZNN, 1500 * ZEXP)
                    .data(Abis.PILLAR.encodeMethod("DepositQsr")).build(), VmErrors.INVALID_TOKEN_OR_AMOUNT, NO_VM_CHANGES);

            s.z.insertNewMomentum(); // cemented send blocks
            s.z.insertNewMomentum(); // cemented pillar receive-blocks

            expectJson(s.call("embedded.pillar.getDepositedQsr", s.user(1)), "\"150000000000\"");
            expectJson(s.call("embedded.pillar.getDelegatedPillar", s.user(1)), """
                    {
                    \t"name": "TEST-pillar-1",
                    \t"status": 1,
                    \t"weight": "1200000000000"
                    }""");

            s.z.insertMomentumsTo(60);
            expectJson(GoText.listOf(s.call("embedded.pillar.getAll", 0, 10), "weight"), """
                    {
                    \t"count": 3,
                    \t"list": [
                    \t\t{
                    \t\t\t"weight": "2100000000000"
                    \t\t},
                    \t\t{
                    \t\t\t"weight": "200000000000"
                    \t\t},
                    \t\t{
                    \t\t\t"weight": "200000000000"
                    \t\t}
                    \t]
                    }""");

            s.expectContractResult(cancel, VmErrors.DATA_NON_EXISTENT);
            s.expectContractResult(deposit, null);
            assertThat(s.embeddedLog()).isEmpty();
        }
    }

    /**
     * TestSimple_ContractMultiCall: a swap RetrieveAssets makes the swap contract send two mints to the token contract,
     * which pays User1 15000 ZNN and 150000 QSR. The momentum contents are those go-zenon's log expectation lists.
     */
    @Test
    void contractMultiCall() {
        try (Scenario s = start()) {
            Address user1 = s.user(1);
            AccountBlock retrieve = s.callContract(block(user1, Address.SWAP).data(Abis.SWAP.encodeMethod("RetrieveAssets",
                    SwapProof.SECP1_PUBLIC_B64, SwapProof.retrieveAssets(user1, SwapProof.SECP1_PRIVATE, SwapProof.SECP1_PUBLIC_B64))));
            s.z.insertNewMomentum(); // cemented send block
            s.z.insertNewMomentum(); // cemented swap receive-blocks
            s.z.insertNewMomentum(); // cemented token receive-blocks

            s.z.expectBalance(user1, TokenStandard.ZNN, 12000 * ZEXP);
            s.z.expectBalance(user1, TokenStandard.QSR, 120000 * ZEXP);

            s.autoreceive(user1);
            s.z.insertNewMomentum(); // cemented user1 receive blocks

            s.z.expectBalance(user1, TokenStandard.ZNN, 27000 * ZEXP);
            s.z.expectBalance(user1, TokenStandard.QSR, 270000 * ZEXP);
            s.expectContractResult(retrieve, null);

            // go-zenon's "added block to momentum" lines: momentum height -> (address, height) of each content entry
            JsonNode momentums = s.call("ledger.getMomentumsByHeight", 2, 4).get("list");
            assertThat(content(momentums.get(0))).containsExactly(user1 + "@2");
            assertThat(content(momentums.get(1))).containsExactly(Address.SWAP + "@2", Address.SWAP + "@3", Address.SWAP + "@4");
            assertThat(content(momentums.get(2))).containsExactly(Address.TOKEN + "@2", Address.TOKEN + "@3", Address.TOKEN + "@4",
                    Address.TOKEN + "@5");
            assertThat(content(momentums.get(3))).containsExactly(user1 + "@3", user1 + "@4");
        }
    }

    private static List<String> content(JsonNode momentum) {
        List<String> out = new ArrayList<>();
        for (JsonNode h : momentum.get("content")) out.add(h.get("address").textValue() + "@" + h.get("height").asLong());
        return out;
    }

    /**
     * TestSimple_MomentumInsertionBenchmark without its wall-clock limit (no timing assertions here; docs/benchmarks.md
     * has the throughput): one hour of momentums, each slot filled by the elected pillar.
     */
    @Test
    void momentumInsertion() {
        try (Scenario s = start()) {
            s.z.insertMomentumsTo(60 * 60 / 10);
            assertThat(s.z.chain.height()).isEqualTo(360);
            assertThat(s.call("ledger.getFrontierMomentum").get("timestamp").asLong()).isEqualTo(1_000_000_000L + 359 * 10);
        }
    }

    /** TestSimple_InsufficientBalance: staking more ZNN than the account holds is refused on the send side. */
    @Test
    void insufficientBalance() {
        try (Scenario s = start()) {
            s.z.expectBalance(s.user(1), TokenStandard.ZNN, 12000 * ZEXP);
            s.z.insertSendBlock(transfer(s.user(1), Address.STAKE, TokenStandard.ZNN, 13000 * ZEXP)
                    .data(Abis.STAKE.encodeMethod("Stake", s.z.parameters.stakeTimeMinSec())).build(), VmErrors.INSUFFICIENT_BALANCE, NO_VM_CHANGES);
            s.z.expectBalance(s.user(1), TokenStandard.ZNN, 12000 * ZEXP);
            assertThat(s.embeddedLog()).isEmpty();
        }
    }

    /** TestSimple_InvalidToken: staking QSR or an unknown token is refused on the send side. */
    @Test
    void invalidToken() {
        try (Scenario s = start()) {
            byte[] stake = Abis.STAKE.encodeMethod("Stake", s.z.parameters.stakeTimeMinSec());
            s.z.expectBalance(s.user(1), TokenStandard.ZNN, 12000 * ZEXP);
            s.z.expectBalance(s.user(1), TokenStandard.QSR, 120000 * ZEXP);
            s.z.insertSendBlock(transfer(s.user(1), Address.STAKE, TokenStandard.QSR, 100 * ZEXP).data(stake).build(),
                    VmErrors.INVALID_TOKEN_OR_AMOUNT, NO_VM_CHANGES);
            s.z.expectBalance(s.user(1), TokenStandard.ZNN, 12000 * ZEXP);
            s.z.expectBalance(s.user(1), TokenStandard.QSR, 120000 * ZEXP);

            s.z.insertSendBlock(transfer(s.user(1), Address.STAKE, TokenStandard.parse("zts1s7q09quzmnc5ypd6uf5vha"), 100 * ZEXP).data(stake).build(),
                    VmErrors.INVALID_TOKEN_OR_AMOUNT, NO_VM_CHANGES);
            assertThat(s.embeddedLog()).isEmpty();
        }
    }

    /** TestSimple_CanCallConsensusCache: embedded.pillar.getAll answers on a fresh chain. */
    @Test
    void canCallConsensusCache() {
        try (Scenario s = start()) {
            assertThatCode(() -> s.call("embedded.pillar.getAll", 0, 10)).doesNotThrowAnyException();
        }
    }

    /** TestSimple_MomentumAcknowledgedIncreasing: a receive may not acknowledge an older momentum than its previous block. */
    @Test
    void momentumAcknowledgedIncreasing() {
        try (Scenario s = start()) {
            s.z.insertSendBlock(transfer(s.user(1), s.user(2), TokenStandard.ZNN, 100 * ZEXP).build(), null, MockZenon.SKIP_VM_CHANGES);
            s.z.insertSendBlock(transfer(s.user(1), s.user(2), TokenStandard.ZNN, 200 * ZEXP).build(), null, MockZenon.SKIP_VM_CHANGES);
            s.z.insertMomentumsTo(5);

            JsonNode momentums = s.call("ledger.getMomentumsByHeight", 3, 2).get("list");
            JsonNode unreceived = s.call("ledger.getUnreceivedBlocksByAddress", s.user(2), 0, 2);
            assertThat(unreceived.get("count").asInt()).isEqualTo(2);

            s.z.insertReceiveBlock(header(unreceived.get("list").get(0)),
                    AccountBlock.builder().momentumAcknowledged(identifier(momentums.get(1))).build(), null, MockZenon.SKIP_VM_CHANGES);
            s.z.insertReceiveBlock(header(unreceived.get("list").get(1)),
                    AccountBlock.builder().momentumAcknowledged(identifier(momentums.get(0))).build(), VerifierErrors.AB_MA_GAP, NO_VM_CHANGES);
        }
    }

    /**
     * TestSimple_BatchedBlocks: ten sends in one momentum, received in a shuffled order (go-zenon shuffles with an
     * unseeded generator; a fixed seed here, plus the reverse order, keeps the run reproducible).
     */
    @Test
    void batchedBlocks() {
        for (long seed : new long[] {-1, 7, 2024}) {
            Path sub = dir.resolve("seed" + seed);
            try (Scenario s = new Scenario(new MockZenon(sub))) {
                for (int i = 0; i < 10; i++) {
                    s.z.insertSendBlock(transfer(s.user(1), s.user(2), TokenStandard.ZNN, 100 * ZEXP).build(), null, MockZenon.SKIP_VM_CHANGES);
                }
                s.z.insertNewMomentum();

                assertThat(s.call("ledger.getFrontierAccountBlock", s.user(2)).get("height").asLong()).isEqualTo(1);
                JsonNode unreceived = s.call("ledger.getUnreceivedBlocksByAddress", s.user(2), 0, 10);
                assertThat(unreceived.get("count").asInt()).isEqualTo(10);

                List<AccountHeader> order = new ArrayList<>();
                for (JsonNode b : unreceived.get("list")) order.add(header(b));
                if (seed < 0) Collections.reverse(order);
                else Collections.shuffle(order, new Random(seed));
                for (AccountHeader h : order) s.z.insertReceiveBlock(h, null, null, MockZenon.SKIP_VM_CHANGES);
                s.z.insertNewMomentum();

                assertThat(s.call("ledger.getFrontierAccountBlock", s.user(2)).get("height").asLong()).isEqualTo(11);
                assertThat(s.call("ledger.getUnreceivedBlocksByAddress", s.user(2), 0, 10).get("count").asInt()).isZero();
            }
        }
    }

    /**
     * TestSimple_MomentumContent: at most 5 account blocks per momentum while four accounts keep depositing and
     * withdrawing QSR and receiving the refunds; every block must still find its momentum without an error.
     */
    @Test
    void momentumContent() {
        try (Scenario s = new Scenario(MockZenon.builder(dir).maxAccountBlocksInMomentum(5).build())) {
            List<Address> addresses = List.of(s.user(1), s.user(2), s.user(3), s.user(4), s.user(5));
            int fullest = 0;
            for (int i = 1; i < 5; i++) {
                for (int j = 0; j < i; j++) {
                    s.autoreceive(addresses.get(j));
                    s.callContract(transfer(addresses.get(j), Address.PILLAR, TokenStandard.QSR, 10 * ZEXP).data(Abis.PILLAR.encodeMethod("DepositQsr")));
                    s.callContract(block(addresses.get(j), Address.PILLAR).data(Abis.PILLAR.encodeMethod("WithdrawQsr")));
                }
                s.z.insertNewMomentum();
                fullest = Math.max(fullest, s.call("ledger.getFrontierMomentum").get("content").size());
            }
            for (int i = 5; i < 20; i++) {
                s.autoreceive(addresses.get(i % 5));
                s.z.insertNewMomentum();
                fullest = Math.max(fullest, s.call("ledger.getFrontierMomentum").get("content").size());
            }
            // the limit was reached and held
            assertThat(fullest).isEqualTo(5);
        }
    }

    /**
     * TestSendBlockReceiver (ReceiverMismatchEnforcementHeight = 10): before height 10 another account may receive a
     * send addressed to User2; from a frontier at height 10 on it is refused.
     */
    @Test
    void sendBlockReceiver() {
        try (Scenario s = new Scenario(MockZenon.builder(dir).rules(RuleSchedule.receiverMismatchEnforcedFrom(10)).build())) {
            s.z.insertSendBlock(transfer(s.user(1), s.user(2), TokenStandard.ZNN, 10000 * ZEXP).build(), null, MockZenon.SKIP_VM_CHANGES);
            s.z.insertNewMomentum();

            HashHeight frontier = identifier(s.call("ledger.getFrontierMomentum"));
            AccountHeader send = header(s.call("ledger.getUnreceivedBlocksByAddress", s.user(2), 0, 1).get("list").get(0));

            s.z.insertReceiveBlock(send, AccountBlock.builder().address(s.user(2)).momentumAcknowledged(frontier).build(), null,
                    MockZenon.SKIP_VM_CHANGES);
            s.z.insertNewMomentum();

            // accepted: the receiver check is not enforced yet
            s.z.insertReceiveBlock(send, AccountBlock.builder().address(s.user(3)).momentumAcknowledged(frontier).build(), null,
                    MockZenon.SKIP_VM_CHANGES);
            s.z.insertNewMomentum();

            frontier = identifier(s.call("ledger.getFrontierMomentum"));
            s.z.insertMomentumsTo(10);

            s.z.insertReceiveBlock(send, AccountBlock.builder().address(s.user(4)).momentumAcknowledged(frontier).build(),
                    VerifierErrors.AB_FROM_BLOCK_RECEIVER_MISMATCH, MockZenon.SKIP_VM_CHANGES);
        }
    }
}
