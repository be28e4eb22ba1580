package io.unikernelz.vm.embedded.contracts;

import static io.unikernelz.vm.fixture.Genesis.USER1;
import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.vm.ContractExecution;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.embedded.EmbeddedContracts;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.SporkEra;
import io.unikernelz.vm.embedded.definition.TokenInfo;
import io.unikernelz.vm.fixture.Genesis;
import io.unikernelz.vm.fixture.TestChain;
import io.unikernelz.vm.fixture.TestLedger;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Which bridge and liquidity methods each spork era dispatches, and the pre-spork liquidity Update through the real VM. */
class BridgeLiquidityOnChainTest {
    private static final BigInteger MAX = BigInteger.valueOf(4_611_686_018_427_387_903L);
    private static final TokenInfo ZNN = new TokenInfo(TokenStandard.ZNN, Address.PILLAR, "Zenon Coin", "ZNN", "zenon.network",
            BigInteger.valueOf(19_500_000_000_000L), MAX, 8, true, true, true);
    private static final TokenInfo QSR = new TokenInfo(TokenStandard.QSR, Address.STAKE, "QuasarCoin", "QSR", "zenon.network",
            BigInteger.valueOf(180_550_000_000_000L), MAX, 8, true, true, true);

    private final EmbeddedContracts contracts = EmbeddedContracts.standard();

    private EmbeddedMethod resolveSelector(SporkEra era, Address contract, String abiMethod) {
        byte[] selector = Abis.forContract(contract).orElseThrow().method(abiMethod).id();
        return contracts.resolve(era, contract, selector);
    }

    private static NomException failure(Supplier<?> call) {
        try {
            call.get();
        } catch (NomException e) {
            return e;
        }
        throw new AssertionError("expected a NomException");
    }

    /** go-zenon embedded.go: getOrigin, getAccelerator, getBridgeAndLiquidity. */
    @Test
    void liquidityMethodsPerEra() {
        assertThat(resolveSelector(SporkEra.ORIGIN, Address.LIQUIDITY, "Update")).isInstanceOf(LiquidityUpdate.class);
        assertThat(resolveSelector(SporkEra.ORIGIN, Address.LIQUIDITY, "Donate")).isInstanceOf(AcceleratorDonate.class);
        assertThat(failure(() -> resolveSelector(SporkEra.ORIGIN, Address.LIQUIDITY, "Fund")).error()).isEqualTo(VmErrors.CONTRACT_METHOD_NOT_FOUND);
        assertThat(resolveSelector(SporkEra.ACCELERATOR, Address.LIQUIDITY, "Update")).isInstanceOf(LiquidityUpdate.class);
        assertThat(resolveSelector(SporkEra.ACCELERATOR, Address.LIQUIDITY, "Fund")).isInstanceOf(LiquidityFund.class);
        assertThat(resolveSelector(SporkEra.ACCELERATOR, Address.LIQUIDITY, "BurnZnn")).isInstanceOf(LiquidityBurnZnn.class);
        assertThat(failure(() -> resolveSelector(SporkEra.ACCELERATOR, Address.LIQUIDITY, "LiquidityStake")).error())
                .isEqualTo(VmErrors.CONTRACT_METHOD_NOT_FOUND);
        for (SporkEra era : List.of(SporkEra.BRIDGE_AND_LIQUIDITY, SporkEra.HTLC)) {
            assertThat(resolveSelector(era, Address.LIQUIDITY, "Update")).isInstanceOf(LiquidityUpdateStakeRewards.class);
            assertThat(resolveSelector(era, Address.LIQUIDITY, "Fund")).isInstanceOf(LiquidityFund.class);
            assertThat(resolveSelector(era, Address.LIQUIDITY, "CollectReward").plasma()).isEqualTo(94_500);
            for (String m : List.of("SetTokenTuple", "LiquidityStake", "CancelLiquidityStake", "UnlockLiquidityStakeEntries", "SetIsHalted",
                    "SetAdditionalReward", "ChangeAdministrator", "ProposeAdministrator", "NominateGuardians", "Emergency", "Donate", "BurnZnn")) {
                assertThat(resolveSelector(era, Address.LIQUIDITY, m)).as(m).isNotNull();
            }
        }
        assertThat(Abis.LIQUIDITY.methods().keySet()).allSatisfy(m ->
                assertThat(resolveSelector(SporkEra.BRIDGE_AND_LIQUIDITY, Address.LIQUIDITY, m)).as(m).isNotNull());
    }

