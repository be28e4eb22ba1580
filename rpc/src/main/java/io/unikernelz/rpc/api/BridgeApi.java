package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.json.GoJson;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.embedded.contracts.BridgeState;
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import io.unikernelz.vm.embedded.definition.OrchestratorInfo;
import io.unikernelz.vm.embedded.definition.RequestPair;
import io.unikernelz.vm.embedded.definition.SecurityInfo;
import io.unikernelz.vm.embedded.definition.TimeChallengeInfo;
import io.unikernelz.vm.embedded.definition.TokenPair;
import io.unikernelz.vm.embedded.definition.UnwrapTokenRequest;
import io.unikernelz.vm.embedded.definition.WrapTokenRequest;
import io.unikernelz.vm.embedded.definition.ZtsFeesInfo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The {@code embedded.bridge} namespace (go-zenon {@code rpc/api/embedded/bridge.go}). */
final class BridgeApi {
    /** The time challenges the bridge reports, in go-zenon's order. */
    static final List<String> TIME_CHALLENGES = List.of("NominateGuardians", "ChangeTssECDSAPubKey", "ChangeAdministrator", "SetTokenPair");

    private final NodeServices services;
    private final LedgerAccess ledger;

    BridgeApi(NodeServices services) {
        this.services = services;
        this.ledger = services.ledger();
    }

    List<RpcMethod> methods() {
        return List.of(
                new ApiMethod("embedded.bridge.getBridgeInfo", 0, p -> bridgeInfo()),
                new ApiMethod("embedded.bridge.getSecurityInfo", 0, p -> Shapes.securityInfo(securityInfo(storage(), services))),
                new ApiMethod("embedded.bridge.getOrchestratorInfo", 0, p -> orchestratorShape(orchestratorInfo(storage()))),
                new ApiMethod("embedded.bridge.getTimeChallengesInfo", 0, p -> timeChallenges(storage(), TIME_CHALLENGES)),
                new ApiMethod("embedded.bridge.getNetworkInfo", 2, p -> networkShape(networkInfo(storage(), p.uint32(0), p.uint32(1)))),
                new ApiMethod("embedded.bridge.getAllNetworks", 2, this::allNetworks),
                new ApiMethod("embedded.bridge.getWrapTokenRequestById", 1, p -> wrapRequestById(p.hash(0))),
                new ApiMethod("embedded.bridge.getAllWrapTokenRequests", 2, p -> wrapRequests(r -> true, p.pageIndex(0), p.uint32(1))),
                new ApiMethod("embedded.bridge.getAllWrapTokenRequestsByToAddress", 3, this::wrapRequestsByToAddress),
                new ApiMethod("embedded.bridge.getAllWrapTokenRequestsByToAddressNetworkClassAndChainId", 5, this::wrapRequestsByNetwork),
                new ApiMethod("embedded.bridge.getAllUnsignedWrapTokenRequests", 2, this::unsignedWrapRequests),
                new ApiMethod("embedded.bridge.getUnwrapTokenRequestByHashAndLog", 2, this::unwrapRequestByHashAndLog),
                new ApiMethod("embedded.bridge.getAllUnwrapTokenRequests", 2, p -> unwrapRequests("", p.pageIndex(0), p.uint32(1))),
                new ApiMethod("embedded.bridge.getAllUnwrapTokenRequestsByToAddress", 3,
                        p -> unwrapRequests(p.string(0), p.pageIndex(1), p.uint32(2))),
                new ApiMethod("embedded.bridge.getFeeTokenPair", 1, p -> feeTokenPair(p.tokenStandard(0))));
    }

    private StateReader storage() {
        return Frontier.of(ledger).storage(Address.BRIDGE);
    }

    // ---------------------------------------------------------------- variables

    private Object bridgeInfo() {
        // the contract's own reader: stored info, or go-zenon's defaults with this network's initial administrator
        BridgeInfo b = BridgeState.bridgeInfo(storage(), services.supervisor().parameters());
        ObjectNode o = Shapes.object();
        o.put("administrator", b.administrator().toString());
        o.put("compressedTssECDSAPubKey", b.compressedTssECDSAPubKey());
        o.put("decompressedTssECDSAPubKey", b.decompressedTssECDSAPubKey());
        o.put("allowKeyGen", b.allowKeyGen());
        o.put("halted", b.halted());
        o.set("unhaltedAt", GoJson.uint64(b.unhaltedAt()));
        o.set("unhaltDurationInMomentums", GoJson.uint64(b.unhaltDurationInMomentums()));
        o.set("tssNonce", GoJson.uint64(b.tssNonce()));
        o.put("metadata", b.metadata());
        return o;
    }

