package io.unikernelz.vm.embedded;

import io.unikernelz.core.types.Address;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abi;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.contracts.BurnMethod;
import io.unikernelz.vm.embedded.contracts.CancelStakeMethod;
import io.unikernelz.vm.embedded.contracts.CollectRewardMethod;
import io.unikernelz.vm.embedded.contracts.DelegateMethod;
import io.unikernelz.vm.embedded.contracts.DepositQsrMethod;
import io.unikernelz.vm.embedded.contracts.IssueTokenMethod;
import io.unikernelz.vm.embedded.contracts.MintMethod;
import io.unikernelz.vm.embedded.contracts.RegisterLegacyPillarMethod;
import io.unikernelz.vm.embedded.contracts.RegisterPillarMethod;
import io.unikernelz.vm.embedded.contracts.RegisterSentinelMethod;
import io.unikernelz.vm.embedded.contracts.RevokePillarMethod;
import io.unikernelz.vm.embedded.contracts.RevokeSentinelMethod;
import io.unikernelz.vm.embedded.contracts.StakeMethod;
import io.unikernelz.vm.embedded.contracts.UndelegateMethod;
import io.unikernelz.vm.embedded.contracts.UpdateEmbeddedPillarMethod;
import io.unikernelz.vm.embedded.contracts.UpdateEmbeddedSentinelMethod;
import io.unikernelz.vm.embedded.contracts.UpdateEmbeddedStakeMethod;
import io.unikernelz.vm.embedded.contracts.UpdatePillarMethod;
import io.unikernelz.vm.embedded.contracts.UpdateTokenMethod;
import io.unikernelz.vm.embedded.contracts.WithdrawQsrMethod;
import io.unikernelz.vm.embedded.contracts.SporkActivate;
import io.unikernelz.vm.embedded.contracts.SporkCreate;
import io.unikernelz.vm.embedded.contracts.HtlcAllowProxyUnlock;
import io.unikernelz.vm.embedded.contracts.HtlcCreate;
import io.unikernelz.vm.embedded.contracts.HtlcDenyProxyUnlock;
import io.unikernelz.vm.embedded.contracts.HtlcReclaim;
import io.unikernelz.vm.embedded.contracts.HtlcUnlock;
import io.unikernelz.vm.embedded.contracts.SwapRetrieveAssets;
import io.unikernelz.vm.embedded.contracts.AcceleratorAddPhase;
import io.unikernelz.vm.embedded.contracts.AcceleratorCreateProject;
import io.unikernelz.vm.embedded.contracts.AcceleratorDonate;
import io.unikernelz.vm.embedded.contracts.AcceleratorUpdate;
import io.unikernelz.vm.embedded.contracts.AcceleratorUpdatePhase;
import io.unikernelz.vm.embedded.contracts.AcceleratorVoteByName;
import io.unikernelz.vm.embedded.contracts.AcceleratorVoteByProdAddress;
import io.unikernelz.vm.embedded.contracts.BridgeChangeAdministrator;
import io.unikernelz.vm.embedded.contracts.BridgeChangeTssECDSAPubKey;
import io.unikernelz.vm.embedded.contracts.BridgeEmergency;
import io.unikernelz.vm.embedded.contracts.BridgeHalt;
import io.unikernelz.vm.embedded.contracts.NominateGuardians;
import io.unikernelz.vm.embedded.contracts.BridgeProposeAdministrator;
import io.unikernelz.vm.embedded.contracts.BridgeRedeem;
import io.unikernelz.vm.embedded.contracts.BridgeRemoveNetwork;
import io.unikernelz.vm.embedded.contracts.BridgeRemoveTokenPair;
import io.unikernelz.vm.embedded.contracts.BridgeRevokeUnwrapRequest;
import io.unikernelz.vm.embedded.contracts.BridgeSetAllowKeyGen;
import io.unikernelz.vm.embedded.contracts.BridgeSetBridgeMetadata;
import io.unikernelz.vm.embedded.contracts.BridgeSetNetwork;
import io.unikernelz.vm.embedded.contracts.BridgeSetNetworkMetadata;
import io.unikernelz.vm.embedded.contracts.BridgeSetOrchestratorInfo;
import io.unikernelz.vm.embedded.contracts.BridgeSetTokenPair;
import io.unikernelz.vm.embedded.contracts.BridgeUnhalt;
import io.unikernelz.vm.embedded.contracts.BridgeUnwrapToken;
import io.unikernelz.vm.embedded.contracts.BridgeUpdateWrapRequest;
import io.unikernelz.vm.embedded.contracts.BridgeWrapToken;
import io.unikernelz.vm.embedded.contracts.LiquidityBurnZnn;
import io.unikernelz.vm.embedded.contracts.LiquidityCancelStake;
import io.unikernelz.vm.embedded.contracts.LiquidityChangeAdministrator;
import io.unikernelz.vm.embedded.contracts.LiquidityEmergency;
import io.unikernelz.vm.embedded.contracts.LiquidityFund;
import io.unikernelz.vm.embedded.contracts.LiquidityProposeAdministrator;
import io.unikernelz.vm.embedded.contracts.LiquiditySetAdditionalReward;
import io.unikernelz.vm.embedded.contracts.LiquiditySetIsHalted;
import io.unikernelz.vm.embedded.contracts.LiquiditySetTokenTuple;
import io.unikernelz.vm.embedded.contracts.LiquidityStake;
import io.unikernelz.vm.embedded.contracts.LiquidityUnlockStakeEntries;
import io.unikernelz.vm.embedded.contracts.LiquidityUpdate;
import io.unikernelz.vm.embedded.contracts.LiquidityUpdateStakeRewards;
import io.unikernelz.vm.embedded.plasma.CancelFuseMethod;
import io.unikernelz.vm.embedded.plasma.FuseMethod;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The embedded contracts' method tables, one per {@link SporkEra}, as go-zenon vm/embedded/embedded.go builds them,
 * and the dispatch of a call (contract address + 4-byte selector) to its {@link EmbeddedMethod}.
 *
 * <p>Each era starts from a copy of the previous one, then adds contracts and adds or replaces methods. A contract
 * that is present but lacks an implementation for a selector answers {@code ErrContractMethodNotFound}, exactly as
 * go-zenon does for selectors its table leaves out (for example bridge {@code SetRedeemDelay}).
 *
 * <p><b>Registering a method:</b> implement {@link EmbeddedMethod} (one class per method) and add one
 * {@code .method(name, instance)} line in the era where go-zenon registers it ({@link #origin}, {@link #accelerator},
 * {@link #bridgeAndLiquidity}, {@link #htlc}).
 */
public final class EmbeddedContracts {
    /** The go-zenon tables. Immutable, so one shared instance is safe. */
    private static final EmbeddedContracts STANDARD = build();

    private final Map<SporkEra, Map<Address, Contract>> tables;

    private EmbeddedContracts(Map<SporkEra, Map<Address, Contract>> tables) {
        this.tables = tables;
    }

    public static EmbeddedContracts standard() {
        return STANDARD;
    }

    /** One contract in one era: the ABI that decodes selectors and the implemented methods by ABI name. */
    public record Contract(Address address, Abi abi, Map<String, EmbeddedMethod> methods) {
        public Contract {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(abi, "abi");
            methods = Map.copyOf(methods);
        }
    }

    /** The contracts of one era by address. */
    public Map<Address, Contract> table(SporkEra era) {
        return tables.get(Objects.requireNonNull(era, "era"));
    }

    /**
     * go-zenon GetEmbeddedMethod with the era chosen by the sporks at the context's acknowledged momentum.
     *
     * @throws io.unikernelz.vm.NomException {@code ErrNotContractAddress} for a user address (a plain transfer),
     *     {@code ErrContractDoesntExist} for a contract absent from the era's table, {@code ErrContractMethodNotFound}
     *     when the selector is short, unknown to the ABI or without an implementation in this era
     */
    public EmbeddedMethod resolve(AccountVmContext context, Address toAddress, byte[] data) {
        if (!toAddress.isEmbedded()) throw VmErrors.NOT_CONTRACT_ADDRESS.exception();
        return resolve(SporkEra.of(context), toAddress, data);
    }

    /** Dispatch in a given era; see {@link #resolve(AccountVmContext, Address, byte[])}. */
    public EmbeddedMethod resolve(SporkEra era, Address toAddress, byte[] data) {
        if (!toAddress.isEmbedded()) throw VmErrors.NOT_CONTRACT_ADDRESS.exception();
        Contract contract = table(era).get(toAddress);
        if (contract == null) throw VmErrors.CONTRACT_DOESNT_EXIST.exception();
        Optional<Method> method = contract.abi().methodById(data);
        EmbeddedMethod implementation = method.map(m -> contract.methods().get(m.name())).orElse(null);
        if (implementation == null) throw VmErrors.CONTRACT_METHOD_NOT_FOUND.exception();
        return implementation;
    }

    /**
     * A copy in which {@code contract} answers {@code methodName} with {@code implementation} in every era where
     * the contract exists (for tools and tests that exercise the VM with extra or replaced methods).
     */
    public EmbeddedContracts withMethod(Address contract, String methodName, EmbeddedMethod implementation) {
        Objects.requireNonNull(implementation, "implementation");
        Map<SporkEra, Map<Address, Contract>> copy = new EnumMap<>(SporkEra.class);
        boolean found = false;
        for (Map.Entry<SporkEra, Map<Address, Contract>> era : tables.entrySet()) {
            Map<Address, Contract> table = new LinkedHashMap<>(era.getValue());
            Contract c = table.get(contract);
            if (c != null) {
                if (c.abi().findMethod(methodName).isEmpty()) {
                    throw new IllegalArgumentException("method " + methodName + " is not in the ABI of " + contract + " (" + c.abi().name() + ")");
                }
                Map<String, EmbeddedMethod> methods = new LinkedHashMap<>(c.methods());
                methods.put(methodName, implementation);
                table.put(contract, new Contract(contract, c.abi(), methods));
                found = true;
            }
            copy.put(era.getKey(), Map.copyOf(table));
        }
        if (!found) throw new IllegalArgumentException(contract + " is not an embedded contract in any era");
        return new EmbeddedContracts(Map.copyOf(copy));
    }

    // ---- the go-zenon tables

    private static EmbeddedContracts build() {
        Map<SporkEra, Map<Address, Contract>> tables = new EnumMap<>(SporkEra.class);
        Tables t = new Tables();
        origin(t);
        tables.put(SporkEra.ORIGIN, t.freeze());
        accelerator(t);
        tables.put(SporkEra.ACCELERATOR, t.freeze());
        bridgeAndLiquidity(t);
        tables.put(SporkEra.BRIDGE_AND_LIQUIDITY, t.freeze());
        htlc(t);
        tables.put(SporkEra.HTLC, t.freeze());
        return new EmbeddedContracts(Map.copyOf(tables));
    }

    /** go-zenon getOrigin. */
    private static void origin(Tables t) {
        t.contract(Address.PLASMA, Abis.PLASMA)
                .method("Fuse", new FuseMethod())
                .method("CancelFuse", new CancelFuseMethod());
        t.contract(Address.PILLAR, Abis.PILLAR)
                .method("Register", new RegisterPillarMethod())
                .method("RegisterLegacy", new RegisterLegacyPillarMethod())
                .method("Revoke", new RevokePillarMethod())
                .method("UpdatePillar", new UpdatePillarMethod())
                .method("Delegate", new DelegateMethod())
                .method("Undelegate", new UndelegateMethod())
                .method("Update", new UpdateEmbeddedPillarMethod())
                .method("DepositQsr", new DepositQsrMethod())
                .method("WithdrawQsr", new WithdrawQsrMethod())
                .method("CollectReward", new CollectRewardMethod(CollectRewardMethod.PLASMA_ORIGIN));
        t.contract(Address.TOKEN, Abis.TOKEN)
                .method("IssueToken", new IssueTokenMethod())
                .method("Mint", new MintMethod())
                .method("Burn", new BurnMethod())
                .method("UpdateToken", new UpdateTokenMethod());
        t.contract(Address.SENTINEL, Abis.SENTINEL)
                .method("Register", new RegisterSentinelMethod())
                .method("Revoke", new RevokeSentinelMethod())
                .method("Update", new UpdateEmbeddedSentinelMethod())
                .method("DepositQsr", new DepositQsrMethod())
                .method("WithdrawQsr", new WithdrawQsrMethod())
                .method("CollectReward", new CollectRewardMethod(CollectRewardMethod.PLASMA_ORIGIN));
        t.contract(Address.SWAP, Abis.SWAP)
                .method("RetrieveAssets", new SwapRetrieveAssets());
        t.contract(Address.STAKE, Abis.STAKE)
                .method("Stake", new StakeMethod())
                .method("Cancel", new CancelStakeMethod())
                .method("Update", new UpdateEmbeddedStakeMethod())
                .method("CollectReward", new CollectRewardMethod(CollectRewardMethod.PLASMA_ORIGIN));
        t.contract(Address.SPORK, Abis.SPORK)
                .method("CreateSpork", new SporkCreate())
                .method("ActivateSpork", new SporkActivate());
        // the common Donate, as go-zenon registers it here too (the token contract's reward mints arrive with it)
        t.contract(Address.LIQUIDITY, Abis.LIQUIDITY)
                .method("Update", new LiquidityUpdate())
                .method("Donate", new AcceleratorDonate());
        t.contract(Address.ACCELERATOR, Abis.ACCELERATOR)
                .method("Donate", new AcceleratorDonate());
    }

    /** go-zenon getAccelerator: origin plus these. */
    private static void accelerator(Tables t) {
        // go-zenon: a new Accelerator contract with Donate, CreateProject, AddPhase, Update, UpdatePhase, VoteByName,
        // VoteByProdAddress; Fund, BurnZnn on Liquidity
        t.replaceContract(Address.ACCELERATOR, Abis.ACCELERATOR)
                .method("Donate", new AcceleratorDonate())
                .method("CreateProject", new AcceleratorCreateProject())
                .method("AddPhase", new AcceleratorAddPhase())
                .method("Update", new AcceleratorUpdate())
                .method("UpdatePhase", new AcceleratorUpdatePhase())
                .method("VoteByName", new AcceleratorVoteByName())
                .method("VoteByProdAddress", new AcceleratorVoteByProdAddress());
        t.contract(Address.PILLAR, Abis.PILLAR).method("CollectReward", new CollectRewardMethod(CollectRewardMethod.PLASMA_ACCELERATOR));
        t.contract(Address.STAKE, Abis.STAKE).method("CollectReward", new CollectRewardMethod(CollectRewardMethod.PLASMA_ACCELERATOR));
        t.contract(Address.SENTINEL, Abis.SENTINEL).method("CollectReward", new CollectRewardMethod(CollectRewardMethod.PLASMA_ACCELERATOR));
        t.contract(Address.LIQUIDITY, Abis.LIQUIDITY)
                .method("Fund", new LiquidityFund())
                .method("BurnZnn", new LiquidityBurnZnn());
    }

    /** go-zenon getBridgeAndLiquidity: accelerator plus these. */
    private static void bridgeAndLiquidity(Tables t) {
        // every method of the bridge ABI except SetRedeemDelay, which go-zenon leaves unimplemented
        t.contract(Address.BRIDGE, Abis.BRIDGE)
                .method("WrapToken", new BridgeWrapToken())
                .method("UpdateWrapRequest", new BridgeUpdateWrapRequest())
                .method("Redeem", new BridgeRedeem())
                .method("UnwrapToken", new BridgeUnwrapToken())
                .method("RevokeUnwrapRequest", new BridgeRevokeUnwrapRequest())
                .method("SetNetwork", new BridgeSetNetwork())
                .method("RemoveNetwork", new BridgeRemoveNetwork())
                .method("SetTokenPair", new BridgeSetTokenPair())
                .method("RemoveTokenPair", new BridgeRemoveTokenPair())
                .method("Halt", new BridgeHalt())
                .method("NominateGuardians", NominateGuardians.bridge())
                .method("Unhalt", new BridgeUnhalt())
                .method("ProposeAdministrator", new BridgeProposeAdministrator())
                .method("Emergency", new BridgeEmergency())
                .method("ChangeTssECDSAPubKey", new BridgeChangeTssECDSAPubKey())
                .method("ChangeAdministrator", new BridgeChangeAdministrator())
                .method("SetAllowKeyGen", new BridgeSetAllowKeyGen())
                .method("SetOrchestratorInfo", new BridgeSetOrchestratorInfo())
                .method("SetBridgeMetadata", new BridgeSetBridgeMetadata())
                .method("SetNetworkMetadata", new BridgeSetNetworkMetadata());
        // Update now pays the stakers; CollectReward costs D here
        t.contract(Address.LIQUIDITY, Abis.LIQUIDITY)
                .method("SetTokenTuple", new LiquiditySetTokenTuple())
                .method("LiquidityStake", new LiquidityStake())
                .method("CancelLiquidityStake", new LiquidityCancelStake())
                .method("UnlockLiquidityStakeEntries", new LiquidityUnlockStakeEntries())
                .method("Update", new LiquidityUpdateStakeRewards())
                .method("CollectReward", new CollectRewardMethod(CollectRewardMethod.PLASMA_LIQUIDITY))
                .method("SetIsHalted", new LiquiditySetIsHalted())
                .method("SetAdditionalReward", new LiquiditySetAdditionalReward())
                .method("ChangeAdministrator", new LiquidityChangeAdministrator())
                .method("ProposeAdministrator", new LiquidityProposeAdministrator())
                .method("NominateGuardians", NominateGuardians.liquidity())
                .method("Emergency", new LiquidityEmergency());
    }

    /** go-zenon getHtlc: bridge and liquidity plus these. */
    private static void htlc(Tables t) {
        t.contract(Address.HTLC, Abis.HTLC)
                .method("Create", new HtlcCreate())
                .method("Reclaim", new HtlcReclaim())
                .method("Unlock", new HtlcUnlock())
                .method("DenyProxyUnlock", new HtlcDenyProxyUnlock())
                .method("AllowProxyUnlock", new HtlcAllowProxyUnlock());
    }

    /** Mutable tables while an era is being built. */
    private static final class Tables {
        private final Map<Address, Builder> contracts = new LinkedHashMap<>();

        /** The contract's builder, created with {@code abi} if absent (the methods of an existing one are kept). */
        Builder contract(Address address, Abi abi) {
            Builder b = contracts.computeIfAbsent(address, a -> new Builder(a, abi));
            if (b.abi != abi) throw new IllegalStateException("contract " + address + " registered with two ABIs");
            return b;
        }

        /** A fresh contract entry replacing any earlier one (go-zenon assigns a new map for the era). */
        Builder replaceContract(Address address, Abi abi) {
            Builder b = new Builder(address, abi);
            contracts.put(address, b);
            return b;
        }

        Map<Address, Contract> freeze() {
            Map<Address, Contract> out = new LinkedHashMap<>();
            contracts.forEach((a, b) -> out.put(a, new Contract(a, b.abi, b.methods)));
            return Map.copyOf(out);
        }
    }

    /** Methods of one contract while building; registering a name again replaces it (later eras override). */
    static final class Builder {
        private final Address address;
        private final Abi abi;
        private final Map<String, EmbeddedMethod> methods = new LinkedHashMap<>();

        private Builder(Address address, Abi abi) {
            this.address = address;
            this.abi = abi;
        }

        Builder method(String name, EmbeddedMethod implementation) {
            if (abi.findMethod(name).isEmpty()) {
                throw new IllegalStateException("method " + name + " is not in the ABI of " + address + " (" + abi.name() + ")");
            }
            methods.put(name, Objects.requireNonNull(implementation, "implementation"));
            return this;
        }
    }
}
