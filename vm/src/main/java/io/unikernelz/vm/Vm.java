package io.unikernelz.vm;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.Patch;
import io.unikernelz.vm.embedded.EmbeddedContracts;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Executes one account block on its {@link AccountVmContext} (go-zenon vm/vm.go VM). Afterwards the context's
 * {@link AccountVmContext#changes()} are the block's state changes.
 *
 * <p>Rule violations throw {@link NomException}; any other exception means an internal failure, which the
 * {@link Supervisor} turns into {@link VmErrors#VM_RUN_PANIC}.
 */
public final class Vm {
    /** Receive status written as be8 into a contract receive's data (go-zenon resultSuccess / resultFail). */
    public static final long RESULT_SUCCESS = 1;
    public static final long RESULT_FAIL = 2;

    static final NomError ERR_AUTO_RECEIVE_CHANGES_HASH = new NomError("ErrAutoReceiveChangesHash",
            "auto-received block has different changes-hash");
    static final NomError ERR_AUTO_RECEIVE_HASH = new NomError("ErrAutoReceiveHash", "auto-received block has different hash");

    private final AccountVmContext context;
    private final EmbeddedContracts contracts;
    private final VmLog.Logger log;

    public Vm(AccountVmContext context, EmbeddedContracts contracts) {
        this.context = Objects.requireNonNull(context, "context");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.log = new VmLog.Logger(context.log(), "module", "vm");
    }

    /** A generated contract receive, the changes it makes, and the contract method's error if it failed. */
    public record EmbeddedReceive(AccountBlock block, Patch changes, NomError methodError) {
        public EmbeddedReceive {
            Objects.requireNonNull(block, "block");
            Objects.requireNonNull(changes, "changes");
        }
    }

    /**
     * Applies a block (go-zenon VM.applyBlock) and returns it as the VM leaves it: a user block gets its
     * {@code totalPlasma} and {@code basePlasma}, a contract call its canonical {@code data}. A contract receive is
     * regenerated and must match the given one in changes hash and hash; the given block is returned.
     */
    public AccountBlock applyBlock(AccountBlock block) {
        AccountBlock b = enoughPlasma(block);
        long type = b.blockType();
        if (type == BlockType.USER_SEND || type == BlockType.CONTRACT_SEND) return applySend(b);
        if (type == BlockType.USER_RECEIVE) {
            applyReceive(b);
            return b;
        }
        if (type == BlockType.CONTRACT_RECEIVE) {
            AccountBlock generated = generateEmbeddedReceive(b.fromBlockHash()).block();
            if (!generated.changesHash().equals(b.changesHash())) {
                throw ERR_AUTO_RECEIVE_CHANGES_HASH.exceptionFollowedBy("expected " + generated.changesHash() + " but got " + b.changesHash());
            }
            Hash computed = generated.computeHash();
            if (!computed.equals(b.hash())) throw ERR_AUTO_RECEIVE_HASH.exceptionFollowedBy("expected " + computed + " but got " + b.hash());
            return b;
        }
        throw new IllegalStateException("unknown block type " + BlockType.name(type));
    }

    /**
     * Plasma admission of a user block (go-zenon enoughPlasma); contract blocks have unlimited plasma. Adds the
     * block's fused plasma to the account's chain plasma (the key is written even for 0).
     */
    AccountBlock enoughPlasma(AccountBlock block) {
        if (block.address().isEmbedded()) return block;
        long available = PlasmaRules.availablePlasma(context);
        if (Long.compareUnsigned(available, block.fusedPlasma()) < 0) throw VmErrors.NOT_ENOUGH_PLASMA.exception();

        long total = Plasma.difficultyToPlasma(block.difficulty()) + block.fusedPlasma();
        if (Long.compareUnsigned(total, Plasma.MAX_PLASMA_FOR_ACCOUNT_BLOCK) > 0) throw VmErrors.BLOCK_PLASMA_LIMIT_REACHED.exception();

        long base;
        try {
            base = PlasmaRules.basePlasma(context, contracts, block);
        } catch (NomException e) {
            // go-zenon treats a failure here as impossible and panics; keep the outcome (ErrVmRunPanic)
            throw new IllegalStateException("base plasma of " + block + ": " + e.getMessage(), e);
        }
        if (Long.compareUnsigned(total, base) < 0) throw VmErrors.NOT_ENOUGH_TOTAL_PLASMA.exception();

        context.addChainPlasma(block.fusedPlasma());
        return block.toBuilder().totalPlasma(total).basePlasma(base).build();
    }

    /**
     * A send (go-zenon applySend): a contract call is validated by its method, which may rewrite the data; then the
     * funds are checked (not for the zero token standard) and taken — the balance key is written even for 0.
     */
    AccountBlock applySend(AccountBlock block) {
        AccountBlock b = block;
        EmbeddedMethod method = methodOrNullForTransfer(b);
        if (method != null) b = method.validateSendBlock(context, b);
        if (!b.tokenStandard().equals(TokenStandard.ZERO) && context.balance(b.tokenStandard()).compareTo(b.amount()) < 0) {
            throw VmErrors.INSUFFICIENT_BALANCE.exception();
        }
        context.subBalance(b.tokenStandard(), b.amount());
        return b;
    }

    private EmbeddedMethod methodOrNullForTransfer(AccountBlock block) {
        try {
            return contracts.resolve(context, block.toAddress(), block.data());
        } catch (NomException e) {
            if (e.is(VmErrors.NOT_CONTRACT_ADDRESS)) return null;
            throw e;
        }
    }

    /** A user receive (go-zenon applyReceive): marks the send received and credits its amount. */
    void applyReceive(AccountBlock block) {
        AccountBlock send = sendBlock(block.fromBlockHash());
        context.markAsReceived(block.fromBlockHash());
        context.addBalance(send.tokenStandard(), send.amount());
    }

    private AccountBlock sendBlock(Hash hash) {
        return context.momentumStore().accountBlockByHash(hash)
                .orElseThrow(() -> new IllegalStateException("send block " + hash + " is not confirmed at "
                        + context.frontierMomentum().identifier()));
    }

    /**
     * Builds the contract receive for a confirmed send (go-zenon generateEmbeddedReceive): pops the sequencer,
     * credits the amount, runs the method and applies its descendants; on a method error everything but the
     * sequencer pop is rolled back and the amount refunded.
     *
     * @throws NomException only when even the refund cannot be applied
     */
    public EmbeddedReceive generateEmbeddedReceive(Hash fromBlockHash) {
        context.sequencerPopFront();
        AccountBlock send = sendBlock(fromBlockHash);
        EmbeddedMethod method;
        try {
            method = contracts.resolve(context, send.toAddress(), send.data());
        } catch (NomException e) {
            // A method removed by a later spork: go-zenon rolls back without a saved snapshot, which panics
            if (e.is(VmErrors.CONTRACT_METHOD_NOT_FOUND)) return rollbackEmbedded(send, e.error());
            throw new IllegalStateException("contract receive of " + fromBlockHash + " has no method: " + e.getMessage(), e);
        }

        context.save();
        context.addBalance(send.tokenStandard(), send.amount());
        List<AccountBlock> applied = new ArrayList<>();
        try {
            List<AccountBlock> descendants = method.receiveBlock(context, send);
            for (AccountBlock d : descendants) applied.add(applySend(Objects.requireNonNull(d, "descendant block")));
        } catch (NomException e) {
            return rollbackEmbedded(send, e.error());
        }
        context.done();
        return finalizeEmbedded(fromBlockHash, applied, null);
    }

    private EmbeddedReceive rollbackEmbedded(AccountBlock send, NomError methodError) {
        context.reset();
        // the credit was rolled back with the snapshot; credit again so the contract can refund
        context.addBalance(send.tokenStandard(), send.amount());
        List<AccountBlock> descendants = new ArrayList<>(1);
        if (send.amount().signum() > 0) {
            AccountBlock refund = AccountBlock.builder()
                    .blockType(BlockType.CONTRACT_SEND)
                    .address(send.toAddress())
                    .toAddress(send.address())
                    .amount(send.amount())
                    .tokenStandard(send.tokenStandard())
                    .build();
            try {
                descendants.add(applySend(refund));
            } catch (NomException e) {
                log.error("Unable to apply descendant blocks for refund", "reason", e.getMessage(), "send-block-hash", send.hash());
                throw e;
            }
        }
        return finalizeEmbedded(send.hash(), descendants, methodError);
    }

    private EmbeddedReceive finalizeEmbedded(Hash fromBlockHash, List<AccountBlock> descendants, NomError methodError) {
        HashHeight previous = context.identifier();
        Hash prevHash = previous.hash();
        long height = previous.height() + 1;
        HashHeight momentum = context.frontierMomentum().identifier();

        List<AccountBlock> finished = new ArrayList<>(descendants.size());
        for (AccountBlock d : descendants) {
            AccountBlock block = d.toBuilder()
                    .version(1)
                    .chainIdentifier(context.chainIdentifier())
                    .blockType(BlockType.CONTRACT_SEND)
                    .address(context.address())
                    .momentumAcknowledged(momentum)
                    .previousHash(prevHash)
                    .height(height)
                    .changesHash(Hash.ZERO)
                    .build()
                    .withComputedHash();
            finished.add(block);
            prevHash = block.hash();
            height++;
        }

        Patch changes = context.changes();
        AccountBlock receive = AccountBlock.builder()
                .version(1)
                .chainIdentifier(context.chainIdentifier())
                .blockType(BlockType.CONTRACT_RECEIVE)
                .address(context.address())
                .fromBlockHash(fromBlockHash)
                .momentumAcknowledged(momentum)
                .previousHash(prevHash)
                .height(height)
                .data(Bytes.be8(methodError == null ? RESULT_SUCCESS : RESULT_FAIL))
                .descendantBlocks(finished)
                .changesHash(changes.hash())
                .build()
                .withComputedHash();
        return new EmbeddedReceive(receive, changes, methodError);
    }
}
