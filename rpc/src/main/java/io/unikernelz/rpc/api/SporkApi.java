package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.vm.embedded.definition.Spork;

import java.util.ArrayList;
import java.util.List;

/** The {@code embedded.spork} namespace (go-zenon {@code rpc/api/embedded/spork.go}). */
final class SporkApi {
    private final LedgerAccess ledger;

    SporkApi(NodeServices services) {
        this.ledger = services.ledger();
    }

    List<RpcMethod> methods() {
        return List.of(new ApiMethod("embedded.spork.getAll", 2, this::all));
    }

    private Object all(Params params) {
        long pageIndex = params.pageIndex(0);
        long pageSize = params.uint32(1);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        List<Spork> sporks = new ArrayList<>();
        for (var e : Storage.entries(Frontier.of(ledger).storage(Address.SPORK), new byte[] {Spork.PREFIX})) {
            sporks.add(Spork.decode(e.key(), e.value()));
        }
        return Shapes.countList(sporks.size(), Shapes.array(Paging.page(sporks, pageIndex, pageSize), SporkApi::spork));
    }

    private static ObjectNode spork(Spork s) {
        ObjectNode o = Shapes.object();
        o.put("id", s.id().toString());
        o.put("name", s.name());
        o.put("description", s.description());
        o.put("activated", s.activated());
        o.set("enforcementHeight", io.unikernelz.core.json.GoJson.uint64(s.enforcementHeight()));
        return o;
    }
}
