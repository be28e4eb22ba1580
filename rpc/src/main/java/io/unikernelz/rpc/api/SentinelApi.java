package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.embedded.definition.SentinelInfo;

import java.util.ArrayList;
import java.util.List;

/** The {@code embedded.sentinel} namespace (go-zenon {@code rpc/api/embedded/sentinel.go}). */
final class SentinelApi {
    private final NodeServices services;
    private final LedgerAccess ledger;

    SentinelApi(NodeServices services) {
        this.services = services;
        this.ledger = services.ledger();
    }

    List<RpcMethod> methods() {
        Rewards rewards = new Rewards(ledger, Address.SENTINEL, "embedded.sentinel");
        return List.of(
                new ApiMethod("embedded.sentinel.getByOwner", 1, this::byOwner),
                new ApiMethod("embedded.sentinel.getAllActive", 2, this::allActive),
                rewards.depositedQsr(),
                rewards.uncollectedReward(),
                rewards.frontierRewardByPage());
    }

    /** go-zenon SentinelInfo: revocability cycles through the lock and revoke windows from registration. */
    private ObjectNode sentinelInfo(SentinelInfo s, Momentum frontier) {
        ContractParameters p = services.supervisor().parameters();
        long[] revoke = PillarApi.revokeStatus(s.registrationTimestamp(), frontier, p.sentinelLockTimeWindow(), p.sentinelRevokeTimeWindow());
        ObjectNode o = Shapes.object();
        o.put("owner", s.owner().toString());
        o.put("registrationTimestamp", s.registrationTimestamp());
        o.put("isRevocable", revoke[0] == 1);
        o.put("revokeCooldown", revoke[1]);
        o.put("active", s.revokeTimestamp() == 0);
        return o;
    }

    private Object byOwner(Params params) {
        Address owner = params.address(0);
        Frontier f = Frontier.of(ledger);
        byte[] key = SentinelInfo.key(owner);
        return Storage.get(f.storage(Address.SENTINEL), key).<JsonNode>map(v -> sentinelInfo(SentinelInfo.decode(key, v), f.momentum))
                .orElse(Shapes.NODES.nullNode());
    }

    private Object allActive(Params params) {
        long pageIndex = params.pageIndex(0);
        long pageSize = params.uint32(1);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        Frontier f = Frontier.of(ledger);
        List<SentinelInfo> active = new ArrayList<>();
        for (var e : Storage.entries(f.storage(Address.SENTINEL), new byte[] {SentinelInfo.PREFIX})) {
            SentinelInfo s = SentinelInfo.decode(e.key(), e.value());
            if (s.isActive()) active.add(s);
        }
        return Shapes.countList(active.size(), Shapes.array(Paging.page(active, pageIndex, pageSize), s -> sentinelInfo(s, f.momentum)));
    }
}
