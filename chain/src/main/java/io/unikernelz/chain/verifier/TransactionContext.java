package io.unikernelz.chain.verifier;

import io.unikernelz.core.nom.AccountBlock;
import java.util.List;
import java.util.Objects;

/**
 * What the after-execution rules see: the block as the VM left it, the before-execution context (descendants are
 * checked against the parent's stores) and the before-execution rules those descendants must pass.
 */
record TransactionContext(BlockContext blockContext, List<Rule<BlockContext>> descendantRules) {
    TransactionContext {
        Objects.requireNonNull(blockContext, "blockContext");
        descendantRules = List.copyOf(descendantRules);
    }

    AccountBlock block() {
        return blockContext.block();
    }

    SignatureCheck signatures() {
        return blockContext.signatures();
    }
}
