package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.vm.embedded.definition.TokenInfo;

import java.util.List;

/** The {@code embedded.token} namespace (go-zenon {@code rpc/api/embedded/token.go}). */
final class TokenApi {
    private final LedgerAccess ledger;

    TokenApi(NodeServices services) {
        this.ledger = services.ledger();
    }

    List<RpcMethod> methods() {
        return List.of(
                new ApiMethod("embedded.token.getAll", 2, this::all),
                new ApiMethod("embedded.token.getByOwner", 3, this::byOwner),
                new ApiMethod("embedded.token.getByZts", 1, this::byZts));
    }

    private List<TokenInfo> tokens() {
        return Shapes.tokenInfos(Frontier.of(ledger).storage(Address.TOKEN));
    }

    private Object all(Params params) {
        long pageIndex = params.pageIndex(0);
        long pageSize = params.uint32(1);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        List<TokenInfo> tokens = tokens();
        return Shapes.countList(tokens.size(), Shapes.array(Paging.page(tokens, pageIndex, pageSize), Shapes::token));
    }

    private Object byOwner(Params params) {
        Address owner = params.address(0);
        long pageIndex = params.pageIndex(1);
        long pageSize = params.uint32(2);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        List<TokenInfo> tokens = tokens().stream().filter(t -> t.owner().equals(owner)).toList();
        return Shapes.countList(tokens.size(), Shapes.array(Paging.page(tokens, pageIndex, pageSize), Shapes::token));
    }

    private Object byZts(Params params) {
        TokenStandard zts = params.tokenStandard(0);
        return Shapes.tokenInfo(Frontier.of(ledger).storage(Address.TOKEN), zts).<JsonNode>map(Shapes::token)
                .orElse(Shapes.NODES.nullNode());
    }
}
