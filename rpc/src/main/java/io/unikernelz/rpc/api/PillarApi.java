package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.consensus.PillarDelegation;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.embedded.definition.DelegationInfo;
import io.unikernelz.vm.embedded.definition.PillarEpochHistory;
import io.unikernelz.vm.embedded.definition.PillarInfo;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The {@code embedded.pillar} namespace (go-zenon {@code rpc/api/embedded/pillar.go}). */
final class PillarApi {
    /** go-zenon PillarActive / PillarInActive. */
    static final int ACTIVE = 1;
    static final int INACTIVE = 2;
    /** go-zenon PillarQsrStakeBaseAmount and PillarQsrStakeIncreaseAmount. */
    static final BigInteger QSR_BASE_COST = BigInteger.valueOf(150_000L * 100_000_000L);
    static final BigInteger QSR_COST_INCREASE = BigInteger.valueOf(10_000L * 100_000_000L);

    private final NodeServices services;
    private final LedgerAccess ledger;
    private final ConsensusStats consensus;

    /** A pillar as getAll reports it, before ranking. */
    private record Entry(PillarInfo info, boolean revocable, long cooldown, long produced, long expected, BigInteger weight) {}

    PillarApi(NodeServices services, ConsensusStats consensus) {
        this.services = services;
        this.ledger = services.ledger();
        this.consensus = consensus;
    }

    List<RpcMethod> methods() {
        Rewards rewards = new Rewards(ledger, Address.PILLAR, "embedded.pillar");
        return List.of(
                rewards.depositedQsr(),
                rewards.uncollectedReward(),
                rewards.frontierRewardByPage(),
                new ApiMethod("embedded.pillar.getQsrRegistrationCost", 0, p -> qsrRegistrationCost()),
                new ApiMethod("embedded.pillar.getAll", 2, this::all),
                new ApiMethod("embedded.pillar.getByOwner", 1, this::byOwner),
                new ApiMethod("embedded.pillar.getByName", 1, this::byName),
                new ApiMethod("embedded.pillar.checkNameAvailability", 1, this::checkNameAvailability),
                new ApiMethod("embedded.pillar.getDelegatedPillar", 1, this::delegatedPillar),
                new ApiMethod("embedded.pillar.getPillarEpochHistory", 3, this::pillarEpochHistory),
                new ApiMethod("embedded.pillar.getPillarsHistoryByEpoch", 3, this::pillarsHistoryByEpoch));
    }

    /** go-zenon GetPillarsList: pillars in key order, optionally only active ones and of one type (0 = any). */
    static List<PillarInfo> pillars(StateReader storage, boolean onlyActive, int type) {
        List<PillarInfo> out = new ArrayList<>();
        for (var e : Storage.entries(storage, new byte[] {PillarInfo.PREFIX})) {
            PillarInfo p = PillarInfo.decode(e.key(), e.value());
            if ((!onlyActive || p.isActive()) && (type == PillarInfo.ANY_PILLAR_TYPE || type == p.pillarType())) out.add(p);
        }
        return out;
    }

    private Object qsrRegistrationCost() {
        int normal = pillars(Frontier.of(ledger).storage(Address.PILLAR), true, PillarInfo.NORMAL_PILLAR_TYPE).size();
        return JsonNodeFactory.instance.textNode(QSR_COST_INCREASE.multiply(BigInteger.valueOf(normal)).add(QSR_BASE_COST).toString());
    }

    /**
     * go-zenon PillarGetRevokeStatus: a pillar cycles through a lock window and a revoke window from its
     * registration; {@code [revocable, seconds until the current window ends]}.
     */
    static long[] revokeStatus(long registrationTime, Momentum frontier, long lockTime, long revokeTime) {
        long epochTime = (frontier.timestamp() - registrationTime) % (lockTime + revokeTime);
        return epochTime < lockTime ? new long[] {0, lockTime - epochTime} : new long[] {1, lockTime + revokeTime - epochTime};
    }

    /** Every active pillar ranked by weight (heaviest first, ties by name), as getAll(0, 1024) lists them. */
    private List<Entry> ranked() {
        Frontier f = Frontier.of(ledger);
        ContractParameters params = services.supervisor().parameters();
        ConsensusStats.Figures figures = consensus.at(f);
        List<Entry> list = new ArrayList<>();
        for (PillarInfo p : pillars(f.storage(Address.PILLAR), true, PillarInfo.ANY_PILLAR_TYPE)) {
            long[] revoke = revokeStatus(p.registrationTime(), f.momentum, params.pillarEpochLockTime(), params.pillarEpochRevokeTime());
            long[] counts = ConsensusStats.counts(figures, p.name());
            list.add(new Entry(p, revoke[0] == 1, revoke[1], counts[0], counts[1], ConsensusStats.weight(figures, p.name())));
        }
        list.sort(Comparator.comparing(Entry::weight).reversed()
                .thenComparing((a, b) -> PillarDelegation.compareGoStrings(a.info().name(), b.info().name())));
        return list;
    }

