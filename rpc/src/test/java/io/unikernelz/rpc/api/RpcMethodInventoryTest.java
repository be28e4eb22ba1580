package io.unikernelz.rpc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.rpc.RpcException;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.rpc.stats.StatsMethods;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/rpc.md lists every method of go-zenon's rpc/api/** with its Go parameters: the registry serves exactly those,
 * every one is exercised by a test, and every one answers a call built from its documented parameters with a result
 * or a go-zenon API error, never a crash.
 */
class RpcMethodInventoryTest {
    @TempDir
    static Path dir;
    static Harness h;

    /** One row of the table: namespace, method, Go parameters. */
    record Row(String name, String params) {}

    @BeforeAll
    static void chain() {
        h = new Harness(dir);
        h.z.insertMomentumsTo(3);
    }

    @AfterAll
    static void close() {
        h.close();
    }

    static Path repo() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("docs/rpc.md"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("docs/rpc.md not found above " + Path.of("").toAbsolutePath());
        return p;
    }

    static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(repo().resolve("docs/rpc.md"))) {
            if (!line.startsWith("| ") || line.startsWith("| Namespace") || line.startsWith("|---")) continue;
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            String method = cells[1].strip();
            if (method.startsWith("subscribe")) continue; // served by the server itself (SubscriptionTest, ChainApiServerTest)
            rows.add(new Row(cells[0].strip() + "." + method, cells[2].strip().replace("`", "")));
        }
        return rows;
    }

    static List<RpcMethod> served() {
        List<RpcMethod> all = new ArrayList<>(RpcApi.chainMethods(h.services));
        all.addAll(StatsMethods.standalone());
        return all;
    }

    @Test
    void theRegistryServesExactlyTheDocumentedMethods() throws IOException {
        Set<String> documented = new TreeSet<>();
        table().forEach(r -> documented.add(r.name()));
        Set<String> registered = new TreeSet<>();
        served().forEach(m -> registered.add(m.name()));
        assertThat(documented).hasSize(75);
        assertThat(registered).isEqualTo(documented);
        // RpcApi.methods is what the node registers
        assertThat(RpcApi.methods(h.services).stream().map(RpcMethod::name).toList()).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void everyMethodIsExercisedByATest() throws IOException {
        Path tests = repo().resolve("rpc/src/test/java");
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> walk = Files.walk(tests)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java") && !f.endsWith("RpcMethodInventoryTest.java")).toList()) {
                sources.append(Files.readString(p)).append('\n');
            }
        }
        List<String> untested = new ArrayList<>();
        for (Row r : table()) {
            if (!Pattern.compile("(?<![A-Za-z.])" + Pattern.quote(r.name()) + "(?![A-Za-z])").matcher(sources).find()) untested.add(r.name());
        }
        assertThat(untested).isEmpty();
    }

    /** Arguments for a Go parameter list like "address types.Address, pageIndex, pageSize uint32". */
    static List<Object> arguments(Row row) throws IOException {
        if (row.name().equals("ledger.publishRawTransaction")) {
            return List.of(Shared.json("conformance/blocks/devnet-go-zenon-rpc-output.json").get("records").get(1).get("publishRawTransactionParam"));
        }
        if (row.name().equals("embedded.plasma.getRequiredPoWForAccountBlock")) {
            return List.of(Map.of("address", h.z.g.user(1).address().toString(), "blockType", 2, "toAddress", h.z.g.user(2).address().toString()));
        }
        if (row.params().equals("—")) return List.of();
        Map<String, String> typed = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        for (String part : row.params().split(",\\s*")) {
            String[] nameType = part.strip().split("\\s+");
            pending.add(nameType[0]);
            if (nameType.length == 2) {
                for (String n : pending) typed.put(n, nameType[1]);
                pending.clear();
            }
        }
        List<Object> args = new ArrayList<>();
        typed.forEach((name, type) -> args.add(switch (type) {
            case "types.Address" -> h.z.g.user(1).address();
            case "types.Hash" -> Hash.ZERO;
            case "types.ZenonTokenStandard" -> TokenStandard.ZNN;
            case "[]types.Hash" -> List.of(Hash.ZERO.toString());
            case "string" -> name.toLowerCase(java.util.Locale.ROOT).contains("address") ? "" : "TEST-pillar-1";
            case "int64" -> 1_000_000_100L;
            case "uint32", "uint64" -> name.equals("pageIndex") ? 0 : name.equals("pageSize") ? 10 : 1;
            default -> throw new IllegalStateException("no sample for Go type " + type + " of " + row.name());
        }));
        return args;
    }

    @TestFactory
    Stream<DynamicTest> everyMethodAnswersItsDocumentedCall() throws IOException {
        Map<String, RpcMethod> byName = new LinkedHashMap<>();
        served().forEach(m -> byName.put(m.name(), m));
        return table().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
            String params = Harness.params(arguments(row).toArray());
            JsonNode result;
            try {
                result = Harness.JSON.valueToTree(byName.get(row.name()).response(io.unikernelz.rpc.Params.fromJson(params)));
            } catch (RpcException e) {
                // a go-zenon API error (e.g. "data non existent" for an unknown id) is a proper answer
                assertThat(e.code()).as("%s%s: %s", row.name(), params, e.getMessage()).isEqualTo(RpcException.SERVER_ERROR);
                assertThat(e.getMessage()).isNotEqualTo("method handler crashed");
                return;
            } catch (RuntimeException e) {
                fail(row.name() + params + " crashed", e);
                return;
            }
            assertThat(result).as("%s%s", row.name(), params).isNotNull();
        }));
    }
}
