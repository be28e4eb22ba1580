package io.unikernelz.vm.embedded;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.vm.AccountVmContext;
import java.util.List;

/**
 * One method of an embedded contract (go-zenon vm/embedded.Method). Implementations are stateless (one instance per
 * method serves every block) and register in {@link EmbeddedContracts}.
 *
 * <p>Failures: a rule violation throws {@link io.unikernelz.vm.NomException} carrying the go-zenon error (send side:
 * the block is rejected; receive side: the VM rolls back, refunds, and records status 2). Any other exception is an
 * internal failure, which the VM reports as {@link io.unikernelz.vm.VmErrors#VM_RUN_PANIC}, like a go-zenon panic.
 */
public interface EmbeddedMethod {
    /** The plasma a call costs, including the embedded receive (go-zenon GetPlasma with the Alphanet table). */
    long plasma();

    /**
     * Static checks on a send block calling this method. Returns the block with {@code data} replaced by the
     * canonical re-encoding of the decoded arguments (go-zenon assigns {@code block.Data = PackMethod(...)}), which is
     * what gets hashed and stored; everything else unchanged.
     */
    AccountBlock validateSendBlock(AccountBlock block);

    /**
     * What the VM calls on the send side: {@link #validateSendBlock(AccountBlock)} with the sender's context. Methods
     * override it when a static rule depends on the network configuration (the spork address in
     * {@link AccountVmContext#parameters()}) or when go-zenon logs from its ValidateSendBlock; the one-argument form
     * then checks everything that needs neither.
     */
    default AccountBlock validateSendBlock(AccountVmContext context, AccountBlock block) {
        return validateSendBlock(block);
    }

    /**
     * Applies {@code sendBlock} to the contract's state in {@code context} (the sent amount is already credited) and
     * returns the descendant send templates to emit: address, toAddress, amount, token standard and data are used;
     * the VM fills in type, heights, momentum and hashes. Implementations re-run {@link #validateSendBlock} first, as
     * go-zenon does.
     */
    List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock);
}
