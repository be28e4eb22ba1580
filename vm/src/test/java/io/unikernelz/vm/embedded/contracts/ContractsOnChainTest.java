package io.unikernelz.vm.embedded.contracts;

import static io.unikernelz.vm.fixture.Genesis.USER1;
import static io.unikernelz.vm.fixture.Genesis.USER2;
import static io.unikernelz.vm.fixture.Genesis.ZEXP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.vm.ContractExecution;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import io.unikernelz.vm.embedded.definition.TokenInfo;
import io.unikernelz.vm.fixture.Genesis;
import io.unikernelz.vm.fixture.TestChain;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The contracts through the real VM and supervisor: sends, momentums, contract receives with descendants, and the
 * token contract receiving what the other contracts send it.
 */
class ContractsOnChainTest {
    private static final BigInteger MAX = BigInteger.valueOf(4_611_686_018_427_387_903L);
    private static final TokenInfo ZNN = new TokenInfo(TokenStandard.ZNN, Address.PILLAR, "Zenon Coin", "ZNN", "zenon.network",
            BigInteger.valueOf(19_500_000_000_000L), MAX, 8, true, true, true);
    private static final TokenInfo QSR = new TokenInfo(TokenStandard.QSR, Address.STAKE, "QuasarCoin", "QSR", "zenon.network",
            BigInteger.valueOf(180_550_000_000_000L), MAX, 8, true, true, true);

    private static TestChain chain() {
        return new TestChain(Genesis.builder()
                .balance(USER1.address(), TokenStandard.QSR, 200_000 * ZEXP)
                .storage(Address.TOKEN, ZNN.storageKey(), ZNN.encodeValue())
                .storage(Address.TOKEN, QSR.storageKey(), QSR.encodeValue())
                .build());
    }

    private static StateReader storage(TestChain chain, Address contract) {
        return AccountStore.readOnly(contract, chain.ledger.frontierAccountState(contract)).storageReader();
    }

    @Test
    void theSendSideRefusesAWrongStake() {
        TestChain chain = chain();
        assertThatThrownBy(() -> chain.send(USER1, Address.PILLAR, TokenStandard.ZNN, 15_000 * ZEXP / 2,
                Abis.PILLAR.encodeMethod("Register", "TEST-chain", USER2.address(), USER1.address(), 0, 100)))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT));
        assertThat(chain.ledger.unconfirmed()).isEmpty();
    }

    @Test
    void pillarRegistrationEndToEnd() {
        TestChain chain = new TestChain(Genesis.builder()
                .balance(USER1.address(), TokenStandard.ZNN, 20_000 * ZEXP)
                .balance(USER1.address(), TokenStandard.QSR, 200_000 * ZEXP)
                .storage(Address.TOKEN, ZNN.storageKey(), ZNN.encodeValue())
                .storage(Address.TOKEN, QSR.storageKey(), QSR.encodeValue())
                .build());
        chain.send(USER1, Address.PILLAR, TokenStandard.QSR, 150_000 * ZEXP, Abis.PILLAR.encodeMethod("DepositQsr"));
        chain.momentum();
        assertThat(chain.autoReceive(Address.PILLAR).error()).isEmpty();
        AccountBlock register = chain.send(USER1, Address.PILLAR, TokenStandard.ZNN, 15_000 * ZEXP,
                Abis.PILLAR.encodeMethod("Register", "TEST-chain", USER2.address(), USER1.address(), 0, 100)).block();
        assertThat(register.basePlasma()).isEqualTo(105_000);
        chain.momentum();
        ContractExecution registered = chain.autoReceive(Address.PILLAR);
        assertThat(registered.error()).isEmpty();
        assertThat(registered.transaction().block().descendantBlocks()).singleElement().satisfies(burn -> {
            assertThat(burn.toAddress()).isEqualTo(Address.TOKEN);
            assertThat(burn.amount()).isEqualTo(150_000 * ZEXP);
            assertThat(burn.tokenStandard()).isEqualTo(TokenStandard.QSR);
        });
        chain.momentum();
        ContractExecution burned = chain.autoReceive(Address.TOKEN);
        assertThat(burned.error()).isEmpty();
        chain.momentum();

        assertThat(PillarState.pillarInfo(storage(chain, Address.PILLAR), "TEST-chain")).get()
                .extracting(PillarInfo::blockProducingAddress).isEqualTo(USER2.address());
        assertThat(TokenState.tokenInfo(storage(chain, Address.TOKEN), TokenStandard.QSR).orElseThrow().totalSupply())
                .isEqualTo(180_550_000_000_000L - 150_000 * ZEXP);
        assertThat(chain.ledger.balance(Address.PILLAR, TokenStandard.ZNN)).isEqualTo(15_000 * ZEXP);
        assertThat(chain.ledger.balance(Address.PILLAR, TokenStandard.QSR)).isZero();
        assertThat(chain.ledger.balance(Address.TOKEN, TokenStandard.QSR)).isZero();
    }

    @Test
    void aFailedRegistrationRefundsTheStake() {
        TestChain chain = new TestChain(Genesis.builder()
                .balance(USER1.address(), TokenStandard.ZNN, 20_000 * ZEXP)
                .build());
        chain.send(USER1, Address.PILLAR, TokenStandard.ZNN, 15_000 * ZEXP,
                Abis.PILLAR.encodeMethod("Register", "TEST-chain", USER2.address(), USER1.address(), 0, 100));
        chain.momentum();
        ContractExecution failed = chain.autoReceive(Address.PILLAR);
        assertThat(failed.error()).contains(VmErrors.NOT_ENOUGH_DEPOSITED_QSR);
        assertThat(failed.transaction().block().descendantBlocks()).singleElement().satisfies(refund -> {
            assertThat(refund.toAddress()).isEqualTo(USER1.address());
            assertThat(refund.amount()).isEqualTo(15_000 * ZEXP);
        });
    }

    @Test
    void issuedTokensReachTheIssuer() {
        TestChain chain = chain();
        AccountBlock issue = chain.send(USER1, Address.TOKEN, TokenStandard.ZNN, ZEXP, Abis.TOKEN.encodeMethod("IssueToken",
                "test.tok3n_na-m3", "TEST", "", BigInteger.valueOf(100), BigInteger.valueOf(1000), 1, true, true, false)).block();
        assertThat(issue.basePlasma()).isEqualTo(73_500);
        chain.momentum();
        ContractExecution issued = chain.autoReceive(Address.TOKEN);
        assertThat(issued.error()).isEmpty();
        AccountBlock paid = issued.transaction().block().descendantBlocks().getFirst();
        TokenStandard zts = TokenStandard.derive(issue.hash().rawBytes());
        assertThat(paid.tokenStandard()).isEqualTo(zts);
        chain.momentum();
        chain.receive(USER1, paid.hash());
        chain.momentum();
        assertThat(chain.ledger.balance(USER1.address(), zts)).isEqualTo(100);
        assertThat(chain.ledger.balance(Address.TOKEN, TokenStandard.ZNN)).isEqualTo(ZEXP);
    }
}
