package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.embedded.definition.HtlcInfo;
import io.unikernelz.vm.embedded.definition.HtlcProxyUnlockInfo;

import java.util.Base64;
import java.util.List;

/** The {@code embedded.htlc} namespace (go-zenon {@code rpc/api/embedded/htlc.go}). */
final class HtlcApi {
    private final LedgerAccess ledger;

    HtlcApi(NodeServices services) {
        this.ledger = services.ledger();
    }

    List<RpcMethod> methods() {
        return List.of(
                new ApiMethod("embedded.htlc.getById", 1, p -> byId(p.hash(0))),
                new ApiMethod("embedded.htlc.getProxyUnlockStatus", 1, p -> proxyUnlockStatus(p.address(0))));
    }

    private Object byId(Hash id) {
        byte[] key = HtlcInfo.key(id);
        HtlcInfo h = Storage.get(Frontier.of(ledger).storage(Address.HTLC), key).map(v -> HtlcInfo.decode(key, v))
                .orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        ObjectNode o = Shapes.object();
        o.put("id", h.id().toString());
        o.put("timeLocked", h.timeLocked().toString());
        o.put("hashLocked", h.hashLocked().toString());
        o.put("tokenStandard", h.tokenStandard().toString());
        o.put("amount", Shapes.big(h.amount()));
        o.put("expirationTime", h.expirationTime());
        o.put("hashType", h.hashType());
        o.put("keyMaxSize", h.keyMaxSize());
        o.put("hashLock", Base64.getEncoder().encodeToString(h.hashLock()));
        return o;
    }

    /** go-zenon GetHtlcProxyUnlockStatus: proxy unlocks are allowed unless the address said otherwise. */
    private Object proxyUnlockStatus(Address address) {
        StateReader storage = Frontier.of(ledger).storage(Address.HTLC);
        byte[] key = HtlcProxyUnlockInfo.key(address);
        boolean allowed = Storage.get(storage, key).map(v -> HtlcProxyUnlockInfo.decode(key, v).allowed()).orElse(true);
        return JsonNodeFactory.instance.booleanNode(allowed);
    }
}