    /** go-zenon GetSecurityInfoVariable (bridge and liquidity): no guardians and the minimum delays until set. */
    static SecurityInfo securityInfo(StateReader storage, NodeServices services) {
        byte[] key = SecurityInfo.key();
        ContractParameters p = services.supervisor().parameters();
        return Storage.get(storage, key).map(v -> SecurityInfo.decode(key, v))
                .orElse(SecurityInfo.initial(p.minAdministratorDelay(), p.minSoftDelay()));
    }

    static OrchestratorInfo orchestratorInfo(StateReader storage) {
        byte[] key = OrchestratorInfo.key();
        return Storage.get(storage, key).map(v -> OrchestratorInfo.decode(key, v)).orElse(OrchestratorInfo.EMPTY);
    }

    private static ObjectNode orchestratorShape(OrchestratorInfo i) {
        ObjectNode o = Shapes.object();
        o.set("windowSize", GoJson.uint64(i.windowSize()));
        o.put("keyGenThreshold", i.keyGenThreshold());
        o.put("confirmationsToFinality", i.confirmationsToFinality());
        o.put("estimatedMomentumTime", i.estimatedMomentumTime());
        o.set("allowKeyGenHeight", GoJson.uint64(i.allowKeyGenHeight()));
        return o;
    }

    /** go-zenon TimeChallengesList of the named challenges that exist, in the given order. */
    static ObjectNode timeChallenges(StateReader storage, List<String> methods) {
        ArrayNode list = Shapes.NODES.arrayNode();
        for (String m : methods) {
            byte[] key = TimeChallengeInfo.key(m);
            Storage.get(storage, key).ifPresent(v -> list.add(Shapes.timeChallenge(TimeChallengeInfo.decode(key, v))));
        }
        return Shapes.countList(list.size(), list);
    }

    // ---------------------------------------------------------------- networks

    /** go-zenon GetNetworkInfoVariable; an unknown network reads as an empty one (with tokenPairs null). */
    private static Optional<NetworkInfo> networkInfo(StateReader storage, long networkClass, long chainId) {
        byte[] key = NetworkInfo.key(networkClass, chainId);
        return Storage.get(storage, key).map(v -> NetworkInfo.decode(key, v));
    }

    private static ObjectNode networkShape(Optional<NetworkInfo> info) {
        if (info.isEmpty()) {
            ObjectNode o = Shapes.object();
            o.put("networkClass", 0);
            o.put("chainId", 0);
            o.put("name", "");
            o.put("contractAddress", "");
            o.put("metadata", "{}");
            o.putNull("tokenPairs");
            return o;
        }
        return networkShape(info.get());
    }

    private static ObjectNode networkShape(NetworkInfo n) {
        ObjectNode o = Shapes.object();
        o.put("networkClass", n.networkClass());
        o.put("chainId", n.id());
        o.put("name", n.name());
        o.put("contractAddress", n.contractAddress());
        o.put("metadata", n.metadata());
        o.set("tokenPairs", Shapes.array(n.tokenPairs(), BridgeApi::tokenPair));
        return o;
    }

    private static ObjectNode tokenPair(TokenPair t) {
        ObjectNode o = Shapes.object();
        o.put("tokenStandard", t.tokenStandard().toString());
        o.put("tokenAddress", t.tokenAddress());
        o.put("bridgeable", t.bridgeable());
        o.put("redeemable", t.redeemable());
        o.put("owned", t.owned());
        o.put("minAmount", Shapes.big(t.minAmount()));
        o.put("feePercentage", t.feePercentage());
        o.put("redeemDelay", t.redeemDelay());
        o.put("metadata", t.metadata());
        return o;
    }

    private Object allNetworks(Params params) {
        long pageIndex = params.pageIndex(0);
        long pageSize = params.uint32(1);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        List<NetworkInfo> networks = new ArrayList<>();
        for (var e : Storage.entries(storage(), NetworkInfo.prefix())) {
            try {
                networks.add(NetworkInfo.decode(e.key(), e.value()));
            } catch (RuntimeException unreadable) {
                // go-zenon GetNetworkList skips entries it cannot parse
            }
        }
        return Shapes.countList(networks.size(), Shapes.array(Paging.page(networks, pageIndex, pageSize), BridgeApi::networkShape));
    }

