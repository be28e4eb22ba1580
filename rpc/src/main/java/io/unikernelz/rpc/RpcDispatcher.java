package io.unikernelz.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.rpc.subscribe.SubscriptionKind;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Transport-independent JSON-RPC 2.0 processing with go-zenon's rules (go-ethereum's rpc
 * handler): single and batch calls, notifications (no id: run, no answer), positional params,
 * {@code *.subscribe}/{@code *.unsubscribe} routed to the subscription manager, and go-zenon's
 * error codes and texts. Every answer carries {@code jsonrpc}, {@code id} and exactly one of
 * {@code result}/{@code error}, with {@code "result": null} written out for void methods.
 */
final class RpcDispatcher {
    private static final System.Logger LOG = System.getLogger(RpcDispatcher.class.getName());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * What to write back for one message.
     *
     * @param response   the JSON bytes to send, or null when nothing is sent (only notifications)
     * @param toActivate subscriptions created by this message, to activate after writing the response
     */
    record Outcome(byte[] response, List<Subscription> toActivate) {
        Outcome {
            toActivate = List.copyOf(toActivate);
        }

        void activateSubscriptions() {
            toActivate.forEach(Subscription::activate);
        }
    }

    private final MethodRegistry registry;
    private final ObjectMapper mapper;
    private final int maxBatchSize;
    private final SubscriptionManager subscriptions;

    RpcDispatcher(MethodRegistry registry, ObjectMapper mapper, int maxBatchSize, SubscriptionManager subscriptions) {
        this.registry = registry;
        this.mapper = mapper;
        this.maxBatchSize = maxBatchSize;
        this.subscriptions = subscriptions;
    }

    /** Handles one HTTP body or WebSocket message; {@code session} is null over HTTP. */
    Outcome handle(byte[] message, Session session) {
        List<Subscription> created = new ArrayList<>();
        JsonNode root;
        try {
            root = message.length == 0 ? null : mapper.readTree(message);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || root.isMissingNode()) {
            return new Outcome(encode(error(NullNode.instance, RpcException.parseError("parse error"))), created);
        }
        if (!root.isArray()) {
            ObjectNode answer = handleOne(root, session, created);
            return new Outcome(answer == null ? null : encode(answer), created);
        }
        if (root.isEmpty()) {
            return new Outcome(encode(error(NullNode.instance, RpcException.invalidRequest("empty batch"))), created);
        }
        if (root.size() > maxBatchSize) {
            return new Outcome(encode(error(NullNode.instance, RpcException.invalidRequest(
                    "batch too large: " + root.size() + " calls, at most " + maxBatchSize + " allowed"))), created);
        }
        ArrayNode answers = NODES.arrayNode(root.size());
        for (JsonNode call : root) {
            ObjectNode answer = handleOne(call, session, created);
            if (answer != null) answers.add(answer);
        }
        return new Outcome(answers.isEmpty() ? null : encode(answers), created);
    }

    /** A lone error answer with id null, for failures found before any JSON is read (HTTP limits, shutdown). */
    byte[] errorResponse(RpcException e) {
        return encode(error(NullNode.instance, e));
    }

    /** Answer to one message, or null for a notification. */
    private ObjectNode handleOne(JsonNode msg, Session session, List<Subscription> created) {
        if (!msg.isObject()) return error(NullNode.instance, RpcException.invalidRequest("invalid request"));
        JsonNode id = msg.get("id");
        boolean notification = id == null;
        if (id != null && (id.isObject() || id.isArray())) {
            return error(NullNode.instance, RpcException.invalidRequest("invalid request"));
        }
        JsonNode idOut = notification ? NullNode.instance : id;
        JsonNode method = msg.get("method");
        JsonNode version = msg.get("jsonrpc");
        if (method == null || !method.isTextual() || method.textValue().isEmpty()
                || (version != null && !"2.0".equals(version.textValue()))) {
            return error(idOut, RpcException.invalidRequest("invalid request"));
        }
        String name = method.textValue();
        Object result;
        try {
            result = call(name, msg.get("params"), session, created);
        } catch (RpcException e) {
            return notification ? null : error(idOut, e);
        }
        if (notification) return null;
        JsonNode tree;
        try {
            tree = result == null ? NullNode.instance : mapper.valueToTree(result);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, "RPC method " + name + " returned a result that cannot be encoded as JSON", e);
            return error(idOut, RpcException.serverError("internal error: the result of " + name + " cannot be encoded"));
        }
        ObjectNode answer = NODES.objectNode();
        answer.put("jsonrpc", "2.0");
        answer.set("id", idOut);
        answer.set("result", tree == null ? NullNode.instance : tree);
        return answer;
    }

    private Object call(String name, JsonNode paramsNode, Session session, List<Subscription> created) {
        if (name.endsWith(".subscribe")) return subscribe(name, paramsNode, session, created);
        if (name.endsWith(".unsubscribe")) return unsubscribe(paramsNode, session);
        Optional<RpcMethod> method = registry.find(name);
        if (method.isEmpty()) throw RpcException.methodNotFound(name);
        Params params = Params.from(paramsNode, mapper);
        try {
            return method.get().response(params);
        } catch (RpcException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // value types reject bad input with a message meant for the caller
            throw RpcException.serverError(e.getMessage() == null ? "invalid input" : e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.ERROR, "RPC method " + name + " crashed", e);
            throw RpcException.serverError("method handler crashed");
        }
    }

    private Object subscribe(String name, JsonNode paramsNode, Session session, List<Subscription> created) {
        if (session == null) throw RpcException.serverError("notifications not supported");
        if (paramsNode == null || !paramsNode.isArray()) throw RpcException.invalidParams("non-array args");
        if (paramsNode.isEmpty() || !paramsNode.get(0).isTextual()) {
            throw RpcException.invalidParams("expected subscription name as first argument");
        }
        String kindName = paramsNode.get(0).textValue();
        String namespace = name.substring(0, name.length() - ".subscribe".length());
        Optional<SubscriptionKind> kind = "ledger".equals(namespace) ? SubscriptionKind.byWireName(kindName) : Optional.empty();
        if (kind.isEmpty()) {
            throw new RpcException(RpcException.METHOD_NOT_FOUND,
                    "no " + quote(kindName) + " subscription in " + namespace + " namespace");
        }
        Params params = Params.from(paramsNode, mapper);
        Address address = null;
        if (kind.get().takesAddress()) {
            params.atMost(2);
            address = params.address(1);
        } else {
            params.atMost(1);
        }
        Subscription sub = subscriptions.subscribe(session, kind.get(), address);
        created.add(sub);
        return sub.id();
    }

    private Object unsubscribe(JsonNode paramsNode, Session session) {
        Params params = Params.from(paramsNode, mapper).atMost(1);
        String id = params.string(0);
        if (session == null || !subscriptions.unsubscribe(session, id)) throw RpcException.serverError("subscription not found");
        return Boolean.TRUE;
    }

    private static ObjectNode error(JsonNode id, RpcException e) {
        ObjectNode answer = NODES.objectNode();
        answer.put("jsonrpc", "2.0");
        answer.set("id", id);
        ObjectNode err = answer.putObject("error");
        err.put("code", e.code());
        err.put("message", e.getMessage());
        return answer;
    }

    /** go's %q for the names clients send: double quotes, with quotes and backslashes escaped. */
    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\x%02x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    private byte[] encode(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always encodes; this would be a Jackson bug
            throw new IllegalStateException("cannot encode JSON-RPC response", e);
        }
    }
}
