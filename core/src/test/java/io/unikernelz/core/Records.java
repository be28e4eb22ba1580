package io.unikernelz.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.json.AccountBlockJson;
import io.unikernelz.core.json.MomentumJson;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The real records of conformance/blocks, as JSON nodes and as parsed values. */
public final class Records {
    public static final List<String> BLOCK_FILES = List.of("blocks/account-blocks.json", "blocks/account-blocks-legacy-numeric.json");

    private Records() {}

    /** Top-level account block JSON objects (with RPC extras) of every blocks file, devnet ones included. */
    public static List<JsonNode> topLevelBlockNodes() {
        List<JsonNode> out = new ArrayList<>();
        for (String f : BLOCK_FILES) Shared.json(f).get("records").forEach(out::add);
        out.addAll(devnetBlockNodes());
        return out;
    }

    public static List<JsonNode> devnetBlockNodes() {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : Shared.json("blocks/devnet-go-zenon-rpc-output.json").get("records")) {
            if (r.has("rpcResult")) r.get("rpcResult").get("list").forEach(out::add);
            if (r.has("publishRawTransactionParam")) out.add(r.get("publishRawTransactionParam"));
        }
        return out;
    }

    /** Every block object, walking pairedAccountBlock and descendantBlocks. */
    public static List<JsonNode> allBlockNodes() {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : topLevelBlockNodes()) walk(n, out::add);
        return out;
    }

    public static void walk(JsonNode block, Consumer<JsonNode> visit) {
        visit.accept(block);
        JsonNode ds = block.get("descendantBlocks");
        if (ds != null && ds.isArray()) ds.forEach(d -> walk(d, visit));
        JsonNode paired = block.get("pairedAccountBlock");
        if (paired != null && paired.isObject()) walk(paired, visit);
    }

    public static List<AccountBlock> allBlocks() {
        return allBlockNodes().stream().map(AccountBlockJson::fromJson).toList();
    }

    public static List<JsonNode> momentumNodes() {
        List<JsonNode> out = new ArrayList<>();
        Shared.json("blocks/momentums.json").get("records").forEach(out::add);
        return out;
    }

    public static List<Momentum> momentums() {
        return momentumNodes().stream().map(MomentumJson::fromJson).toList();
    }
}
