package io.unikernelz.rpc.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.json.GoJson;

import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text go-zenon's scenario tests compare RPC results with: {@code json.MarshalIndent(v, "", "\t")} (tab indent,
 * {@code "key": value}, empty containers as {@code []}/{@code {}}, Go's string escaping, members in the order the RPC
 * printed them), plus the {@code HideHashes} and {@code SubJson(ListOf(...))} rewrites of common.Expecter.
 */
final class GoText {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SIGNATURE = Pattern.compile("[A-Za-z0-9+/]{86}==");
    static final String HIDDEN_HASH = "XXXHASH" + "X".repeat(57);
    private static final String HIDDEN_SIGNATURE = "XXXSIGNATUREXINXBASEX64" + "X".repeat(65);

    private GoText() {}

    /** json.MarshalIndent(node, "", "\t"). */
    static String indented(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(out, node, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, JsonNode node, int depth) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                newline(out, depth + 1);
                out.append(GoJson.write(JsonNodeFactory.instance.textNode(f.getKey()))).append(": ");
                write(out, f.getValue(), depth + 1);
                if (fields.hasNext()) out.append(',');
            }
            newline(out, depth);
            out.append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                newline(out, depth + 1);
                write(out, node.get(i), depth + 1);
                if (i + 1 < node.size()) out.append(',');
            }
            newline(out, depth);
            out.append(']');
        } else {
            out.append(GoJson.write(node));
        }
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n').append("\t".repeat(depth));
    }

    /** common.HideHashes: 64-hex-digit runs and base64 signatures masked. */
    static String hideHashes(String text) {
        return SIGNATURE.matcher(HASH.matcher(text).replaceAll(HIDDEN_HASH)).replaceAll(HIDDEN_SIGNATURE);
    }

    /**
     * go-zenon's {@code SubJson(ListOf(struct{...}))}: {@code {"count", "list"}} with each element cut down to
     * {@code fields} (in the order given, as the Go struct declares them).
     */
    static JsonNode listOf(JsonNode countList, String... fields) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("count", countList.get("count"));
        ArrayNode list = out.putArray("list");
        for (JsonNode e : countList.get("list")) {
            ObjectNode cut = list.addObject();
            for (String f : fields) cut.set(f, e.get(f));
        }
        return out;
    }

    /** Go's expected literal as written in the test, without the leading/trailing newlines common.trimEol drops. */
    static String expected(String goLiteral) {
        return goLiteral.replaceAll("^\n+", "").replaceAll("\n+$", "");
    }
}
