package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.vm.embedded.definition.StakeInfo;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The {@code embedded.stake} namespace (go-zenon {@code rpc/api/embedded/stake.go}). */
final class StakeApi {
    private final LedgerAccess ledger;

    StakeApi(NodeServices services) {
        this.ledger = services.ledger();
    }

    List<RpcMethod> methods() {
        Rewards rewards = new Rewards(ledger, Address.STAKE, "embedded.stake");
        return List.of(
                new ApiMethod("embedded.stake.getEntriesByAddress", 3, this::entriesByAddress),
                rewards.uncollectedReward(),
                rewards.frontierRewardByPage());
    }

    private Object entriesByAddress(Params params) {
        Address address = params.address(0);
        long pageIndex = params.pageIndex(1);
        long pageSize = params.uint32(2);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        List<StakeInfo> stakes = new ArrayList<>();
        BigInteger total = BigInteger.ZERO;
        BigInteger weighted = BigInteger.ZERO;
        for (var e : Storage.entries(Frontier.of(ledger).storage(Address.STAKE), StakeInfo.prefix())) {
            StakeInfo s = StakeInfo.decode(e.key(), e.value());
            if (s.revokeTime() == 0 && s.stakeAddress().equals(address)) {
                stakes.add(s);
                total = total.add(s.amount());
                weighted = weighted.add(s.weightedAmount());
            }
        }
        // go-zenon StakeByExpirationTime: expiration, then id
        stakes.sort(Comparator.comparingLong(StakeInfo::expirationTime).thenComparing(s -> s.id().toString()));
        ObjectNode o = Shapes.object();
        o.put("totalAmount", Shapes.big(total));
        o.put("totalWeightedAmount", Shapes.big(weighted));
        o.put("count", stakes.size());
        o.set("list", Shapes.array(Paging.page(stakes, pageIndex, pageSize), StakeApi::stakeEntry));
        return o;
    }

    private static ObjectNode stakeEntry(StakeInfo s) {
        ObjectNode o = Shapes.object();
        o.put("amount", Shapes.big(s.amount()));
        o.put("weightedAmount", Shapes.big(s.weightedAmount()));
        o.put("startTimestamp", s.startTime());
        o.put("expirationTimestamp", s.expirationTime());
        o.put("address", s.stakeAddress().toString());
        o.put("id", s.id().toString());
        return o;
    }
}