    @Test
    void bridgeExistsFromItsSporkOnWithoutSetRedeemDelay() {
        for (SporkEra era : List.of(SporkEra.ORIGIN, SporkEra.ACCELERATOR)) {
            assertThat(failure(() -> resolveSelector(era, Address.BRIDGE, "WrapToken")).error()).isEqualTo(VmErrors.CONTRACT_DOESNT_EXIST);
        }
        for (SporkEra era : List.of(SporkEra.BRIDGE_AND_LIQUIDITY, SporkEra.HTLC)) {
            assertThat(contracts.table(era).get(Address.BRIDGE).methods()).hasSize(20);
            assertThat(failure(() -> resolveSelector(era, Address.BRIDGE, "SetRedeemDelay")).error()).isEqualTo(VmErrors.CONTRACT_METHOD_NOT_FOUND);
            assertThat(resolveSelector(era, Address.BRIDGE, "Redeem")).isInstanceOf(BridgeRedeem.class);
            assertThat(resolveSelector(era, Address.BRIDGE, "SetAllowKeyGen")).isInstanceOf(BridgeSetAllowKeyGen.class);
        }
    }

    /**
     * Before any spork: Update's two Mint calls (zero token standard, amount 0) go through the VM to the token contract,
     * which mints the share and sends it back with Donate, which the liquidity contract accepts.
     */
    @Test
    void preSporkUpdateRoundTripThroughTheTokenContract() {
        TestLedger ledger = Genesis.builder()
                .balance(Address.LIQUIDITY, TokenStandard.ZNN, 0)
                .storage(Address.TOKEN, ZNN.storageKey(), ZNN.encodeValue())
                .storage(Address.TOKEN, QSR.storageKey(), QSR.encodeValue())
                .build();
        ContractParameters params = ContractParameters.goZenonTests().toBuilder().updateMinNumMomentums(3).build();
        FakePillarReader epochs = new FakePillarReader(TestLedger.GENESIS_TIME, 30);
        TestChain chain = new TestChain(ledger, contracts, params, momentum -> epochs);
        for (int i = 0; i < 3; i++) chain.momentum(); // momentum 4 at +30 s: epoch 0 has ended

        chain.send(USER1, Address.LIQUIDITY, TokenStandard.ZNN, 0, Abis.LIQUIDITY.encodeMethod("Update"));
        chain.momentum();
        ContractExecution update = chain.autoReceive(Address.LIQUIDITY);
        assertThat(update.error()).isEmpty();
        List<AccountBlock> mints = update.transaction().block().descendantBlocks();
        assertThat(mints).hasSize(2).allSatisfy(m -> {
            assertThat(m.toAddress()).isEqualTo(Address.TOKEN);
            assertThat(m.tokenStandard()).isEqualTo(TokenStandard.ZERO);
            assertThat(m.amount()).isZero();
            assertThat(m.address()).isEqualTo(Address.LIQUIDITY);
        });

        chain.momentum();
        assertThat(chain.autoReceive(Address.TOKEN).error()).isEmpty();
        assertThat(chain.autoReceive(Address.TOKEN).error()).isEmpty();
        chain.momentum();
        assertThat(chain.autoReceive(Address.LIQUIDITY).error()).isEmpty();
        assertThat(chain.autoReceive(Address.LIQUIDITY).error()).isEmpty();
        chain.momentum();
        assertThat(chain.ledger.balance(Address.LIQUIDITY, TokenStandard.ZNN)).isEqualTo(187_200_000_000L);
        assertThat(chain.ledger.balance(Address.LIQUIDITY, TokenStandard.QSR)).isEqualTo(500_000_000_000L);
        var storage = AccountStore.readOnly(Address.LIQUIDITY, chain.ledger.frontierAccountState(Address.LIQUIDITY)).storageReader();
        assertThat(CommonState.lastEpochUpdate(storage).lastEpoch()).isZero();
        assertThat(TokenState.tokenInfo(AccountStore.readOnly(Address.TOKEN, chain.ledger.frontierAccountState(Address.TOKEN)).storageReader(),
                TokenStandard.ZNN).orElseThrow().totalSupply()).isEqualTo(19_687_200_000_000L);

        // momentum 9 (+80 s): three momentums after the last update, epoch 1 is due, epoch 2 not yet
        chain.send(USER1, Address.LIQUIDITY, TokenStandard.ZNN, 0, Abis.LIQUIDITY.encodeMethod("Update"));
        chain.momentum();
        ContractExecution second = chain.autoReceive(Address.LIQUIDITY);
        assertThat(second.error()).isEmpty();
        assertThat(second.transaction().block().descendantBlocks()).hasSize(2);
        // and right after it, too recent: refused on the receive side (status 2, nothing to refund)
        chain.send(USER1, Address.LIQUIDITY, TokenStandard.ZNN, 0, Abis.LIQUIDITY.encodeMethod("Update"));
        chain.momentum();
        ContractExecution third = chain.autoReceive(Address.LIQUIDITY);
        assertThat(third.error()).contains(VmErrors.UPDATE_TOO_RECENT);
        assertThat(third.transaction().block().descendantBlocks()).isEmpty();
    }
}
