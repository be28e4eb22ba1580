package io.unikernelz.rpc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.json.GoJson;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares our results with real go-zenon responses by shape: the same member names, the same JSON type for each
 * (string / number / boolean / object / array), nulls in the same places, and every list element shaped like the
 * reference's first element.
 */
final class JsonShape {
    /**
     * @param legacyNumeric paths (like {@code list[].weightedAmount}) where the reference was captured from a node
     *                      before May 2023 and prints a big integer as a number; we print a decimal string
     * @param extraMembers  paths of objects where we print members the reference lacks (with the reason in the caller)
     * @param mapPaths      paths of objects that are Go maps: keys are data, values share one shape
     * @param nullStrings   paths of Go strings the capture shows as null (an edited SDK fixture); go-zenon prints ""
     */
    record Rules(Set<String> legacyNumeric, Set<String> extraMembers, Set<String> mapPaths, Set<String> nullStrings) {
        static final Rules STRICT = new Rules(Set.of(), Set.of(), Set.of(), Set.of());

        static Rules legacy(String... paths) {
            return new Rules(Set.of(paths), Set.of(), Set.of(), Set.of());
        }

        static Rules extraMembers(String... paths) {
            return new Rules(Set.of(), Set.of(paths), Set.of(), Set.of());
        }

        static Rules map(String... paths) {
            return new Rules(Set.of(), Set.of(), Set.of(paths), Set.of());
        }

        static Rules nullStrings(String... paths) {
            return new Rules(Set.of(), Set.of(), Set.of(), Set.of(paths));
        }
    }

    private JsonShape() {}

    static void assertSameShape(JsonNode expected, JsonNode actual, Rules rules) {
        List<String> problems = new ArrayList<>();
        compare(expected, actual, "", rules, problems);
        if (!problems.isEmpty()) fail("shape differs from go-zenon's:\n  " + String.join("\n  ", problems));
    }

    private static void compare(JsonNode e, JsonNode a, String path, Rules rules, List<String> problems) {
        String where = path.isEmpty() ? "(root)" : path;
        if (e.isNull() && a.isTextual() && rules.nullStrings().contains(path)) return;
        if (e.isNull() || a.isNull()) {
            if (e.isNull() != a.isNull()) problems.add(where + ": null in one, " + (e.isNull() ? a : e).getNodeType() + " in the other");
            return;
        }
        if (e.isNumber() && a.isTextual() && rules.legacyNumeric().contains(path)) {
            if (!a.textValue().matches("[0-9]+")) problems.add(where + ": expected a decimal string, got '" + a.textValue() + "'");
            return;
        }
        if (e.getNodeType() != a.getNodeType()) {
            problems.add(where + ": " + e.getNodeType() + " expected, got " + a.getNodeType());
            return;
        }
        if (e.isObject()) {
            if (rules.mapPaths().contains(path)) {
                if (e.isEmpty() || a.isEmpty()) {
                    problems.add(where + ": map without entries, cannot compare");
                    return;
                }
                JsonNode first = e.elements().next();
                for (Iterator<JsonNode> it = a.elements(); it.hasNext(); ) compare(first, it.next(), path + "{}", rules, problems);
                return;
            }
            List<String> expectedKeys = new ArrayList<>();
            e.fieldNames().forEachRemaining(expectedKeys::add);
            List<String> actualKeys = new ArrayList<>();
            a.fieldNames().forEachRemaining(actualKeys::add);
            for (String k : expectedKeys) {
                if (!a.has(k)) problems.add(where + ": member '" + k + "' missing");
                else compare(e.get(k), a.get(k), path.isEmpty() ? k : path + "." + k, rules, problems);
            }
            if (!rules.extraMembers().contains(path)) {
                for (String k : actualKeys) if (!e.has(k)) problems.add(where + ": unexpected member '" + k + "'");
            }
            return;
        }
        if (e.isArray()) {
            if (!e.isEmpty() && a.isEmpty()) problems.add(where + ": empty list, cannot compare its elements");
            if (e.isEmpty()) return;
            for (JsonNode item : a) compare(e.get(0), item, path + "[]", rules, problems);
        }
    }

    /** Text with object members sorted, for comparing values regardless of member order. */
    static String canonical(JsonNode node) {
        return GoJson.write(sorted(node));
    }

    private static JsonNode sorted(JsonNode n) {
        if (n.isObject()) {
            Map<String, JsonNode> m = new TreeMap<>();
            n.properties().forEach(p -> m.put(p.getKey(), sorted(p.getValue())));
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            m.forEach(o::set);
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            n.forEach(x -> a.add(sorted(x)));
            return a;
        }
        return n;
    }

    /** The reference with its legacy numeric big integers turned into the decimal strings current go-zenon prints. */
    static JsonNode modernised(JsonNode reference, Rules rules) {
        return modernise(reference.deepCopy(), "", rules);
    }

    private static JsonNode modernise(JsonNode n, String path, Rules rules) {
        if (n.isNumber() && rules.legacyNumeric().contains(path)) return JsonNodeFactory.instance.textNode(n.bigIntegerValue().toString());
        if (n.isNull() && rules.nullStrings().contains(path)) return JsonNodeFactory.instance.textNode("");
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) o.set(k, modernise(o.get(k), path.isEmpty() ? k : path + "." + k, rules));
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = (ArrayNode) n;
            for (int i = 0; i < a.size(); i++) a.set(i, modernise(a.get(i), path + "[]", rules));
            return a;
        }
        return n;
    }

    static void assertSameValue(JsonNode expected, JsonNode actual) {
        assertThat(canonical(actual)).isEqualTo(canonical(expected));
    }
}
