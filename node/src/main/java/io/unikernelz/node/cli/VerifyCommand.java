package io.unikernelz.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.check.Integrity;
import io.unikernelz.core.json.AccountBlockJson;
import io.unikernelz.core.json.GoJson;
import io.unikernelz.core.json.JsonFormatException;
import io.unikernelz.core.json.MomentumJson;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unikernel-z verify FILE.json}: recomputes the hash and checks the signature (plus signer address, PoW and
 * descendants) of every account block and momentum in the file, nested paired and descendant blocks included.
 * Prints one JSON line per top-level record; exit 0 when all pass, 1 when any fails, 2 when the file cannot be
 * read or holds nothing recognisable.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify hashes and signatures of account blocks / momentums in a JSON file.",
                "FILE holds one object, an array, an RPC result with a \"list\", a JSON-RPC response with a \"result\","
                        + " or a conformance file with \"records\".",
                "Prints {\"hash\":…,\"ok\":true|false,\"error\":…} per record; exit 1 if any fails, 2 if FILE is unusable."})
public final class VerifyCommand implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_INVALID = 1;
    public static final int EXIT_UNUSABLE = 2;

    /** Keys under which RPC results, conformance files and wrappers hold blocks or momentums. */
    private static final List<String> CONTAINER_KEYS =
            List.of("result", "list", "records", "rpcResult", "publishRawTransactionParam", "momentum", "blocks");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "JSON file to verify.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        JsonNode root;
        try {
            root = GoJson.reader().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            return unusable(err, "cannot read " + file + ": no such file");
        } catch (IOException e) {
            String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                    ? "not valid JSON: " + j.getOriginalMessage() : "cannot read: " + e.getMessage();
            return unusable(err, file + ": " + reason);
        }
        if (root == null || root.isMissingNode()) return unusable(err, file + ": empty file");

        List<JsonNode> records = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(e -> expand(e, records));
        } else if (root.isObject() && (isBlock(root) || isMomentum(root) || hasContainer(root))) {
            expand(root, records);
        } else {
            return unusable(err, file + ": holds no account blocks or momentums (expected an object, an array,"
                    + " or an object with \"list\", \"result\" or \"records\")");
        }

        PrintWriter out = spec.commandLine().getOut();
        boolean allOk = true;
        for (JsonNode record : records) {
            Optional<String> problem = verifyRecord(record);
            allOk &= problem.isEmpty();
            ObjectNode line = GoJson.nodes().objectNode();
            JsonNode hash = record.get("hash");
            line.set("hash", hash != null && hash.isTextual() ? hash : GoJson.nodes().nullNode());
            line.put("ok", problem.isEmpty());
            line.put("error", problem.orElse(null));
            out.println(GoJson.write(line));
        }
        out.flush();
        return allOk ? EXIT_OK : EXIT_INVALID;
    }

    private static int unusable(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return EXIT_UNUSABLE;
    }

    private static boolean isBlock(JsonNode n) {
        return n.isObject() && n.has("blockType");
    }

    private static boolean isMomentum(JsonNode n) {
        return n.isObject() && !n.has("blockType") && n.has("timestamp") && (n.has("content") || n.has("changesHash"));
    }

    private static boolean hasContainer(JsonNode n) {
        for (String k : CONTAINER_KEYS) {
            JsonNode v = n.get(k);
            if (v != null && (v.isArray() || v.isObject())) return true;
        }
        return false;
    }

    /** Flattens wrappers so every account block / momentum that is not nested in another block becomes a record. */
    private static void expand(JsonNode node, List<JsonNode> out) {
        if (node.isArray()) {
            node.forEach(e -> expand(e, out));
        } else if (isBlock(node) || isMomentum(node) || !hasContainer(node)) {
            out.add(node); // anything unrecognisable is reported as a failing record
        } else {
            for (String k : CONTAINER_KEYS) {
                JsonNode v = node.get(k);
                if (v != null && (v.isArray() || v.isObject())) expand(v, out);
            }
        }
    }

    private static Optional<String> verifyRecord(JsonNode record) {
        try {
            if (isBlock(record)) return verifyBlock(record, "");
            if (isMomentum(record)) return verifyMomentum(record);
            return Optional.of("not an account block or momentum");
        } catch (JsonFormatException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Optional<String> verifyBlock(JsonNode node, String where) {
        AccountBlock block = AccountBlockJson.fromJson(node, where.isEmpty() ? "accountBlock" : where);
        Optional<String> problem = Integrity.check(block);
        if (problem.isPresent()) return Optional.of(where.isEmpty() ? problem.get() : where + " " + block.hash() + ": " + problem.get());
        JsonNode paired = node.get("pairedAccountBlock");
        if (paired != null && !paired.isNull()) {
            if (!paired.isObject()) return Optional.of("pairedAccountBlock: expected an object");
            return verifyBlock(paired, where.isEmpty() ? "pairedAccountBlock" : where + ".pairedAccountBlock");
        }
        return Optional.empty();
    }

    private static Optional<String> verifyMomentum(JsonNode node) {
        Momentum m = MomentumJson.fromJson(node);
        Optional<String> problem = Integrity.check(m);
        if (problem.isPresent()) return problem;
        JsonNode producer = node.get("producer");
        if (producer != null && producer.isTextual() && !producer.textValue().equals(m.producer().toString())) {
            return Optional.of("momentum producer " + producer.textValue() + " does not match its publicKey (which gives "
                    + m.producer() + ")");
        }
        return Optional.empty();
    }
}
