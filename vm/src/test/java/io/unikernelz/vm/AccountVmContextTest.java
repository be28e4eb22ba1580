package io.unikernelz.vm;

import static io.unikernelz.vm.fixture.Genesis.USER1;
import static io.unikernelz.vm.fixture.Genesis.ZEXP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.fixture.Genesis;
import io.unikernelz.vm.fixture.Patches;
import io.unikernelz.vm.fixture.TestChain;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class AccountVmContextTest {
    private final TestChain chain = new TestChain(Genesis.ledger());

    @Test
    void nestedSaveResetAndDone() {
        AccountVmContext c = chain.context(USER1.address());
        c.storage().put(new byte[] {1}, new byte[] {1});
        c.save();
        c.storage().put(new byte[] {2}, new byte[] {2});
        c.save();
        c.storage().put(new byte[] {3}, new byte[] {3});
        c.storage().delete(new byte[] {1});
        assertThat(c.storage().get(new byte[] {1})).isNull();
        assertThat(Patches.lines(c.changes())).containsExactly("0401 - DELETE", "0403 - 03");
        c.reset();
        assertThat(c.storage().get(new byte[] {1})).containsExactly(1);
        assertThat(c.storage().get(new byte[] {3})).isNull();
        assertThat(Patches.lines(c.changes())).containsExactly("0402 - 02");
        c.done();
        assertThat(Patches.lines(c.changes())).containsExactly("0401 - 01", "0402 - 02");
        assertThatThrownBy(c::reset).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(c::done).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void balancesAndPlasma() {
        AccountVmContext c = chain.context(USER1.address());
        assertThat(c.balance(TokenStandard.ZNN)).isEqualTo(BigInteger.valueOf(12_000 * ZEXP));
        c.subBalance(TokenStandard.ZNN, BigInteger.valueOf(ZEXP));
        c.addBalance(TokenStandard.QSR, BigInteger.ZERO);
        c.addChainPlasma(0);
        assertThat(c.balance(TokenStandard.ZNN)).isEqualTo(BigInteger.valueOf(11_999 * ZEXP));
        assertThat(Patches.lines(c.changes())).hasSize(3);
        assertThatThrownBy(() -> c.subBalance(TokenStandard.ZNN, BigInteger.valueOf(12_000 * ZEXP)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("negative balance after sub");
        c.markAsReceived(Hash.ZERO);
        assertThat(c.isReceived(Hash.ZERO)).isTrue();
        c.sequencerPopFront();
        c.sequencerPopFront();
        assertThat(c.sequencerFrontIndex()).isEqualTo(2);
    }

    @Test
    void momentumViewIsTheAcknowledgedOne() {
        AccountVmContext atGenesis = chain.context(USER1.address());
        chain.momentum();
        chain.momentum();
        AccountVmContext later = chain.context(USER1.address());
        assertThat(atGenesis.frontierMomentum().height()).isEqualTo(1);
        assertThat(later.frontierMomentum().height()).isEqualTo(3);
        assertThat(later.genesisMomentum()).isEqualTo(chain.ledger.genesisMomentum());
        assertThat(later.chainIdentifier()).isEqualTo(100);
        assertThat(later.frontier()).get().satisfies(b -> assertThat(b.height()).isEqualTo(1));
        assertThat(later.parameters().fuseExpiration()).isEqualTo(3600);
        assertThatThrownBy(later::pillarReader).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no consensus reader");
    }
}
