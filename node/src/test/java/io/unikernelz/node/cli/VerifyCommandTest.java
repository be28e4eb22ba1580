package io.unikernelz.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.node.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code unikernel-z verify} in process over the conformance files and hand-made variants of them. */
class VerifyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Result(int exit, List<String> lines, String err) {}

    static Result verify(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute("verify", file.toString());
        List<String> lines = out.toString().lines().toList();
        return new Result(exit, lines, err.toString());
    }

    static Path blocks(String name) {
        String p = System.getProperty("unikernelz.shared");
        return Path.of(p == null || p.isBlank() ? "/work/shared" : p).resolve("conformance/blocks").resolve(name);
    }

    static void assertAllOk(Result r, int expectedRecords) throws IOException {
        assertThat(r.exit()).as(r.err() + r.lines()).isZero();
        assertThat(r.lines()).hasSize(expectedRecords);
        for (String line : r.lines()) {
            JsonNode n = JSON.readTree(line);
            assertThat(n.get("ok").asBoolean()).as(line).isTrue();
            assertThat(n.get("hash").asText()).hasSize(64);
            assertThat(n.get("error").isNull()).isTrue();
        }
    }

    @Test
    void everyConformanceBlocksFileVerifies() throws IOException {
        assertAllOk(verify(blocks("account-blocks.json")), 92);
        assertAllOk(verify(blocks("account-blocks-legacy-numeric.json")), 3);
        assertAllOk(verify(blocks("momentums.json")), 17);
        // go-zenon's RPC test output (records → rpcResult → list) and the publishRawTransaction form
        assertAllOk(verify(blocks("devnet-go-zenon-rpc-output.json")), 2);
        assertThat(verify(blocks("account-blocks.json")).lines().getFirst())
                .isEqualTo("{\"hash\":\"01e4877c8273f16a9ad21a1e28a96a88e142d59aec0ac9a46a312c0301cda50c\",\"ok\":true,\"error\":null}");
    }

    @Test
    void expectationsFileHoldsNoBlocksAndIsRejectedAsUnusable() {
        Result r = verify(blocks("expectations.json"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.lines()).isEmpty();
        assertThat(r.err()).contains("holds no account blocks or momentums");
    }

    @Test
    void singleObjectArrayRpcListAndJsonRpcResponseAreAccepted() throws IOException {
        JsonNode records = JSON.readTree(blocks("account-blocks.json").toFile()).get("records");
        Path single = write("single.json", records.get(0));
        assertAllOk(verify(single), 1);
        ArrayNode array = JSON.createArrayNode().add(records.get(0)).add(records.get(1));
        assertAllOk(verify(write("array.json", array)), 2);
        ObjectNode list = JSON.createObjectNode();
        list.set("list", array);
        list.put("count", 2);
        list.put("more", false);
        assertAllOk(verify(write("list.json", list)), 2);
        ObjectNode response = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1);
        response.set("result", list);
        assertAllOk(verify(write("response.json", response)), 2);
        JsonNode momentum = JSON.readTree(blocks("momentums.json").toFile()).get("records").get(0);
        assertAllOk(verify(write("momentum.json", momentum)), 1);
    }

    @Test
    void tamperedRecordsFailWithExit1AndNameTheProblem() throws IOException {
        ArrayNode records = (ArrayNode) JSON.readTree(blocks("account-blocks.json").toFile()).get("records");
        ObjectNode badAmount = records.get(0).deepCopy();
        badAmount.put("amount", "1");
        ObjectNode badPaired = records.get(1).deepCopy();
        ((ObjectNode) badPaired.get("pairedAccountBlock")).put("height", 999_999);
        ObjectNode badSignature = records.get(2).deepCopy();
        String sig = badSignature.get("signature").asText();
        badSignature.put("signature", (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1));
        ObjectNode badDescendant = null;
        for (JsonNode r : records) {
            JsonNode paired = r.get("pairedAccountBlock");
            if (paired != null && paired.isObject() && paired.get("descendantBlocks").size() > 0) {
                badDescendant = r.deepCopy();
                ((ObjectNode) badDescendant.get("pairedAccountBlock").get("descendantBlocks").get(0)).put("fusedPlasma", 1);
                break;
            }
        }
        assertThat(badDescendant).isNotNull();
        ObjectNode notJsonBlock = records.get(3).deepCopy();
        notJsonBlock.put("nonce", "xyz");
        ArrayNode all = JSON.createArrayNode().add(records.get(4)).add(badAmount).add(badPaired).add(badSignature)
                .add(badDescendant).add(notJsonBlock).add(JSON.createObjectNode().put("hello", "world"));
        Result r = verify(write("tampered.json", all));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.lines()).hasSize(7);
        List<JsonNode> lines = r.lines().stream().map(VerifyCommandTest::parse).toList();
        assertThat(lines.get(0).get("ok").asBoolean()).isTrue();
        assertThat(lines.get(1).get("error").asText()).startsWith("account-block hash is different than the one computed");
        assertThat(lines.get(1).get("hash").asText()).isEqualTo(records.get(0).get("hash").asText());
        assertThat(lines.get(2).get("error").asText()).startsWith("pairedAccountBlock ").contains("hash is different");
        assertThat(lines.get(3).get("error").asText()).isEqualTo("account-block signature is invalid");
        assertThat(lines.get(4).get("error").asText()).contains("descendant block failed to pass verifications");
        assertThat(lines.get(5).get("error").asText()).contains("accountBlock.nonce");
        assertThat(lines.get(6).get("error").asText()).isEqualTo("not an account block or momentum");
        assertThat(lines.get(6).get("hash").isNull()).isTrue();
    }

    @Test
    void momentumWithWrongProducerFails() throws IOException {
        ObjectNode m = (ObjectNode) JSON.readTree(blocks("momentums.json").toFile()).get("records").get(0).deepCopy();
        m.put("producer", "z1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqsggv2f");
        Result r = verify(write("m.json", m));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(parse(r.lines().getFirst()).get("error").asText()).contains("does not match its publicKey");
    }

    @Test
    void unreadableOrMalformedFilesExit2() throws IOException {
        Result missing = verify(dir.resolve("nope.json"));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"records\": [");
        Result malformed = verify(broken);
        assertThat(malformed.exit()).isEqualTo(2);
        assertThat(malformed.err()).contains("not valid JSON");
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        assertThat(verify(empty).exit()).isEqualTo(2);
        assertThat(verify(write("number.json", JSON.getNodeFactory().numberNode(5))).exit()).isEqualTo(2);
    }

    @Test
    void mainWithoutSubcommandIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(cmd.execute()).isEqualTo(2);
        assertThat(err.toString()).contains("missing subcommand").contains("verify");
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String name, JsonNode node) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, JSON.writeValueAsString(node));
        return p;
    }
}
