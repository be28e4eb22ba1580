package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import io.unikernelz.vm.embedded.definition.Phase;
import io.unikernelz.vm.embedded.definition.PillarVote;
import io.unikernelz.vm.embedded.definition.Project;
import io.unikernelz.vm.embedded.definition.TokenInfo;
import io.unikernelz.vm.embedded.definition.TokenPair;
import io.unikernelz.vm.embedded.definition.UnwrapTokenRequest;
import io.unikernelz.vm.embedded.definition.WrapTokenRequest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Contract records rebuilt from go-zenon's JSON results, to seed state that must print back the same. */
final class Seeds {
    private Seeds() {}

    static Address address(JsonNode n) {
        return Address.parse(n.textValue());
    }

    static Hash hash(JsonNode n) {
        return Hash.parse(n.textValue());
    }

    static TokenStandard zts(JsonNode n) {
        return TokenStandard.parse(n.textValue());
    }

    /** A Go string; a capture's null reads as "". */
    static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.textValue();
    }

    /** A big integer printed as a string (current go-zenon) or a number (captures before May 2023). */
    static BigInteger big(JsonNode n) {
        return n.isNumber() ? n.bigIntegerValue() : new BigInteger(n.textValue());
    }

    static TokenInfo token(JsonNode t) {
        return new TokenInfo(zts(t.get("tokenStandard")), address(t.get("owner")), t.get("name").textValue(), t.get("symbol").textValue(),
                t.get("domain").textValue(), big(t.get("totalSupply")), big(t.get("maxSupply")), t.get("decimals").asInt(),
                t.get("isMintable").asBoolean(), t.get("isBurnable").asBoolean(), t.get("isUtility").asBoolean());
    }

    static Project project(JsonNode p) {
        List<Hash> phases = new ArrayList<>();
        p.get("phaseIds").forEach(id -> phases.add(hash(id)));
        return new Project(hash(p.get("id")), address(p.get("owner")), p.get("name").textValue(), text(p.get("description")),
                p.get("url").textValue(), big(p.get("znnFundsNeeded")), big(p.get("qsrFundsNeeded")), p.get("creationTimestamp").asLong(),
                p.get("lastUpdateTimestamp").asLong(), p.get("status").asInt(), phases);
    }

    static Phase phase(JsonNode p) {
        return new Phase(hash(p.get("id")), hash(p.get("projectID")), p.get("name").textValue(), text(p.get("description")),
                p.get("url").textValue(), big(p.get("znnFundsNeeded")), big(p.get("qsrFundsNeeded")), p.get("creationTimestamp").asLong(),
                p.get("acceptedTimestamp").asLong(), p.get("status").asInt());
    }

    /** Pillar votes reproducing a vote breakdown: yes votes, then no votes, then abstentions up to the total. */
    static List<PillarVote> votes(JsonNode breakdown) {
        Hash id = hash(breakdown.get("id"));
        int total = breakdown.get("total").asInt();
        int yes = breakdown.get("yes").asInt();
        int no = breakdown.get("no").asInt();
        List<PillarVote> out = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            int vote = i < yes ? PillarVote.VOTE_YES : i < yes + no ? PillarVote.VOTE_NO : PillarVote.VOTE_ABSTAIN;
            out.add(new PillarVote(id, "pillar-" + i, vote));
        }
        return out;
    }

    static NetworkInfo network(JsonNode n) {
        List<TokenPair> pairs = new ArrayList<>();
        for (JsonNode t : n.get("tokenPairs")) {
            pairs.add(new TokenPair(zts(t.get("tokenStandard")), t.get("tokenAddress").textValue(), t.get("bridgeable").asBoolean(),
                    t.get("redeemable").asBoolean(), t.get("owned").asBoolean(), big(t.get("minAmount")), t.get("feePercentage").asLong(),
                    t.get("redeemDelay").asLong(), t.get("metadata").textValue()));
        }
        return new NetworkInfo(n.get("networkClass").asLong(), n.get("chainId").asLong(), n.get("name").textValue(),
                n.get("contractAddress").textValue(), n.get("metadata").textValue(), pairs);
    }

    static WrapTokenRequest wrap(JsonNode r) {
        return new WrapTokenRequest(r.get("networkClass").asLong(), r.get("chainId").asLong(), hash(r.get("id")), r.get("toAddress").textValue(),
                zts(r.get("tokenStandard")), r.get("tokenAddress").textValue(), big(r.get("amount")), big(r.get("fee")),
                r.get("signature").textValue(), r.get("creationMomentumHeight").asLong());
    }

    static UnwrapTokenRequest unwrap(JsonNode r) {
        return new UnwrapTokenRequest(r.get("registrationMomentumHeight").asLong(), r.get("networkClass").asLong(), r.get("chainId").asLong(),
                hash(r.get("transactionHash")), r.get("logIndex").asLong(), address(r.get("toAddress")), r.get("tokenAddress").textValue(),
                zts(r.get("tokenStandard")), big(r.get("amount")), r.get("signature").textValue(), r.get("redeemed").asInt(),
                r.get("revoked").asInt());
    }
}
