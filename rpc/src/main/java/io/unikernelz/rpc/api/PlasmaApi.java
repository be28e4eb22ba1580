package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcException;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.vm.PlasmaRules;
import io.unikernelz.vm.embedded.definition.FusionInfo;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The {@code embedded.plasma} namespace (go-zenon {@code rpc/api/embedded/plasma.go}). */
final class PlasmaApi {
    private final NodeServices services;

    PlasmaApi(NodeServices services) {
        this.services = services;
    }

    List<RpcMethod> methods() {
        return List.of(
                new ApiMethod("embedded.plasma.get", 1, this::get),
                new ApiMethod("embedded.plasma.getEntriesByAddress", 3, this::entriesByAddress),
                new ApiMethod("embedded.plasma.getRequiredPoWForAccountBlock", 1, this::requiredPoW));
    }

    /** go-zenon AvailablePlasma on the frontier; its only error is a negative result. */
    private static long availablePlasma(Frontier f, Address address) {
        try {
            return PlasmaRules.availablePlasma(f.store, address, f.account(address).chainPlasma());
        } catch (IllegalStateException e) {
            throw RpcException.serverError("got negative available plasma");
        }
    }

    private Object get(Params params) {
        Address address = params.address(0);
        Frontier f = Frontier.of(services.ledger());
        BigInteger amount = PlasmaRules.fusedAmount(f.store, address);
        long available = availablePlasma(f, address);
        ObjectNode o = Shapes.object();
        o.put("currentPlasma", available);
        o.put("maxPlasma", Plasma.fusedAmountToPlasma(amount));
        o.put("qsrAmount", Shapes.big(amount));
        return o;
    }

    private Object entriesByAddress(Params params) {
        Address address = params.address(0);
        long pageIndex = params.pageIndex(1);
        long pageSize = params.uint32(2);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        Frontier f = Frontier.of(services.ledger());
        List<FusionInfo> fusions = new ArrayList<>();
        BigInteger total = BigInteger.ZERO;
        for (var e : Storage.entries(f.storage(Address.PLASMA), FusionInfo.ownerPrefix(address))) {
            FusionInfo info = FusionInfo.decode(e.key(), e.value());
            fusions.add(info);
            total = total.add(info.amount());
        }
        // go-zenon SortFusionEntryByHeight: expiration height, then beneficiary
        fusions.sort(Comparator.comparingLong(FusionInfo::expirationHeight)
                .thenComparing(i -> i.beneficiary().toString()));
        ObjectNode o = Shapes.object();
        o.put("qsrAmount", Shapes.big(total));
        o.put("count", fusions.size());
        o.set("list", Shapes.array(Paging.page(fusions, pageIndex, pageSize), PlasmaApi::fusionEntry));
        return o;
    }

    private static ObjectNode fusionEntry(FusionInfo i) {
        ObjectNode o = Shapes.object();
        o.put("qsrAmount", Shapes.big(i.amount()));
        o.put("beneficiary", i.beneficiary().toString());
        o.set("expirationHeight", io.unikernelz.core.json.GoJson.uint64(i.expirationHeight()));
        o.put("id", i.id().toString());
        return o;
    }

    /**
     * go-zenon GetRequiredPoWForAccountBlock: the base plasma of a block like the described one, the plasma the
     * account has, and the PoW difficulty covering the difference ({@code (base - available) * 1500}, zero when the
     * available plasma exceeds the base).
     */
    private Object requiredPoW(Params params) {
        ObjectArg arg = new ObjectArg(params.raw(0), 0);
        Address self = arg.address("address", Address.ZERO);
        long blockType = arg.uint64("blockType");
        Address to = arg.address("toAddress", null);
        byte[] data = arg.bytes("data");
        Frontier f = Frontier.of(services.ledger());
        AccountBlock.Builder block = AccountBlock.builder()
                .blockType(blockType)
                .address(self)
                .data(data)
                .momentumAcknowledged(f.momentum.identifier());
        if (to != null) {
            block.toAddress(to);
        } else if (blockType == BlockType.USER_SEND) {
            throw RpcException.serverError("toAddress is nil");
        }
        long available = availablePlasma(f, self);
        long base = PlasmaRules.basePlasma(f.context(self, services), services.supervisor().contracts(), block.build());
        long difficulty = Long.compareUnsigned(available, base) > 0 ? 0 : PlasmaRules.difficultyForPlasma(base - available);
        ObjectNode o = Shapes.object();
        o.put("availablePlasma", available);
        o.put("basePlasma", base);
        o.put("requiredDifficulty", difficulty);
        return o;
    }
}
