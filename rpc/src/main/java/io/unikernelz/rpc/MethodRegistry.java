package io.unikernelz.rpc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The immutable set of methods a server dispatches to, keyed by full method name. */
public final class MethodRegistry {
    private final Map<String, RpcMethod> methods;

    private MethodRegistry(Map<String, RpcMethod> methods) {
        this.methods = Collections.unmodifiableMap(methods);
    }

    public static MethodRegistry of(RpcMethod... methods) {
        return builder().addAll(List.of(methods)).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<RpcMethod> find(String name) {
        return Optional.ofNullable(methods.get(name));
    }

    /** Method names in registration order. */
    public List<String> names() {
        return List.copyOf(methods.keySet());
    }

    public int size() {
        return methods.size();
    }

    /** Collects methods; rejects duplicates and names the server reserves for subscriptions. */
    public static final class Builder {
        private final Map<String, RpcMethod> methods = new LinkedHashMap<>();

        private Builder() {}

        public Builder add(RpcMethod method) {
            if (method == null) throw new IllegalArgumentException("method is null");
            String name = method.name();
            checkName(name);
            if (methods.putIfAbsent(name, method) != null) {
                throw new IllegalArgumentException("RPC method " + name + " is registered twice");
            }
            return this;
        }

        public Builder addAll(Collection<? extends RpcMethod> all) {
            if (all == null) throw new IllegalArgumentException("method list is null");
            new ArrayList<>(all).forEach(this::add);
            return this;
        }

        public MethodRegistry build() {
            return new MethodRegistry(new LinkedHashMap<>(methods));
        }

        private static void checkName(String name) {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("RPC method name is empty");
            int dot = name.lastIndexOf('.');
            if (dot <= 0 || dot == name.length() - 1) {
                throw new IllegalArgumentException("RPC method name '" + name + "' must be <namespace>.<method>");
            }
            if (!name.strip().equals(name) || name.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("RPC method name '" + name + "' contains whitespace");
            }
            // go-zenon routes every *.subscribe / *.unsubscribe call to its subscription machinery
            if (name.endsWith(".subscribe") || name.endsWith(".unsubscribe") || name.endsWith(".subscription")) {
                throw new IllegalArgumentException("RPC method name '" + name + "' is reserved for subscriptions");
            }
        }
    }
}
