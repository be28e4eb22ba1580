package io.unikernelz.vm;

import static io.unikernelz.vm.fixture.Genesis.USER1;
import static io.unikernelz.vm.fixture.Genesis.USER2;
import static io.unikernelz.vm.fixture.Genesis.USER6;
import static io.unikernelz.vm.fixture.Genesis.ZEXP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.proto.AccountBlockProtoCodec;
import io.unikernelz.core.proto.AccountHeaderProtoCodec;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.Frontier;
import io.unikernelz.store.Patch;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.MomentumTransaction;
import io.unikernelz.vm.fixture.Genesis;
import io.unikernelz.vm.fixture.Patches;
import io.unikernelz.vm.fixture.TestChain;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendReceiveTest {
    private static final String QSR = "04066318c6318c6318c6";
    private final TestChain chain = new TestChain(Genesis.ledger());

    private static String hex(byte[] b) {
        return Hex.encode(b);
    }

    @Test
    void userSendTakesTheAmountAndRecordsFusedPlasma() {
        AccountBlockTransaction tx = chain.send(USER1, USER6.address(), TokenStandard.QSR, 10 * ZEXP, null);

        assertThat(Patches.lines(tx.changes())).containsExactly(
                "03" + QSR + " - 00000000000000000000000000000000000000000000000000000ae9bc21f600",
                "05 - 0000000000000000000000000000000000000000000000000000000000005208");
        AccountBlock block = tx.block();
        assertThat(block.fusedPlasma()).isEqualTo(21_000);
        assertThat(block.totalPlasma()).isEqualTo(21_000);
        assertThat(block.basePlasma()).isEqualTo(21_000);
        assertThat(block.changesHash()).isEqualTo(tx.changes().hash());
        assertThat(block.height()).isEqualTo(2);
        assertThat(block.version()).isEqualTo(1);
        assertThat(block.chainIdentifier()).isEqualTo(100);
        assertThat(block.momentumAcknowledged()).isEqualTo(chain.ledger.genesisMomentum().identifier());
        assertThat(block.hashMatches()).isTrue();
        assertThat(block.signatureValid()).isTrue();
        assertThat(chain.ledger.balance(USER1.address(), TokenStandard.QSR)).isEqualTo(BigInteger.valueOf(119_990 * ZEXP));
        assertThat(chain.verifier.calls).containsExactly(
                "accountBlock " + USER1.address() + " #2", "accountBlockTransaction " + USER1.address() + " #2");
    }

    @Test
    void sendOfTheZeroTokenStandardWritesAZeroBalance() {
        AccountBlockTransaction tx = chain.send(USER1, USER6.address(), TokenStandard.ZERO, 0, new byte[] {1, 2});
        assertThat(Patches.lines(tx.changes())).containsExactly(
                "0300000000000000000000 - " + "00".repeat(32),
                "05 - " + hex(Bytes.big32(BigInteger.valueOf(21_136))));
        assertThat(tx.block().basePlasma()).isEqualTo(21_000 + 2 * 68);
    }

    @Test
    void sendRejections() {
        assertThatThrownBy(() -> chain.send(USER1, USER6.address(), TokenStandard.QSR, 200_000 * ZEXP, null))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.INSUFFICIENT_BALANCE))
                .hasMessage("insufficient balance for transfer");
        // User2 has no fused plasma
        assertThatThrownBy(() -> chain.send(USER2, USER6.address(), TokenStandard.QSR, ZEXP, null))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.NOT_ENOUGH_PLASMA));
        AccountBlock tooLittlePow = TestChain.template(USER2, USER6.address(), TokenStandard.QSR, ZEXP, null)
                .difficulty(100 * 1500).build();
        assertThatThrownBy(() -> chain.send(USER2, tooLittlePow))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.NOT_ENOUGH_TOTAL_PLASMA))
                .hasMessage("not enough TotalPlasma provided for account-block (PoW + Fused)");
        AccountBlock overLimit = TestChain.template(USER1, USER6.address(), TokenStandard.QSR, ZEXP, null)
                .fusedPlasma(10_500_000).difficulty(1500).build();
        assertThatThrownBy(() -> chain.send(USER1, overLimit))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.BLOCK_PLASMA_LIMIT_REACHED));
        // nothing was added to the pool
        assertThat(chain.ledger.unconfirmed()).isEmpty();
    }

    @Test
    void powPaysForABlockWithoutFusion() {
        AccountBlock template = TestChain.template(USER2, USER6.address(), TokenStandard.ZNN, ZEXP, null)
                .difficulty(21_000 * 1500).build();
        AccountBlockTransaction tx = chain.send(USER2, template);
        assertThat(tx.block().fusedPlasma()).isZero();
        assertThat(tx.block().totalPlasma()).isEqualTo(21_000);
        // chain plasma += 0 is still written
        assertThat(Patches.lines(tx.changes())).contains("05 - " + "00".repeat(32));
    }

    @Test
    void receiveCreditsTheSendAndMarksItReceived() {
        AccountBlock send = chain.send(USER1, USER6.address(), TokenStandard.QSR, 10 * ZEXP, null).block();
        MomentumTransaction m2 = chain.momentum();

        AccountBlock template = AccountBlock.builder().blockType(BlockType.USER_RECEIVE).address(USER6.address())
                .fromBlockHash(send.hash()).difficulty(21_000 * 1500).build();
        AccountBlockTransaction rx = chain.send(USER6, template);
        assertThat(Patches.lines(rx.changes())).containsExactly(
                "03" + QSR + " - 000000000000000000000000000000000000000000000000000000003b9aca00",
                "05 - " + "00".repeat(32),
                "06" + send.hash() + " - 0000000000000001");
        assertThat(rx.block().height()).isEqualTo(1);
        assertThat(rx.block().momentumAcknowledged()).isEqualTo(m2.momentum().identifier());
        assertThat(rx.block().tokenStandard()).isEqualTo(TokenStandard.ZERO);
        assertThat(chain.ledger.balance(USER6.address(), TokenStandard.QSR)).isEqualTo(BigInteger.valueOf(10 * ZEXP));

        MomentumTransaction m3 = chain.momentum();
        List<String> lines = Patches.lines(m3.changes());
        // the sender's mailbox learns which block received the send; the receiver's pending mark is deleted
        assertThat(lines).contains(
                "04" + hex(USER1.address().rawBytes()) + "06" + send.hash() + " - " + hex(AccountHeaderProtoCodec.encode(rx.block().header())),
                "04" + hex(USER6.address().rawBytes()) + "05" + send.hash() + " - DELETE",
                "05" + rx.block().hash() + " - " + hex(Bytes.be8(3)));
    }

    /** The momentum state patch of one confirmed send, record by record (GUIDE §5). */
    @Test
    void momentumPatchOfOneSend() {
        AccountBlockTransaction tx = chain.send(USER1, USER6.address(), TokenStandard.QSR, 10 * ZEXP, null);
        MomentumTransaction m = chain.momentum();
        AccountBlock b = tx.block();
        String user1 = hex(USER1.address().rawBytes());
        String user6 = hex(USER6.address().rawBytes());

        List<String> expected = new ArrayList<>();
        for (String line : Patches.lines(tx.changes())) expected.add("03" + user1 + line);
        Patch frontier = Frontier.records(b.identifier(), AccountBlockProtoCodec.encode(b));
        for (String line : Patches.lines(frontier)) expected.add("03" + user1 + line);
        expected.add("04" + user6 + "04" + b.hash() + " - 0000000000000001");
        expected.add("04" + user6 + "05" + b.hash() + " - 0000000000000001");
        expected.add("05" + b.hash() + " - 0000000000000002");
        expected.add("08" + user1 + " - " + hex(Bytes.big32(BigInteger.valueOf(12_000 * ZEXP))));
        expected.add("09" + b.hash() + " - " + hex(AccountHeaderProtoCodec.encode(b.header())));
        expected.sort(null);

        assertThat(Patches.lines(m.changes())).containsExactlyElementsOf(expected);
        assertThat(m.momentum().changesHash()).isEqualTo(m.changes().hash());
        assertThat(m.momentum().height()).isEqualTo(2);
        assertThat(m.momentum().content().headers()).containsExactly(b.header());
        assertThat(m.momentum().signatureValid()).isTrue();
        assertThat(chain.ledger.frontierMomentumStore().confirmationHeight(b.hash())).isEqualTo(2);
    }
}
