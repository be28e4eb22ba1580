package io.unikernelz.core.nom;

import java.util.List;
import java.util.Objects;

/** A momentum with the account blocks its content names (go-zenon nom.DetailedMomentum). */
public record DetailedMomentum(Momentum momentum, List<AccountBlock> accountBlocks) {
    public DetailedMomentum {
        Objects.requireNonNull(momentum, "momentum");
        accountBlocks = List.copyOf(accountBlocks);
    }
}
