package io.unikernelz.vm;

import static io.unikernelz.vm.fixture.Genesis.USER1;
import static io.unikernelz.vm.fixture.Genesis.USER6;
import static io.unikernelz.vm.fixture.Genesis.ZEXP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.StateLayer;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.embedded.EmbeddedContracts;
import io.unikernelz.vm.fixture.Genesis;
import io.unikernelz.vm.fixture.TestChain;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PlasmaRulesTest {
    private final TestChain chain = new TestChain(Genesis.ledger());
    private final EmbeddedContracts contracts = EmbeddedContracts.standard();

    /** go-zenon vm/plasma_test.go TestGetDifficultyForPlasma. */
    @Test
    void difficultyForPlasmaMatchesGoZenon() {
        assertThat(PlasmaRules.difficultyForPlasma(94_500)).isEqualTo(141_750_000L);
        assertThat(PlasmaRules.difficultyForPlasma(Plasma.EMBEDDED_SIMPLE_PLASMA)).isEqualTo(78_750_000L);
        assertThat(PlasmaRules.difficultyForPlasma(Plasma.EMBEDDED_W_RESPONSE_PLASMA)).isEqualTo(110_250_000L);
        assertThat(PlasmaRules.difficultyForPlasma(Plasma.EMBEDDED_W_DOUBLE_RESPONSE_PLASMA)).isEqualTo(141_750_000L);
        assertThat(PlasmaRules.difficultyForPlasma(0)).isZero();
        assertThatThrownBy(() -> PlasmaRules.difficultyForPlasma(94_501))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.FORBIDDEN_PARAM))
                .hasMessage("forbidden parameter");
    }

    private long base(AccountBlock block) {
        return PlasmaRules.basePlasma(chain.context(block.address()), contracts, block);
    }

    private static AccountBlock send(Address from, Address to, byte[] data) {
        return AccountBlock.builder().blockType(BlockType.USER_SEND).address(from).toAddress(to).data(data).build();
    }

    @Test
    void basePlasmaPerBlockKind() {
        assertThat(base(send(USER1.address(), USER6.address(), null))).isEqualTo(21_000);
        assertThat(base(send(USER1.address(), USER6.address(), new byte[10]))).isEqualTo(21_000 + 680);
        assertThat(base(send(USER1.address(), USER6.address(), new byte[16_384]))).isEqualTo(21_000 + 68L * 16_384);
        AccountBlock receive = AccountBlock.builder().blockType(BlockType.USER_RECEIVE).address(USER1.address()).build();
        assertThat(base(receive)).isEqualTo(21_000);
        AccountBlock contractBlock = send(Address.PLASMA, USER1.address(), new byte[100]);
        assertThat(PlasmaRules.basePlasma(chain.context(USER1.address()), contracts, contractBlock)).isZero();

        byte[] fuse = Abis.PLASMA.encodeMethod("Fuse", USER6.address());
        byte[] cancel = Abis.PLASMA.encodeMethod("CancelFuse", Hash.ZERO);
        assertThat(base(send(USER1.address(), Address.PLASMA, fuse))).isEqualTo(52_500);
        assertThat(base(send(USER1.address(), Address.PLASMA, cancel))).isEqualTo(73_500);
    }

    @Test
    void basePlasmaRejections() {
        assertThatThrownBy(() -> base(send(USER1.address(), USER6.address(), new byte[16_385])))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.AB_DATA_TOO_BIG))
                .hasMessage("account-block data field is too big");
        assertThatThrownBy(() -> base(send(USER1.address(), Address.PLASMA, new byte[] {1, 2, 3, 4})))
                .hasMessage("method not found in the abi");
        assertThatThrownBy(() -> base(send(USER1.address(), Address.PLASMA, new byte[] {0x5a, (byte) 0xc9, 0x42})))
                .hasMessage("method not found in the abi");
        // the bridge exists only once its spork is enforced
        assertThatThrownBy(() -> base(send(USER1.address(), Address.BRIDGE, Abis.BRIDGE.encodeMethod("Halt", ""))))
                .hasMessage("contract doesn't exist");
    }

    /**
     * The figures of go-zenon vm/embedded/tests/plasma_test.go TestPlasma_simple and TestPlasma_rpc, on a genesis
     * where User1 has 10 000 QSR fused for itself (so 10 500 000 plasma) and User6 nothing.
     */
    @Test
    void availablePlasmaFollowsConfirmations() {
        assertThat(PlasmaRules.availablePlasma(chain.context(USER1.address()))).isEqualTo(10_500_000);
        assertThat(PlasmaRules.availablePlasma(chain.context(USER6.address()))).isZero();

        AccountBlock toUser6 = chain.send(USER1, USER6.address(), TokenStandard.QSR, 10 * ZEXP, null).block();
        assertThat(PlasmaRules.availablePlasma(chain.context(USER1.address()))).isEqualTo(10_500_000 - 21_000);
        chain.momentum();
        assertThat(PlasmaRules.availablePlasma(chain.context(USER1.address()))).isEqualTo(10_500_000);

        chain.send(USER1, Address.PLASMA, TokenStandard.QSR, 10 * ZEXP, Abis.PLASMA.encodeMethod("Fuse", USER6.address()));
        // "User1 consumed plasma by sending blocks"
        assertThat(PlasmaRules.availablePlasma(chain.context(USER1.address()))).isEqualTo(10_447_500);
        HashHeight m3 = chain.momentum().momentum().identifier();
        assertThat(PlasmaRules.availablePlasma(chain.context(USER1.address()))).isEqualTo(10_500_000);
        // "User 6 didn't gain plasma (yet)"
        assertThat(PlasmaRules.availablePlasma(chain.context(USER6.address()))).isZero();
        long requiredBefore = (52_500 - PlasmaRules.availablePlasma(chain.context(USER6.address()))) * Plasma.POW_DIFFICULTY_PER_PLASMA;
        assertThat(requiredBefore).isEqualTo(78_750_000);

        chain.autoReceive(Address.PLASMA);
        HashHeight m4 = chain.momentum().momentum().identifier();
        // "User 6 just gained plasma"
        assertThat(PlasmaRules.availablePlasma(chain.context(USER6.address()))).isEqualTo(21_000);
        assertThat(PlasmaRules.fusedAmount(chain.ledger.frontierMomentumStore(), USER6.address())).isEqualTo(BigInteger.valueOf(10 * ZEXP));
        long required = (52_500 - PlasmaRules.availablePlasma(chain.context(USER6.address()))) * Plasma.POW_DIFFICULTY_PER_PLASMA;
        assertThat(required).isEqualTo(47_250_000);

        // plasma is read at the acknowledged momentum: at momentum 3 User6 had none
        AccountBlock.Builder receive = AccountBlock.builder().blockType(BlockType.USER_RECEIVE).address(USER6.address())
                .fromBlockHash(toUser6.hash());
        assertThatThrownBy(() -> chain.send(USER6, receive.momentumAcknowledged(m3).build()))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.NOT_ENOUGH_PLASMA));
        assertThat(chain.send(USER6, receive.momentumAcknowledged(m4).build()).block().fusedPlasma()).isEqualTo(21_000);
    }

    /** go-zenon vm/embedded/tests/plasma_test.go TestPlasma_rpc, GetRequiredPoWForAccountBlock. */
    @Test
    void requiredPowAsTheRpcAnswersIt() {
        byte[] fuse = Abis.PLASMA.encodeMethod("Fuse", USER6.address());
        AccountBlock byUser1 = send(USER1.address(), Address.PLASMA, fuse);
        AccountBlock byUser6 = send(USER6.address(), Address.PLASMA, fuse);
        assertThat(PlasmaRules.requiredPoW(chain.supervisor.frontierContext(USER1.address()), contracts, byUser1))
                .isEqualTo(new PlasmaRules.RequiredPoW(10_500_000, 52_500, 0));
        assertThat(PlasmaRules.requiredPoW(chain.supervisor.frontierContext(USER6.address()), contracts, byUser6))
                .isEqualTo(new PlasmaRules.RequiredPoW(0, 52_500, 78_750_000));

        chain.send(USER1, Address.PLASMA, TokenStandard.QSR, 10 * ZEXP, fuse);
        chain.momentum();
        chain.autoReceive(Address.PLASMA);
        chain.momentum();
        assertThat(PlasmaRules.requiredPoW(chain.supervisor.frontierContext(USER6.address()), contracts, byUser6))
                .isEqualTo(new PlasmaRules.RequiredPoW(21_000, 52_500, 47_250_000));
        // exactly enough plasma still asks for a zero difficulty, through the PoW path
        AccountBlock receive = AccountBlock.builder().blockType(BlockType.USER_RECEIVE).address(USER6.address()).build();
        assertThat(PlasmaRules.requiredPoW(chain.supervisor.frontierContext(USER6.address()), contracts, receive))
                .isEqualTo(new PlasmaRules.RequiredPoW(21_000, 21_000, 0));
    }

    @Test
    void availablePlasmaClampsAtTheFusedAmountConstant() {
        // committed chain plasma far above the uncommitted one: the sum exceeds 5e11 and is clamped there
        StateLayer momentumState = StateLayer.over(chain.ledger.frontierMomentumStore().reader());
        MomentumStore store = MomentumStore.writable(momentumState);
        momentumState.subspace(Bytes.concat(new byte[] {0x03}, USER1.address().rawBytes()))
                .put(new byte[] {0x05}, Bytes.big32(BigInteger.valueOf(600_000_000_000L)));
        assertThat(PlasmaRules.availablePlasma(store, USER1.address(), BigInteger.ZERO))
                .isEqualTo(Plasma.MAX_FUSED_AMOUNT_FOR_ACCOUNT);
        assertThat(PlasmaRules.availablePlasma(store, USER1.address(), BigInteger.valueOf(600_000_000_000L)))
                .isEqualTo(10_500_000);
        assertThat(AccountStore.readOnly(USER1.address(), store.account(USER1.address()).reader()).chainPlasma())
                .isEqualTo(BigInteger.valueOf(600_000_000_000L));
    }

    @Test
    void negativeAvailablePlasmaIsAnInternalError() {
        MomentumStore store = chain.ledger.frontierMomentumStore();
        assertThatThrownBy(() -> PlasmaRules.availablePlasma(store, USER6.address(), BigInteger.ONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("got negative available plasma");
    }
}
