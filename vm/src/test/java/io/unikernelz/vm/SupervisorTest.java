package io.unikernelz.vm;

import static io.unikernelz.vm.fixture.Genesis.USER1;
import static io.unikernelz.vm.fixture.Genesis.USER6;
import static io.unikernelz.vm.fixture.Genesis.ZEXP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.DetailedMomentum;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.MomentumTransaction;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.fixture.Genesis;
import io.unikernelz.vm.fixture.TestChain;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupervisorTest {
    private final TestChain producer = new TestChain(Genesis.ledger());
    private final TestChain follower = new TestChain(Genesis.ledger());

    @Test
    void bothNodesBuildTheSameGenesis() {
        assertThat(follower.ledger.genesisMomentum()).isEqualTo(producer.ledger.genesisMomentum());
        assertThat(producer.ledger.genesisMomentum().hashMatches()).isTrue();
    }

    /** A follower re-executes the producer's blocks and momentums and reaches the same state patches. */
    @Test
    void followerReplaysBlocksAndMomentums() {
        List<MomentumTransaction> produced = new ArrayList<>();
        List<List<AccountBlock>> blocks = new ArrayList<>();

        blocks.add(List.of(producer.send(USER1, USER6.address(), TokenStandard.ZNN, 3 * ZEXP, new byte[] {7}).block(),
                producer.send(USER1, Address.PLASMA, TokenStandard.QSR, 10 * ZEXP, Abis.PLASMA.encodeMethod("Fuse", USER6.address())).block()));
        produced.add(producer.momentum());
        blocks.add(List.of(producer.autoReceive(Address.PLASMA).transaction().block()));
        produced.add(producer.momentum());

        for (int i = 0; i < produced.size(); i++) {
            for (AccountBlock b : blocks.get(i)) {
                AccountBlockTransaction tx = follower.supervisor.applyBlock(b);
                assertThat(tx.block()).isEqualTo(b);
                follower.ledger.insert(tx);
            }
            Momentum m = produced.get(i).momentum();
            MomentumTransaction applied = follower.supervisor.applyMomentum(new DetailedMomentum(m, follower.ledger.unconfirmed()));
            assertThat(applied.changes()).isEqualTo(produced.get(i).changes());
            assertThat(applied.momentum()).isEqualTo(m);
            follower.ledger.insert(applied);
        }
        assertThat(follower.ledger.frontierMomentum()).isEqualTo(producer.ledger.frontierMomentum());
    }

    @Test
    void verifierIsCalledWhereGoZenonCallsIt() {
        AccountBlock send = producer.send(USER1, Address.PLASMA, TokenStandard.QSR, 10 * ZEXP, Abis.PLASMA.encodeMethod("Fuse", USER6.address())).block();
        producer.momentum();
        producer.autoReceive(Address.PLASMA);
        String u = USER1.address().toString();
        String p = Address.PLASMA.toString();
        assertThat(producer.verifier.calls).containsExactly(
                "accountBlock " + u + " #2", "accountBlockTransaction " + u + " #2",
                "momentum #2", "momentumTransaction #2",
                "accountBlock " + p + " #2", "accountBlock " + p + " #2", "accountBlockTransaction " + p + " #2");
        assertThat(send.hashMatches()).isTrue();
    }

    @Test
    void contractSendsAreNotAcceptedAlone() {
        AccountBlock contractSend = AccountBlock.builder().blockType(BlockType.CONTRACT_SEND).address(Address.PLASMA).build();
        assertThatThrownBy(() -> producer.supervisor.applyBlock(contractSend))
                .isInstanceOf(NomException.class).hasMessage("can't apply BlockTypeContractSend");
    }

    @Test
    void momentumRejectionsAndPanics() {
        AccountBlockTransaction tx = producer.send(USER1, USER6.address(), TokenStandard.ZNN, ZEXP, null);
        MomentumTransaction m = producer.momentum();

        follower.ledger.insert(follower.supervisor.applyBlock(tx.block()));
        Momentum wrongChanges = m.momentum().toBuilder().changesHash(Hash.ZERO).build();
        assertThatThrownBy(() -> follower.supervisor.applyMomentum(new DetailedMomentum(wrongChanges, List.of(tx.block()))))
                .isInstanceOf(NomException.class).hasMessage("momentum changes-hash is invalid");

        // the pool lacks the block the content names: go-zenon panics inside the VM
        TestChain empty = new TestChain(Genesis.ledger());
        assertThatThrownBy(() -> empty.supervisor.applyMomentum(new DetailedMomentum(m.momentum(), List.of(tx.block()))))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.VM_RUN_PANIC));
    }

    @Test
    void unresolvableCallWithExplicitPlasmaIsAVmPanic() {
        // base plasma fails inside plasma admission, which go-zenon treats as impossible (a panic)
        AccountBlock template = TestChain.template(USER1, Address.PLASMA, TokenStandard.QSR, ZEXP, new byte[] {1, 2, 3, 4})
                .fusedPlasma(52_500).build();
        assertThatThrownBy(() -> producer.send(USER1, template))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.VM_RUN_PANIC));
        // without explicit plasma the template filling reports the dispatch error itself
        AccountBlock plain = TestChain.template(USER1, Address.PLASMA, TokenStandard.QSR, ZEXP, new byte[] {1, 2, 3, 4}).build();
        assertThatThrownBy(() -> producer.send(USER1, plain))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.CONTRACT_METHOD_NOT_FOUND));
    }
}
