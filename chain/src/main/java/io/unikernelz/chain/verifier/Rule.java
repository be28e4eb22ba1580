package io.unikernelz.chain.verifier;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One named check of a verification stage: it returns normally or throws a {@link io.unikernelz.vm.NomException}
 * carrying go-zenon's error. The name identifies the rule in a {@link RuleSet} (e.g. to insert an activated rule
 * after it).
 */
record Rule<C>(String name, Consumer<? super C> check) {
    Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(check, "check");
        if (name.isBlank()) throw new IllegalArgumentException("rule name must not be blank");
    }

    void apply(C context) {
        check.accept(context);
    }
}
