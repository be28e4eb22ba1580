package io.unikernelz.store.ledger;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.proto.AccountBlockProtoCodec;
import io.unikernelz.store.Frontier;
import io.unikernelz.store.Patch;
import java.util.Objects;

/**
 * An applied account block and its account patch (go-zenon nom.AccountBlockTransaction): {@code changes} are the VM's
 * sorted writes (what the block's ChangesHash covers); {@link #accountPatch()} appends the frontier records of every
 * committed block — descendants first, the block last — which is what the momentum replays under the account prefix.
 */
public record AccountBlockTransaction(AccountBlock block, Patch changes) {
    public AccountBlockTransaction {
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(changes, "changes");
    }

    public Patch accountPatch() {
        Patch.Builder b = Patch.builder().add(changes);
        for (AccountBlock d : block.descendantBlocks()) {
            b.add(Frontier.records(d.identifier(), AccountBlockProtoCodec.encode(d)));
        }
        return b.add(Frontier.records(block.identifier(), AccountBlockProtoCodec.encode(block))).build();
    }
}
