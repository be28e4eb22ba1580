package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.embedded.definition.LastEpochUpdate;
import io.unikernelz.vm.embedded.definition.QsrDeposit;
import io.unikernelz.vm.embedded.definition.RewardDeposit;
import io.unikernelz.vm.embedded.definition.RewardDepositHistory;

import java.math.BigInteger;

/**
 * The reward and deposit methods several contracts share (go-zenon {@code rpc/api/embedded/shared.go}): deposited
 * QSR, uncollected reward, and the per-epoch reward history counted down from the last updated epoch.
 */
final class Rewards {
    private final LedgerAccess ledger;
    private final Address contract;
    private final String namespace;

    Rewards(LedgerAccess ledger, Address contract, String namespace) {
        this.ledger = ledger;
        this.contract = contract;
        this.namespace = namespace;
    }

    RpcMethod depositedQsr() {
        return new ApiMethod(namespace + ".getDepositedQsr", 1, p -> {
            Address address = p.address(0);
            StateReader storage = Frontier.of(ledger).storage(contract);
            byte[] key = QsrDeposit.key(address);
            BigInteger qsr = Storage.get(storage, key).map(v -> QsrDeposit.decode(key, v).qsr()).orElse(BigInteger.ZERO);
            return JsonNodeFactory.instance.textNode(qsr.toString());
        });
    }

    RpcMethod uncollectedReward() {
        return new ApiMethod(namespace + ".getUncollectedReward", 1, p -> {
            Address address = p.address(0);
            StateReader storage = Frontier.of(ledger).storage(contract);
            byte[] key = RewardDeposit.key(address);
            RewardDeposit d = Storage.get(storage, key).map(v -> RewardDeposit.decode(key, v)).orElse(RewardDeposit.empty(address));
            return Shapes.rewardDeposit(address, d.znn(), d.qsr());
        });
    }

    RpcMethod frontierRewardByPage() {
        return new ApiMethod(namespace + ".getFrontierRewardByPage", 3, p -> {
            Address address = p.address(0);
            long pageIndex = p.pageIndex(1);
            long pageSize = p.uint32(2);
            Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
            StateReader storage = Frontier.of(ledger).storage(contract);
            long lastEpoch = lastEpoch(storage);
            long epoch = lastEpoch - ((pageIndex * pageSize) & 0xFFFF_FFFFL); // go multiplies two uint32
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (long i = 0; i < pageSize && epoch >= 0; i++, epoch--) {
                byte[] key = RewardDepositHistory.key(epoch, address);
                long e = epoch;
                RewardDepositHistory h = Storage.get(storage, key).map(v -> RewardDepositHistory.decode(key, v))
                        .orElse(RewardDepositHistory.empty(e, address));
                ObjectNode entry = list.addObject();
                entry.put("epoch", epoch);
                entry.put("znnAmount", Shapes.big(h.znn()));
                entry.put("qsrAmount", Shapes.big(h.qsr()));
            }
            return Shapes.countList(lastEpoch + 1, list);
        });
    }

    /** go-zenon GetLastEpochUpdate: -1 before the first epoch update. */
    static long lastEpoch(StateReader storage) {
        byte[] key = LastEpochUpdate.key();
        return Storage.get(storage, key).map(v -> LastEpochUpdate.decode(key, v).lastEpoch()).orElse(LastEpochUpdate.NONE.lastEpoch());
    }
}