    private Object feeTokenPair(TokenStandard zts) {
        byte[] key = ZtsFeesInfo.key(zts);
        ZtsFeesInfo fees = Storage.get(storage(), key).map(v -> ZtsFeesInfo.decode(key, v)).orElse(ZtsFeesInfo.empty(zts));
        ObjectNode o = Shapes.object();
        o.put("tokenStandard", fees.tokenStandard().toString());
        o.put("accumulatedFee", Shapes.big(fees.accumulatedFee()));
        return o;
    }

    // ---------------------------------------------------------------- wrap requests

    /** The token contract's view of a token (go-zenon getToken: missing tokens are null, not an error). */
    private JsonNode token(Frontier f, TokenStandard zts) {
        return Shapes.orNull(Shapes.tokenInfo(f.storage(Address.TOKEN), zts).map(Shapes::token).orElse(null));
    }

    /** Momentums still needed before a request is final; uint64 arithmetic as in go-zenon. */
    static long remaining(long startHeight, long required, Momentum frontier) {
        return Long.compareUnsigned(frontier.height() - startHeight, required) >= 0 ? 0 : startHeight + required - frontier.height();
    }

    private ObjectNode wrapShape(Frontier f, WrapTokenRequest r, OrchestratorInfo orchestrator) {
        ObjectNode o = Shapes.object();
        o.put("networkClass", r.networkClass());
        o.put("chainId", r.chainId());
        o.put("id", r.id().toString());
        o.put("toAddress", r.toAddress());
        o.put("tokenStandard", r.tokenStandard().toString());
        o.put("tokenAddress", r.tokenAddress());
        o.put("amount", Shapes.big(r.amount()));
        o.put("fee", Shapes.big(r.fee()));
        o.put("signature", r.signature());
        o.set("creationMomentumHeight", GoJson.uint64(r.creationMomentumHeight()));
        o.set("token", token(f, r.tokenStandard()));
        o.set("confirmationsToFinality", GoJson.uint64(remaining(r.creationMomentumHeight(), orchestrator.confirmationsToFinality(), f.momentum)));
        return o;
    }

    /** Every wrap request in key order: newest creation height first. */
    private static List<WrapTokenRequest> wrapRequests(StateReader storage) {
        List<WrapTokenRequest> out = new ArrayList<>();
        for (var e : Storage.entries(storage, WrapTokenRequest.prefix())) out.add(WrapTokenRequest.decode(e.key(), e.value()));
        return out;
    }

    private Object wrapRequestById(Hash id) {
        Frontier f = Frontier.of(ledger);
        StateReader storage = f.storage(Address.BRIDGE);
        byte[] pairKey = RequestPair.key(id);
        RequestPair pair = Storage.get(storage, pairKey).map(v -> RequestPair.decode(pairKey, v))
                .orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        byte[] key = WrapTokenRequest.key(pair.creationMomentumHeight(), pair.id());
        WrapTokenRequest r = Storage.get(storage, key).map(v -> WrapTokenRequest.decode(key, v))
                .orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        return wrapShape(f, r, orchestratorInfo(storage));
    }

    private ObjectNode wrapRequests(Predicate<WrapTokenRequest> filter, long pageIndex, long pageSize) {
        Frontier f = Frontier.of(ledger);
        StateReader storage = f.storage(Address.BRIDGE);
        List<WrapTokenRequest> matching = wrapRequests(storage).stream().filter(filter).toList();
        OrchestratorInfo orchestrator = orchestratorInfo(storage);
        return Shapes.countList(matching.size(),
                Shapes.array(Paging.page(matching, pageIndex, pageSize), r -> wrapShape(f, r, orchestrator)));
    }

    private Object wrapRequestsByToAddress(Params params) {
        String to = params.string(0);
        return wrapRequests(r -> to.isEmpty() || r.toAddress().equals(to), params.pageIndex(1), params.uint32(2));
    }

