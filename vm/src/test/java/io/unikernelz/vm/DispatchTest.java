package io.unikernelz.vm;

import static io.unikernelz.vm.fixture.Genesis.USER1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.embedded.EmbeddedContracts;
import io.unikernelz.vm.embedded.SporkEra;
import io.unikernelz.vm.embedded.plasma.CancelFuseMethod;
import io.unikernelz.vm.embedded.plasma.FuseMethod;
import io.unikernelz.vm.fixture.Genesis;
import io.unikernelz.vm.fixture.TestChain;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DispatchTest {
    private final EmbeddedContracts contracts = EmbeddedContracts.standard();

    private static SporkEra eraWith(Hash spork, boolean activated, long enforcementHeight, int momentums) {
        TestChain chain = new TestChain(Genesis.withSpork(Genesis.builder(), spork, activated, enforcementHeight).build());
        for (int i = 0; i < momentums; i++) chain.momentum();
        return SporkEra.of(chain.context(USER1.address()));
    }

    @Test
    void eraFollowsTheSporksAtTheAcknowledgedMomentum() {
        assertThat(eraWith(Sporks.ACCELERATOR, true, 2, 1)).isEqualTo(SporkEra.ACCELERATOR);
        assertThat(eraWith(Sporks.BRIDGE_AND_LIQUIDITY, true, 2, 1)).isEqualTo(SporkEra.BRIDGE_AND_LIQUIDITY);
        assertThat(eraWith(Sporks.HTLC, true, 2, 1)).isEqualTo(SporkEra.HTLC);
        // not yet enforced, not activated, or the frontier is the genesis momentum
        assertThat(eraWith(Sporks.HTLC, true, 3, 1)).isEqualTo(SporkEra.ORIGIN);
        assertThat(eraWith(Sporks.HTLC, false, 2, 1)).isEqualTo(SporkEra.ORIGIN);
        assertThat(eraWith(Sporks.HTLC, true, 0, 0)).isEqualTo(SporkEra.ORIGIN);
        // an unknown spork id changes nothing
        assertThat(eraWith(Hash.of(new byte[] {1}), true, 0, 1)).isEqualTo(SporkEra.ORIGIN);
    }

    @Test
    void activeSporksIncludeUnknownIds() {
        Hash unknown = Hash.of(new byte[] {2});
        TestChain chain = new TestChain(Genesis.withSpork(Genesis.withSpork(Genesis.builder(), unknown, true, 2),
                Sporks.HTLC, true, 3).build());
        assertThat(Sporks.active(chain.ledger.frontierMomentumStore())).isEmpty();
        chain.momentum();
        assertThat(Sporks.active(chain.ledger.frontierMomentumStore())).containsExactly(unknown);
        chain.momentum();
        assertThat(Sporks.active(chain.ledger.frontierMomentumStore())).containsExactlyInAnyOrder(unknown, Sporks.HTLC);
        assertThat(Sporks.IMPLEMENTED).doesNotContain(unknown);
    }

    @Test
    void contractsPerEra() {
        Set<Address> origin = Set.of(Address.PLASMA, Address.PILLAR, Address.TOKEN, Address.SENTINEL, Address.SWAP,
                Address.STAKE, Address.SPORK, Address.LIQUIDITY, Address.ACCELERATOR);
        assertThat(contracts.table(SporkEra.ORIGIN).keySet()).isEqualTo(origin);
        assertThat(contracts.table(SporkEra.ACCELERATOR).keySet()).isEqualTo(origin);
        assertThat(contracts.table(SporkEra.BRIDGE_AND_LIQUIDITY).keySet()).containsExactlyInAnyOrderElementsOf(
                union(origin, Address.BRIDGE));
        assertThat(contracts.table(SporkEra.HTLC).keySet()).containsExactlyInAnyOrderElementsOf(
                union(origin, Address.BRIDGE, Address.HTLC));
    }

    private static Set<Address> union(Set<Address> base, Address... more) {
        java.util.HashSet<Address> s = new java.util.HashSet<>(base);
        s.addAll(java.util.List.of(more));
        return s;
    }

    @Test
    void resolvesPlasmaMethodsInEveryEra() {
        for (SporkEra era : SporkEra.values()) {
            assertThat(contracts.resolve(era, Address.PLASMA, Abis.PLASMA.encodeMethod("Fuse", USER1.address())))
                    .isInstanceOf(FuseMethod.class);
            assertThat(contracts.resolve(era, Address.PLASMA, Abis.PLASMA.encodeMethod("CancelFuse", Hash.ZERO)))
                    .isInstanceOf(CancelFuseMethod.class);
            // the selector alone dispatches; argument checks belong to the method
            assertThat(contracts.resolve(era, Address.PLASMA, new byte[] {0x5a, (byte) 0xc9, 0x42, (byte) 0xe8}))
                    .isInstanceOf(FuseMethod.class);
        }
    }

    private static void fails(Runnable r, NomError error) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(error))
                .hasMessage(error.message());
    }

    @Test
    void dispatchErrors() {
        fails(() -> contracts.resolve(SporkEra.HTLC, USER1.address(), new byte[4]), VmErrors.NOT_CONTRACT_ADDRESS);
        byte[] notAContract = new byte[20];
        notAContract[0] = 1;
        fails(() -> contracts.resolve(SporkEra.HTLC, Address.wrap(notAContract), new byte[4]), VmErrors.CONTRACT_DOESNT_EXIST);
        fails(() -> contracts.resolve(SporkEra.BRIDGE_AND_LIQUIDITY, Address.HTLC, Abis.HTLC.encodeMethod("DenyProxyUnlock")),
                VmErrors.CONTRACT_DOESNT_EXIST);
        fails(() -> contracts.resolve(SporkEra.ACCELERATOR, Address.BRIDGE, Abis.BRIDGE.encodeMethod("Halt", "")),
                VmErrors.CONTRACT_DOESNT_EXIST);
        // in go-zenon's bridge ABI but never in its method table
        fails(() -> contracts.resolve(SporkEra.HTLC, Address.BRIDGE, Abis.BRIDGE.encodeMethod("SetRedeemDelay", 1L)),
                VmErrors.CONTRACT_METHOD_NOT_FOUND);
        fails(() -> contracts.resolve(SporkEra.ORIGIN, Address.PLASMA, null), VmErrors.CONTRACT_METHOD_NOT_FOUND);
        fails(() -> contracts.resolve(SporkEra.ORIGIN, Address.PLASMA, new byte[] {0x5a, (byte) 0xc9, 0x42}),
                VmErrors.CONTRACT_METHOD_NOT_FOUND);
        fails(() -> contracts.resolve(SporkEra.ORIGIN, Address.PLASMA, Abis.TOKEN.encodeMethod("Burn")),
                VmErrors.CONTRACT_METHOD_NOT_FOUND);
    }

    @Test
    void withMethodChecksTheAbi() {
        assertThatThrownBy(() -> contracts.withMethod(Address.PLASMA, "Burn", new FuseMethod()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Burn");
        assertThatThrownBy(() -> contracts.withMethod(USER1.address(), "Fuse", new FuseMethod()))
                .isInstanceOf(IllegalArgumentException.class);
        EmbeddedContracts changed = contracts.withMethod(Address.PLASMA, "Fuse", new CancelFuseMethod());
        assertThat(changed.resolve(SporkEra.ORIGIN, Address.PLASMA, Abis.PLASMA.encodeMethod("Fuse", USER1.address())))
                .isInstanceOf(CancelFuseMethod.class);
        // the standard tables are untouched
        assertThat(contracts.resolve(SporkEra.ORIGIN, Address.PLASMA, Abis.PLASMA.encodeMethod("Fuse", USER1.address())))
                .isInstanceOf(FuseMethod.class);
    }
}
