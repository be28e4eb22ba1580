package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.embedded.definition.TokenInfo;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * JSON shapes shared by several namespaces, field for field as go-zenon marshals them: member order of the Go
 * struct, big integers as decimal strings (go-zenon's {@code *Marshal} types), uint64/int64 as numbers, hashes hex,
 * addresses and token standards bech32.
 */
final class Shapes {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Shapes() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static <T> ArrayNode array(Collection<T> items, Function<T, ? extends JsonNode> shape) {
        ArrayNode a = NODES.arrayNode();
        for (T item : items) a.add(shape.apply(item));
        return a;
    }

    static JsonNode orNull(JsonNode node) {
        return node == null ? NODES.nullNode() : node;
    }

    /** A big integer as go-zenon's marshal types print it (decimal string). */
    static String big(BigInteger v) {
        return v.toString();
    }

    /** {@code {count, list}}: the member order of most go-zenon list results. */
    static ObjectNode countList(long count, ArrayNode list) {
        ObjectNode o = object();
        o.put("count", count);
        o.set("list", list);
        return o;
    }

    /** RPC token (go-zenon {@code api.TokenMarshal}): note the keys name/symbol/domain, not the contract's. */
    static ObjectNode token(TokenInfo t) {
        ObjectNode o = object();
        o.put("name", t.tokenName());
        o.put("symbol", t.tokenSymbol());
        o.put("domain", t.tokenDomain());
        o.put("totalSupply", big(t.totalSupply()));
        o.put("decimals", t.decimals());
        o.put("owner", t.owner().toString());
        o.put("tokenStandard", t.tokenStandard().toString());
        o.put("maxSupply", big(t.maxSupply()));
        o.put("isBurnable", t.isBurnable());
        o.put("isMintable", t.isMintable());
        o.put("isUtility", t.isUtility());
        return o;
    }

    /** go-zenon {@code definition.GetTokenInfo} on the token contract's storage. */
    static Optional<TokenInfo> tokenInfo(StateReader tokenStorage, TokenStandard zts) {
        byte[] key = TokenInfo.key(zts);
        return Storage.get(tokenStorage, key).map(v -> TokenInfo.decode(key, v));
    }

    /** Every token in key order (go-zenon {@code definition.GetTokenInfoList}). */
    static List<TokenInfo> tokenInfos(StateReader tokenStorage) {
        List<TokenInfo> out = new ArrayList<>();
        Storage.entries(tokenStorage, new byte[] {TokenInfo.PREFIX}).forEach(e -> out.add(TokenInfo.decode(e.key(), e.value())));
        return out;
    }

    /** go-zenon {@code definition.RewardDeposit}: {address, znnAmount, qsrAmount}. */
    static ObjectNode rewardDeposit(Address address, BigInteger znn, BigInteger qsr) {
        ObjectNode o = object();
        o.put("address", address.toString());
        o.put("znnAmount", big(znn));
        o.put("qsrAmount", big(qsr));
        return o;
    }

    /** go-zenon {@code definition.TokenTuple} / {@code TimeChallengeInfo} and friends live with their namespaces. */
    static ObjectNode timeChallenge(io.unikernelz.vm.embedded.definition.TimeChallengeInfo t) {
        // go-zenon's TimeChallengeInfo has no JSON tags: the members keep their Go names
        ObjectNode o = object();
        o.put("MethodName", t.methodName());
        o.put("ParamsHash", t.paramsHash().toString());
        o.put("ChallengeStartHeight", t.challengeStartHeight());
        return o;
    }

    /** go-zenon {@code definition.SecurityInfoVariable}. */
    static ObjectNode securityInfo(io.unikernelz.vm.embedded.definition.SecurityInfo s) {
        ObjectNode o = object();
        o.set("guardians", array(s.guardians(), a -> NODES.textNode(a.toString())));
        o.set("guardiansVotes", array(s.guardiansVotes(), a -> NODES.textNode(a.toString())));
        o.put("administratorDelay", s.administratorDelay());
        o.put("softDelay", s.softDelay());
        return o;
    }
}