    private Object wrapRequestsByNetwork(Params params) {
        String to = params.string(0);
        long networkClass = params.uint32(1);
        long chainId = params.uint32(2);
        return wrapRequests(r -> r.networkClass() == networkClass && r.chainId() == chainId && (to.isEmpty() || r.toAddress().equals(to)),
                params.pageIndex(3), params.uint32(4));
    }

    private Object unsignedWrapRequests(Params params) {
        long pageIndex = params.pageIndex(0);
        long pageSize = params.uint32(1);
        Frontier f = Frontier.of(ledger);
        StateReader storage = f.storage(Address.BRIDGE);
        OrchestratorInfo orchestrator = orchestratorInfo(storage);
        List<WrapTokenRequest> unsigned = new ArrayList<>(wrapRequests(storage).stream().filter(r -> r.signature().isEmpty()).toList());
        Collections.reverse(unsigned); // oldest first
        ObjectNode o = Shapes.countList(unsigned.size(),
                Shapes.array(Paging.page(unsigned, pageIndex, pageSize), r -> wrapShape(f, r, orchestrator)));
        // go-zenon slices a nil list when nothing is unsigned, which prints null
        if (unsigned.isEmpty()) o.putNull("list");
        return o;
    }

    // ---------------------------------------------------------------- unwrap requests

    /** go-zenon CheckNetworkAndPairExist: the pair of the network whose ZTS or token address matches. */
    private static TokenPair tokenPair(StateReader storage, long networkClass, long chainId, String ztsOrToken) {
        NetworkInfo network = networkInfo(storage, networkClass, chainId).filter(n -> !n.name().isEmpty())
                .orElseThrow(VmErrors.UNKNOWN_NETWORK::exception);
        for (TokenPair p : network.tokenPairs()) {
            if (ztsOrToken.equals(p.tokenStandard().toString()) || ztsOrToken.equals(p.tokenAddress())) return p;
        }
        throw VmErrors.TOKEN_NOT_FOUND.exception();
    }

    private ObjectNode unwrapShape(Frontier f, StateReader storage, UnwrapTokenRequest r) {
        TokenPair pair = tokenPair(storage, r.networkClass(), r.chainId(), r.tokenAddress());
        ObjectNode o = Shapes.object();
        o.set("registrationMomentumHeight", GoJson.uint64(r.registrationMomentumHeight()));
        o.put("networkClass", r.networkClass());
        o.put("chainId", r.chainId());
        o.put("transactionHash", r.transactionHash().toString());
        o.put("logIndex", r.logIndex());
        o.put("toAddress", r.toAddress().toString());
        o.put("tokenAddress", r.tokenAddress());
        o.put("tokenStandard", r.tokenStandard().toString());
        o.put("amount", Shapes.big(r.amount()));
        o.put("signature", r.signature());
        o.put("redeemed", r.redeemed());
        o.put("revoked", r.revoked());
        o.set("token", token(f, r.tokenStandard()));
        o.set("redeemableIn", GoJson.uint64(remaining(r.registrationMomentumHeight(), pair.redeemDelay(), f.momentum)));
        return o;
    }

    private Object unwrapRequestByHashAndLog(Params params) {
        Hash txHash = params.hash(0);
        long logIndex = params.uint32(1);
        Frontier f = Frontier.of(ledger);
        StateReader storage = f.storage(Address.BRIDGE);
        byte[] key = UnwrapTokenRequest.key(txHash, logIndex);
        UnwrapTokenRequest r = Storage.get(storage, key).map(v -> UnwrapTokenRequest.decode(key, v))
                .orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        return unwrapShape(f, storage, r);
    }

    /** All unwrap requests (key order), or those to one address, latest registration first. */
    private Object unwrapRequests(String toAddress, long pageIndex, long pageSize) {
        Frontier f = Frontier.of(ledger);
        StateReader storage = f.storage(Address.BRIDGE);
        List<UnwrapTokenRequest> all = new ArrayList<>();
        for (var e : Storage.entries(storage, UnwrapTokenRequest.prefix())) all.add(UnwrapTokenRequest.decode(e.key(), e.value()));
        if (!toAddress.isEmpty()) {
            all.removeIf(r -> !r.toAddress().toString().equals(toAddress));
            all.sort(Comparator.comparingLong(UnwrapTokenRequest::registrationMomentumHeight).reversed());
        }
        return Shapes.countList(all.size(), Shapes.array(Paging.page(all, pageIndex, pageSize), r -> unwrapShape(f, storage, r)));
    }
}