    private static ObjectNode pillarInfo(Entry e, int rank) {
        PillarInfo p = e.info();
        ObjectNode o = Shapes.object();
        o.put("name", p.name());
        o.put("rank", rank);
        o.put("type", p.pillarType());
        o.put("ownerAddress", p.stakeAddress().toString());
        o.put("producerAddress", p.blockProducingAddress().toString());
        o.put("withdrawAddress", p.rewardWithdrawAddress().toString());
        o.put("isRevocable", e.revocable());
        o.put("revokeCooldown", e.cooldown());
        o.put("revokeTimestamp", p.revokeTime());
        o.put("giveMomentumRewardPercentage", p.giveBlockRewardPercentage());
        o.put("giveDelegateRewardPercentage", p.giveDelegateRewardPercentage());
        ObjectNode stats = o.putObject("currentStats");
        stats.put("producedMomentums", e.produced());
        stats.put("expectedMomentums", e.expected());
        o.put("weight", Shapes.big(e.weight()));
        return o;
    }

    private Object all(Params params) {
        long pageIndex = params.pageIndex(0);
        long pageSize = params.uint32(1);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        List<Entry> ranked = ranked();
        int[] range = Paging.range(pageIndex, pageSize, ranked.size());
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (int i = range[0]; i < range[1]; i++) list.add(pillarInfo(ranked.get(i), i));
        return Shapes.countList(ranked.size(), list);
    }

    /** go-zenon reads getByOwner and getByName from getAll(0, 1024): pillars ranked beyond that are not found. */
    private List<ObjectNode> firstPage() {
        List<Entry> ranked = ranked();
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < Math.min(ranked.size(), Params.MAX_PAGE_SIZE); i++) out.add(pillarInfo(ranked.get(i), i));
        return out;
    }

    private Object byOwner(Params params) {
        Address owner = params.address(0);
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (ObjectNode p : firstPage()) if (p.get("ownerAddress").textValue().equals(owner.toString())) out.add(p);
        return out;
    }

    private Object byName(Params params) {
        String name = params.string(0);
        for (ObjectNode p : firstPage()) if (p.get("name").textValue().equals(name)) return p;
        return JsonNodeFactory.instance.nullNode();
    }

    private Object checkNameAvailability(Params params) {
        String name = params.string(0);
        boolean taken = pillars(Frontier.of(ledger).storage(Address.PILLAR), false, PillarInfo.ANY_PILLAR_TYPE).stream()
                .anyMatch(p -> p.name().equals(name));
        return JsonNodeFactory.instance.booleanNode(!taken);
    }

    private Object delegatedPillar(Params params) {
        Address address = params.address(0);
        Frontier f = Frontier.of(ledger);
        StateReader storage = f.storage(Address.PILLAR);
        byte[] key = DelegationInfo.key(address);
        Optional<DelegationInfo> delegation = Storage.get(storage, key).map(v -> DelegationInfo.decode(key, v));
        if (delegation.isEmpty()) return JsonNodeFactory.instance.nullNode();
        // the weight is the committed ZNN balance at the frontier momentum, not the account's unconfirmed frontier
        BigInteger balance = f.store.account(address).balance(TokenStandard.ZNN);
        String name = delegation.get().name();
        byte[] pillarKey = PillarInfo.key(name);
        int status = Storage.get(storage, pillarKey).map(v -> PillarInfo.decode(pillarKey, v))
                .filter(PillarInfo::isActive).map(p -> ACTIVE).orElse(INACTIVE);
        ObjectNode o = Shapes.object();
        o.put("name", name);
        o.put("status", status);
        o.put("weight", Shapes.big(balance));
        return o;
    }

    static ObjectNode epochHistory(PillarEpochHistory h) {
        ObjectNode o = Shapes.object();
        o.put("name", h.name());
        o.set("epoch", io.unikernelz.core.json.GoJson.uint64(h.epoch()));
        o.put("giveBlockRewardPercentage", h.giveBlockRewardPercentage());
        o.put("giveDelegateRewardPercentage", h.giveDelegateRewardPercentage());
        o.put("producedBlockNum", h.producedBlockNum());
        o.put("expectedBlockNum", h.expectedBlockNum());
        o.put("weight", Shapes.big(h.weight()));
        return o;
    }

    /** go-zenon GetPillarEpochHistoryList: one epoch's entries in key (name) order. */
    static List<PillarEpochHistory> epochHistories(StateReader storage, long epoch) {
        List<PillarEpochHistory> out = new ArrayList<>();
        for (var e : Storage.entries(storage, PillarEpochHistory.epochPrefix(epoch))) out.add(PillarEpochHistory.decode(e.key(), e.value()));
        return out;
    }

    private Object pillarEpochHistory(Params params) {
        String name = params.string(0);
        long pageIndex = params.pageIndex(1);
        long pageSize = params.uint32(2);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        StateReader storage = Frontier.of(ledger).storage(Address.PILLAR);
        long lastEpoch = Rewards.lastEpoch(storage);
        long epoch = lastEpoch - ((pageIndex * pageSize) & 0xFFFF_FFFFL);
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (long i = 0; i < pageSize && epoch >= 0; i++, epoch--) {
            long e = epoch;
            PillarEpochHistory h = epochHistories(storage, epoch).stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseGet(() -> new PillarEpochHistory(name, e, 0, 0, 0, 0, BigInteger.ZERO));
            list.add(epochHistory(h));
        }
        return Shapes.countList(lastEpoch + 1, list);
    }

    private Object pillarsHistoryByEpoch(Params params) {
        long epoch = params.uint64(0);
        long pageIndex = params.pageIndex(1);
        long pageSize = params.uint32(2);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        List<PillarEpochHistory> all = epochHistories(Frontier.of(ledger).storage(Address.PILLAR), epoch);
        return Shapes.countList(all.size(), Shapes.array(Paging.page(all, pageIndex, pageSize), PillarApi::epochHistory));
    }
}
