package io.unikernelz.vm.embedded.contracts;

import static io.unikernelz.vm.fixture.Genesis.USER1;
import static io.unikernelz.vm.fixture.Genesis.USER2;
import static io.unikernelz.vm.fixture.Genesis.ZEXP;
import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.vm.ContractExecution;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.Sporks;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.embedded.EmbeddedContracts;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import io.unikernelz.vm.embedded.definition.Project;
import io.unikernelz.vm.embedded.definition.Spork;
import io.unikernelz.vm.fixture.Genesis;
import io.unikernelz.vm.fixture.TestChain;
import io.unikernelz.vm.fixture.TestLedger;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spork, HTLC and Accelerator calls through the real supervisor: sends, momentums, contract receives, descendants. */
class SporkHtlcAcceleratorOnChainTest {
    private static StateReader storage(TestChain chain, Address contract) {
        return AccountStore.readOnly(contract, chain.ledger.frontierAccountState(contract)).storageReader();
    }

    private static ContractExecution receiveOk(TestChain chain, Address contract) {
        chain.momentum();
        ContractExecution e = chain.autoReceive(contract);
        assertThat(e.error()).isEmpty();
        return e;
    }

    @Test
    void aSporkCreatedAndActivatedOnChainIsEnforcedSixMomentumsLater() {
        ContractParameters params = ContractParameters.mainnet().toBuilder().sporkAddress(USER1.address()).build();
        TestChain chain = new TestChain(Genesis.builder().balance(Address.SPORK, TokenStandard.ZNN, 0).build(), EmbeddedContracts.standard(), params);

        AccountBlock create = chain.send(USER1, Address.SPORK, TokenStandard.ZNN, 0,
                Abis.SPORK.encodeMethod("CreateSpork", "spork-1", "spork description")).block();
        receiveOk(chain, Address.SPORK); // confirmed in momentum 2
        chain.send(USER1, Address.SPORK, TokenStandard.ZNN, 0, Abis.SPORK.encodeMethod("ActivateSpork", create.hash()));
        receiveOk(chain, Address.SPORK); // received at momentum 3
        chain.momentum();

        Spork spork = SporkSupport.spork(storage(chain, Address.SPORK), create.hash()).orElseThrow();
        assertThat(spork).isEqualTo(new Spork(create.hash(), "spork-1", "spork description", true, 9));
        while (chain.ledger.frontierMomentum().height() < 8) chain.momentum();
        assertThat(Sporks.isActive(chain.ledger.frontierMomentumStore(), create.hash())).isFalse();
        chain.momentum();
        assertThat(Sporks.isActive(chain.ledger.frontierMomentumStore(), create.hash())).isTrue();

        // with another spork address configured, the same user is refused on the send side
        ContractParameters other = params.toBuilder().sporkAddress(USER2.address()).build();
        TestChain refusing = new TestChain(Genesis.ledger(), EmbeddedContracts.standard(), other);
        try {
            refusing.send(USER1, Address.SPORK, TokenStandard.ZNN, 0, Abis.SPORK.encodeMethod("CreateSpork", "spork-1", "d"));
            throw new AssertionError("expected the send to be refused");
        } catch (NomException e) {
            assertThat(e.error()).isEqualTo(VmErrors.PERMISSION_DENIED);
        }
    }

    @Test
    void anHtlcIsCreatedAndUnlockedByAProxyOnceTheHtlcSporkIsEnforced() {
        TestLedger ledger = Genesis.withSpork(Genesis.builder().balance(Address.HTLC, TokenStandard.ZNN, 0), Sporks.HTLC, true, 1).build();
        TestChain chain = new TestChain(ledger);
        byte[] reclaim = Abis.HTLC.encodeMethod("Reclaim", Hash.ZERO);
        // sporks are never active while the frontier is the genesis momentum: no HTLC contract yet
        try {
            EmbeddedContracts.standard().resolve(chain.context(USER1.address()), Address.HTLC, reclaim);
            throw new AssertionError("expected no HTLC contract at genesis");
        } catch (NomException e) {
            assertThat(e.error()).isEqualTo(VmErrors.CONTRACT_DOESNT_EXIST);
        }
        chain.momentum();
        assertThat(EmbeddedContracts.standard().resolve(chain.context(USER1.address()), Address.HTLC, reclaim)).isInstanceOf(HtlcReclaim.class);

        byte[] preimage = "all your znn are belong to us".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AccountBlock create = chain.send(USER1, Address.HTLC, TokenStandard.ZNN, 10 * ZEXP, Abis.HTLC.encodeMethod("Create",
                USER2.address(), TestLedger.GENESIS_TIME + 300, 0, 32, Sha3.sha3(preimage))).block();
        receiveOk(chain, Address.HTLC);
        assertThat(chain.ledger.balance(Address.HTLC, TokenStandard.ZNN)).isEqualTo(BigInteger.valueOf(10 * ZEXP));
        assertThat(HtlcSupport.htlcInfo(storage(chain, Address.HTLC), create.hash())).isPresent();

        chain.send(USER1, Address.HTLC, TokenStandard.ZNN, 0, Abis.HTLC.encodeMethod("Unlock", create.hash(), preimage));
        ContractExecution unlocked = receiveOk(chain, Address.HTLC);

        assertThat(unlocked.transaction().block().descendantBlocks()).singleElement().satisfies(d -> {
            assertThat(d.toAddress()).isEqualTo(USER2.address());
            assertThat(d.amount()).isEqualTo(BigInteger.valueOf(10 * ZEXP));
        });
        assertThat(chain.ledger.balance(Address.HTLC, TokenStandard.ZNN)).isZero();
        assertThat(HtlcSupport.htlcInfo(storage(chain, Address.HTLC), create.hash())).isEmpty();
        assertThat(chain.ledger.balance(USER1.address(), TokenStandard.ZNN)).isEqualTo(BigInteger.valueOf(11_990 * ZEXP));
    }

