package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.State;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import io.unikernelz.vm.embedded.definition.OrchestratorInfo;
import io.unikernelz.vm.embedded.definition.RequestPair;
import io.unikernelz.vm.embedded.definition.StorageEntry;
import io.unikernelz.vm.embedded.definition.TokenPair;
import io.unikernelz.vm.embedded.definition.UnwrapTokenRequest;
import io.unikernelz.vm.embedded.definition.WrapTokenRequest;
import io.unikernelz.vm.embedded.definition.ZtsFeesInfo;
import java.util.Optional;

/**
 * Bridge contract storage and the readiness checks its token methods share (go-zenon definition/bridge.go getters,
 * implementation/bridge.go CanPerformAction and friends). Defaults for missing records follow go-zenon's getters,
 * with the network's parameters for the initial administrator and unhalt duration.
 */
public final class BridgeState {
    private BridgeState() {}

    /** go-zenon GetBridgeInfoVariable. */
    public static BridgeInfo bridgeInfo(StateReader storage, ContractParameters params) {
        byte[] value = storage.get(BridgeInfo.key());
        if (CommonState.present(value)) return BridgeInfo.decode(BridgeInfo.key(), value);
        return new BridgeInfo(params.initialBridgeAdministrator(), "", "", false, false, 0, params.minUnhaltDurationInMomentums(), 0, "{}");
    }

    static BridgeInfo bridgeInfo(AccountVmContext context) {
        return bridgeInfo(context.storage(), context.parameters());
    }

    /** go-zenon GetOrchestratorInfoVariable: all zero until set. */
    public static OrchestratorInfo orchestratorInfo(StateReader storage) {
        byte[] value = storage.get(OrchestratorInfo.key());
        return CommonState.present(value) ? OrchestratorInfo.decode(OrchestratorInfo.key(), value) : OrchestratorInfo.EMPTY;
    }

    /** A stored network; go-zenon reads a missing one as a network with an empty name, which every caller rejects. */
    public static Optional<NetworkInfo> networkInfo(StateReader storage, long networkClass, long chainId) {
        byte[] key = NetworkInfo.key(networkClass, chainId);
        byte[] value = storage.get(key);
        return CommonState.present(value) ? Optional.of(NetworkInfo.decode(key, value)) : Optional.empty();
    }

    /** The network, or {@code ErrUnknownNetwork} when it is missing or has an empty name. */
    static NetworkInfo requireNetwork(StateReader storage, long networkClass, long chainId) {
        return networkInfo(storage, networkClass, chainId).filter(n -> !n.name().isEmpty())
                .orElseThrow(VmErrors.UNKNOWN_NETWORK::exception);
    }

    /** go-zenon GetWrapTokenRequestById: through the request pair to the height-ordered key. */
    public static Optional<WrapTokenRequest> wrapRequest(StateReader storage, Hash id) {
        byte[] pairKey = RequestPair.key(id);
        byte[] pairValue = storage.get(pairKey);
        if (!CommonState.present(pairValue)) return Optional.empty();
        RequestPair pair = RequestPair.decode(pairKey, pairValue);
        byte[] key = WrapTokenRequest.key(pair.creationMomentumHeight(), pair.id());
        byte[] value = storage.get(key);
        return CommonState.present(value) ? Optional.of(WrapTokenRequest.decode(key, value)) : Optional.empty();
    }

    /** Saves a wrap request and its request pair, as go-zenon's Save does. */
    static void save(State storage, WrapTokenRequest request) {
        RequestPair pair = request.requestPair();
        storage.put(pair.storageKey(), pair.encodeValue());
        storage.put(request.storageKey(), request.encodeValue());
    }

    public static Optional<UnwrapTokenRequest> unwrapRequest(StateReader storage, Hash transactionHash, long logIndex) {
        byte[] key = UnwrapTokenRequest.key(transactionHash, logIndex);
        byte[] value = storage.get(key);
        return CommonState.present(value) ? Optional.of(UnwrapTokenRequest.decode(key, value)) : Optional.empty();
    }

    /** go-zenon GetZtsFeesInfoVariable: zero until a wrap charged a fee. */
    public static ZtsFeesInfo fees(StateReader storage, TokenStandard zts) {
        byte[] key = ZtsFeesInfo.key(zts);
        byte[] value = storage.get(key);
        return CommonState.present(value) ? ZtsFeesInfo.decode(key, value) : ZtsFeesInfo.empty(zts);
    }

    static void save(State storage, StorageEntry entry) {
        storage.put(entry.storageKey(), entry.encodeValue());
    }

    // ---------------------------------------------------------------- readiness checks

    /** go-zenon CheckBridgeInitialized: a TSS key and an administrator, else {@code ErrBridgeNotInitialized}. */
    static BridgeInfo requireInitialized(AccountVmContext context) {
        BridgeInfo info = bridgeInfo(context);
        if (info.compressedTssECDSAPubKey().isEmpty() || info.administrator().isZero()) throw VmErrors.BRIDGE_NOT_INITIALIZED.exception();
        return info;
    }

    /** go-zenon CheckOrchestratorInfoInitialized: every orchestrator setting non-zero. */
    static OrchestratorInfo requireOrchestrator(AccountVmContext context) {
        OrchestratorInfo o = orchestratorInfo(context.storage());
        if (o.windowSize() == 0 || o.keyGenThreshold() == 0 || o.confirmationsToFinality() == 0 || o.estimatedMomentumTime() == 0) {
            throw VmErrors.ORCHESTRATOR_NOT_INITIALIZED.exception();
        }
        return o;
    }

    /**
     * go-zenon CheckBridgeHalted: {@code ErrBridgeHalted} while halted and for {@code unhaltDurationInMomentums}
     * momentums after an unhalt (the sum in uint64).
     */
    static void requireNotHalted(AccountVmContext context, BridgeInfo info) {
        if (info.halted() || Long.compareUnsigned(info.unhaltedAt() + info.unhaltDurationInMomentums(), context.frontierMomentum().height()) >= 0) {
            throw VmErrors.BRIDGE_HALTED.exception();
        }
    }

    /** go-zenon CanPerformAction: initialized, guardians nominated, not halted, orchestrator configured — in that order. */
    static BridgeInfo requireOperational(AccountVmContext context) {
        BridgeInfo info = requireInitialized(context);
        SecurityRules.requireInitialized(context);
        requireNotHalted(context, info);
        requireOrchestrator(context);
        return info;
    }

    /**
     * go-zenon CheckNetworkAndPairExist: the first pair of the network whose token standard (as text) or token
     * address equals {@code ztsOrToken}.
     */
    static TokenPair requirePair(StateReader storage, long networkClass, long chainId, String ztsOrToken) {
        NetworkInfo network = requireNetwork(storage, networkClass, chainId);
        for (TokenPair p : network.tokenPairs()) {
            if (ztsOrToken.equals(p.tokenStandard().toString()) || ztsOrToken.equals(p.tokenAddress())) return p;
        }
        throw VmErrors.TOKEN_NOT_FOUND.exception();
    }

    /** Permission check of the administrator methods: {@code ErrPermissionDenied} unless the sender administers. */
    static void requireAdministrator(BridgeInfo info, Address sender) {
        if (!sender.equals(info.administrator())) throw VmErrors.PERMISSION_DENIED.exception();
    }
}
