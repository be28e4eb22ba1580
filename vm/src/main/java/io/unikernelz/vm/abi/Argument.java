package io.unikernelz.vm.abi;

import java.util.Objects;

/** A named, typed input of a method or a field of a storage variable. */
public record Argument(String name, AbiType type) {
    public Argument {
        Objects.requireNonNull(name, "argument name");
        Objects.requireNonNull(type, "argument type");
    }

    public static Argument of(String name, String type) {
        return new Argument(name, AbiType.parse(type));
    }
}