    @Test
    void anAcceleratorProjectIsVotedInAndItsPhasePaid() {
        PillarInfo pillar = new PillarInfo("TEST-pillar-1", USER1.address(), USER1.address(), USER1.address(),
                BigInteger.valueOf(15_000 * ZEXP), TestLedger.GENESIS_TIME, 0, 0, 100, PillarInfo.NORMAL_PILLAR_TYPE);
        TestLedger ledger = Genesis.withSpork(Genesis.builder()
                .balance(Address.ACCELERATOR, TokenStandard.ZNN, 1_000 * ZEXP)
                .balance(Address.ACCELERATOR, TokenStandard.QSR, 1_000 * ZEXP)
                .storage(Address.PILLAR, pillar.storageKey(), pillar.encodeValue()), Sporks.ACCELERATOR, true, 1).build();
        TestChain chain = new TestChain(ledger, EmbeddedContracts.standard(),
                ContractParameters.mainnet().toBuilder().updateMinNumMomentums(1).build());
        chain.momentum();

        AccountBlock create = chain.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, ZEXP, Abis.ACCELERATOR.encodeMethod("CreateProject",
                "Project", "Description", "zenon.network", BigInteger.valueOf(100 * ZEXP), BigInteger.valueOf(50 * ZEXP))).block();
        receiveOk(chain, Address.ACCELERATOR);
        Hash projectId = create.hash();
        chain.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, 0, Abis.ACCELERATOR.encodeMethod("VoteByName", projectId, "TEST-pillar-1", 0));
        receiveOk(chain, Address.ACCELERATOR);
        chain.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, 0, Abis.ACCELERATOR.encodeMethod("Update"));
        receiveOk(chain, Address.ACCELERATOR);
        assertThat(AcceleratorSupport.project(storage(chain, Address.ACCELERATOR), projectId).orElseThrow().status())
                .isEqualTo(Project.ACTIVE_STATUS);

        AccountBlock phase = chain.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, 0, Abis.ACCELERATOR.encodeMethod("AddPhase",
                projectId, "Phase 1", "All of it", "zenon.network", BigInteger.valueOf(100 * ZEXP), BigInteger.valueOf(50 * ZEXP))).block();
        receiveOk(chain, Address.ACCELERATOR);
        // the pillar's producing address votes for the phase (only the fixture's USER1 holds plasma, so it is also the producer)
        chain.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, 0, Abis.ACCELERATOR.encodeMethod("VoteByProdAddress", phase.hash(), 0));
        receiveOk(chain, Address.ACCELERATOR);
        chain.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, 0, Abis.ACCELERATOR.encodeMethod("Update"));
        ContractExecution paid = receiveOk(chain, Address.ACCELERATOR);

        List<AccountBlock> payouts = paid.transaction().block().descendantBlocks();
        assertThat(payouts).hasSize(2);
        assertThat(payouts).allSatisfy(d -> {
            assertThat(d.toAddress()).isEqualTo(USER1.address());
            assertThat(d.data()).isEqualTo(phase.hash().bytes());
        });
        assertThat(payouts.get(0).amount()).isEqualTo(BigInteger.valueOf(100 * ZEXP));
        assertThat(payouts.get(1).amount()).isEqualTo(BigInteger.valueOf(50 * ZEXP));
        assertThat(chain.ledger.balance(Address.ACCELERATOR, TokenStandard.ZNN)).isEqualTo(BigInteger.valueOf(901 * ZEXP));
        assertThat(chain.ledger.balance(Address.ACCELERATOR, TokenStandard.QSR)).isEqualTo(BigInteger.valueOf(950 * ZEXP));
        assertThat(AcceleratorSupport.project(storage(chain, Address.ACCELERATOR), projectId).orElseThrow().status())
                .isEqualTo(Project.COMPLETED_STATUS);
    }
}
