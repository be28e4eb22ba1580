package io.unikernelz.vm.abi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A contract ABI in go-zenon's JSON format: an array of {@code {"type":"function"|"variable","name":..,
 * "inputs":[{"name":..,"type":..}]}}; keys are matched case-insensitively, as Go's encoding/json does.
 */
public final class Abi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Map<String, Method> methods;
    private final Map<String, Variable> variables;

    private Abi(String name, Map<String, Method> methods, Map<String, Variable> variables) {
        this.name = name;
        this.methods = Collections.unmodifiableMap(methods);
        this.variables = Collections.unmodifiableMap(variables);
    }

    /** Parses an ABI; {@code name} only labels error messages and {@link #toString()}. */
    public static Abi fromJson(String name, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new AbiException("abi " + name + ": invalid JSON: " + e.getOriginalMessage(), e);
        }
        return fromTree(name, root);
    }

    /** Loads an ABI from a class-path resource. */
    public static Abi fromResource(String name, String resource) {
        try (InputStream in = Abi.class.getResourceAsStream(resource)) {
            if (in == null) throw new AbiException("abi " + name + ": resource " + resource + " not found");
            return fromTree(name, JSON.readTree(in));
        } catch (JacksonException e) {
            throw new AbiException("abi " + name + ": invalid JSON in " + resource + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new AbiException("abi " + name + ": cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static Abi fromTree(String name, JsonNode root) {
        if (root == null || !root.isArray()) throw new AbiException("abi " + name + ": expected a JSON array of entries");
        Map<String, Method> methods = new LinkedHashMap<>();
        Map<String, Variable> variables = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode entry : root) {
            String where = "abi " + name + " entry " + i++;
            if (!entry.isObject()) throw new AbiException(where + ": expected an object");
            String type = text(entry, "type", where);
            String entryName = text(entry, "name", where);
            List<Argument> inputs = inputs(field(entry, "inputs"), where + " (" + entryName + ")");
            switch (type) {
                case "function" -> {
                    if (methods.put(entryName, new Method(entryName, inputs)) != null) {
                        throw new AbiException(where + ": duplicate function " + entryName);
                    }
                }
                case "variable" -> {
                    if (inputs.isEmpty()) throw new AbiException(where + ": variable " + entryName + " has no inputs");
                    if (variables.put(entryName, new Variable(entryName, inputs)) != null) {
                        throw new AbiException(where + ": duplicate variable " + entryName);
                    }
                }
                default -> throw new AbiException(where + ": unsupported entry type '" + type + "' (function or variable)");
            }
        }
        return new Abi(name, methods, variables);
    }

    private static List<Argument> inputs(JsonNode node, String where) {
        List<Argument> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (!node.isArray()) throw new AbiException(where + ": inputs must be an array");
        for (JsonNode arg : node) {
            if (!arg.isObject()) throw new AbiException(where + ": each input must be an object");
            String argName = field(arg, "name") == null ? "" : text(arg, "name", where);
            try {
                out.add(new Argument(argName, AbiType.parse(text(arg, "type", where))));
            } catch (AbiException e) {
                throw new AbiException(where + ": input " + argName + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static JsonNode field(JsonNode obj, String key) {
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            if (e.getKey().equalsIgnoreCase(key)) return e.getValue();
        }
        return null;
    }

    private static String text(JsonNode obj, String key, String where) {
        JsonNode v = field(obj, key);
        if (v == null || !v.isTextual()) throw new AbiException(where + ": missing string field '" + key + "'");
        return v.asText();
    }

    public String name() {
        return name;
    }

    /** Functions by name, in definition order. */
    public Map<String, Method> methods() {
        return methods;
    }

    /** Storage variables by name, in definition order. */
    public Map<String, Variable> variables() {
        return variables;
    }

    public Optional<Method> findMethod(String methodName) {
        return Optional.ofNullable(methods.get(methodName));
    }

    public Method method(String methodName) {
        Method m = methods.get(methodName);
        if (m == null) throw new AbiException("method '" + methodName + "' not found in abi " + name);
        return m;
    }

    public Variable variable(String variableName) {
        Variable v = variables.get(variableName);
        if (v == null) throw new AbiException("variable '" + variableName + "' not found in abi " + name);
        return v;
    }

    /** The method whose selector starts {@code data} (go-zenon MethodById); empty if none or data is short. */
    public Optional<Method> methodById(byte[] data) {
        if (data == null || data.length < Method.ID_SIZE) return Optional.empty();
        for (Method m : methods.values()) {
            if (m.matches(data)) return Optional.of(m);
        }
        return Optional.empty();
    }

    /** go-zenon PackMethod. */
    public byte[] encodeMethod(String methodName, Object... args) {
        return method(methodName).encode(args);
    }

    /** Decodes call data that must be a call of {@code methodName} (see {@link Method#decode}). */
    public Values decodeMethod(String methodName, byte[] data) {
        return method(methodName).decode(data);
    }

    /** go-zenon UnpackEmptyMethod: data must be exactly the selector of {@code methodName}. */
    public void decodeEmptyMethod(String methodName, byte[] data) {
        method(methodName).decodeEmpty(data);
    }

    /** go-zenon PackVariable. */
    public byte[] encodeVariable(String variableName, Object... values) {
        return variable(variableName).encode(values);
    }

    /** go-zenon UnpackVariable. */
    public Values decodeVariable(String variableName, byte[] data) {
        return variable(variableName).decode(data);
    }

    @Override
    public String toString() {
        return "Abi[" + name + ": " + methods.size() + " methods, " + variables.size() + " variables]";
    }
}
