package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.embedded.contracts.LiquidityState;
import io.unikernelz.vm.embedded.definition.LiquidityInfo;
import io.unikernelz.vm.embedded.definition.LiquidityStakeEntry;
import io.unikernelz.vm.embedded.definition.TokenTuple;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The {@code embedded.liquidity} namespace (go-zenon {@code rpc/api/embedded/liquidity.go}). */
final class LiquidityApi {
    /** The time challenges the liquidity contract reports, in go-zenon's order. */
    static final List<String> TIME_CHALLENGES = List.of("NominateGuardians", "SetTokenTuple", "ChangeAdministrator", "SetAdditionalReward");

    private final NodeServices services;
    private final LedgerAccess ledger;

    LiquidityApi(NodeServices services) {
        this.services = services;
        this.ledger = services.ledger();
    }

    List<RpcMethod> methods() {
        Rewards rewards = new Rewards(ledger, Address.LIQUIDITY, "embedded.liquidity");
        return List.of(
                new ApiMethod("embedded.liquidity.getLiquidityInfo", 0, p -> liquidityInfo()),
                new ApiMethod("embedded.liquidity.getSecurityInfo", 0,
                        p -> Shapes.securityInfo(BridgeApi.securityInfo(storage(), services))),
                new ApiMethod("embedded.liquidity.getLiquidityStakeEntriesByAddress", 3, this::stakeEntriesByAddress),
                rewards.uncollectedReward(),
                rewards.frontierRewardByPage(),
                new ApiMethod("embedded.liquidity.getTimeChallengesInfo", 0, p -> BridgeApi.timeChallenges(storage(), TIME_CHALLENGES)));
    }

    private StateReader storage() {
        return Frontier.of(ledger).storage(Address.LIQUIDITY);
    }

    private Object liquidityInfo() {
        LiquidityInfo info = LiquidityState.liquidityInfo(storage(), services.supervisor().parameters());
        ObjectNode o = Shapes.object();
        o.put("administrator", info.administrator().toString());
        o.put("isHalted", info.isHalted());
        o.put("znnReward", Shapes.big(info.znnReward()));
        o.put("qsrReward", Shapes.big(info.qsrReward()));
        o.set("tokenTuples", Shapes.array(info.tokenTuples(), LiquidityApi::tokenTuple));
        return o;
    }

    private static ObjectNode tokenTuple(TokenTuple t) {
        ObjectNode o = Shapes.object();
        o.put("tokenStandard", t.tokenStandard());
        o.put("znnPercentage", t.znnPercentage());
        o.put("qsrPercentage", t.qsrPercentage());
        o.put("minAmount", Shapes.big(t.minAmount()));
        return o;
    }

    private Object stakeEntriesByAddress(Params params) {
        Address address = params.address(0);
        long pageIndex = params.pageIndex(1);
        long pageSize = params.uint32(2);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        List<LiquidityStakeEntry> entries = new ArrayList<>();
        BigInteger total = BigInteger.ZERO;
        BigInteger weighted = BigInteger.ZERO;
        for (var e : Storage.entries(storage(), LiquidityStakeEntry.prefix())) {
            LiquidityStakeEntry s = LiquidityStakeEntry.decode(e.key(), e.value());
            if (s.revokeTime() == 0 && s.stakeAddress().equals(address)) {
                entries.add(s);
                total = total.add(s.amount());
                weighted = weighted.add(s.weightedAmount());
            }
        }
        // go-zenon LiquidityStakeByExpirationTime: expiration, then id
        entries.sort(Comparator.comparingLong(LiquidityStakeEntry::expirationTime).thenComparing(s -> s.id().toString()));
        ObjectNode o = Shapes.object();
        o.put("totalAmount", Shapes.big(total));
        o.put("totalWeightedAmount", Shapes.big(weighted));
        o.put("count", entries.size());
        o.set("list", Shapes.array(Paging.page(entries, pageIndex, pageSize), LiquidityApi::stakeEntry));
        return o;
    }

    private static ObjectNode stakeEntry(LiquidityStakeEntry s) {
        ObjectNode o = Shapes.object();
        o.put("amount", Shapes.big(s.amount()));
        o.put("tokenStandard", s.tokenStandard().toString());
        o.put("weightedAmount", Shapes.big(s.weightedAmount()));
        o.put("startTime", s.startTime());
        o.put("revokeTime", s.revokeTime());
        o.put("expirationTime", s.expirationTime());
        o.put("stakeAddress", s.stakeAddress().toString());
        o.put("id", s.id().toString());
        return o;
    }
}
