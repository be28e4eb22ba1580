package io.unikernelz.vm;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.DetailedMomentum;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.Patch;
import io.unikernelz.store.StateLayer;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.store.ledger.MomentumTransaction;
import io.unikernelz.vm.embedded.EmbeddedContracts;
import java.math.BigInteger;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The entry points that execute blocks and momentums (go-zenon vm/supervisor.go): blocks from RPC or peers,
 * blocks the node builds from a template, contract receives, and momentums. Verifier checks run at the same points
 * as in go-zenon. Nothing here changes the chain: results are transactions for the chain module to insert.
 *
 * <p>Errors: a rejected block or momentum throws {@link NomException} with go-zenon's error; an internal failure
 * (go-zenon's recovered panic) throws {@link VmErrors#VM_RUN_PANIC}.
 */
public final class Supervisor {
    static final NomError ERR_CONTRACT_SEND_EXTERNAL = new NomError("ErrContractSendExternal", "can't apply BlockTypeContractSend");
    static final NomError ERR_RECEIVE_NOT_CONFIRMED = new NomError("ErrContractReceiveNotConfirmed",
            "can't find block that confirms contract-receive");

    private final LedgerReader ledger;
    private final Verifier verifier;
    private final AccountPatches patches;
    private final PillarReaders pillars;
    private final VmLog log;
    private final EmbeddedContracts contracts;
    private final ContractParameters parameters;
    private final VmLog.Logger supervisorLog;

    private Supervisor(Builder b) {
        this.ledger = b.ledger;
        this.verifier = b.verifier;
        this.patches = b.patches;
        this.pillars = b.pillars;
        this.log = b.log;
        this.contracts = b.contracts;
        this.parameters = b.parameters;
        this.supervisorLog = new VmLog.Logger(log, "module", "supervisor");
    }

    /**
     * With the standard contract tables and mainnet parameters, without consensus data (contracts needing it fail as
     * internal errors) and without logging; see {@link #builder} for the rest.
     */
    public Supervisor(LedgerReader ledger, Verifier verifier, AccountPatches patches) {
        this(builder(ledger, verifier, patches));
    }

    public static Builder builder(LedgerReader ledger, Verifier verifier, AccountPatches patches) {
        return new Builder(ledger, verifier, patches);
    }

    public EmbeddedContracts contracts() {
        return contracts;
    }

    public ContractParameters parameters() {
        return parameters;
    }

    /** Optional collaborators of a {@link Supervisor}; each defaults as in {@link #Supervisor(LedgerReader, Verifier, AccountPatches)}. */
    public static final class Builder {
        private final LedgerReader ledger;
        private final Verifier verifier;
        private final AccountPatches patches;
        private PillarReaders pillars = PillarReaders.unavailable();
        private VmLog log = VmLog.discard();
        private EmbeddedContracts contracts = EmbeddedContracts.standard();
        private ContractParameters parameters = ContractParameters.mainnet();

        private Builder(LedgerReader ledger, Verifier verifier, AccountPatches patches) {
            this.ledger = Objects.requireNonNull(ledger, "ledger");
            this.verifier = Objects.requireNonNull(verifier, "verifier");
            this.patches = Objects.requireNonNull(patches, "patches");
        }

        /** Consensus data for contracts (the consensus module's FixedPillarReader). */
        public Builder pillars(PillarReaders v) { pillars = Objects.requireNonNull(v, "pillars"); return this; }

        public Builder log(VmLog v) { log = Objects.requireNonNull(v, "log"); return this; }

        public Builder contracts(EmbeddedContracts v) { contracts = Objects.requireNonNull(v, "contracts"); return this; }

        public Builder parameters(ContractParameters v) { parameters = Objects.requireNonNull(v, "parameters"); return this; }

        public Supervisor build() {
            return new Supervisor(this);
        }
    }

    /**
     * The context a block executes in (go-zenon newBlockContext): the account at {@code block.previous()} and the
     * momentum store at {@code block.momentumAcknowledged()}. Also what RPC uses to compute plasma figures.
     *
     * @throws IllegalStateException when the ledger knows neither (the verifier rejects such blocks first)
     */
    public AccountVmContext newBlockContext(AccountBlock block) {
        HashHeight acknowledged = block.momentumAcknowledged();
        MomentumStore momentumStore = ledger.momentumStore(acknowledged)
                .orElseThrow(() -> new IllegalStateException("can't find momentumStore for " + acknowledged));
        StateReader account = ledger.accountState(block.address(), block.previous())
                .orElseThrow(() -> new IllegalStateException("can't find accountStore for " + block.address() + " " + block.previous()));
        Supplier<PillarReader> reader = () -> pillars.at(acknowledged);
        return new AccountVmContext(block.address(), ledger.chainIdentifier(), account, momentumStore,
                ledger.genesisMomentum(), reader, log, parameters);
    }

    /**
     * The account at its frontier (pool blocks included) over the frontier momentum store (go-zenon rpc
     * GetFrontierContext): what the RPC plasma queries evaluate against. Writes to it go nowhere.
     */
    public AccountVmContext frontierContext(Address address) {
        MomentumStore store = ledger.frontierMomentumStore();
        HashHeight frontier = store.identifier();
        return new AccountVmContext(address, ledger.chainIdentifier(), ledger.frontierAccountState(address), store,
                ledger.genesisMomentum(), () -> pillars.at(frontier), log, parameters);
    }

    // ---- account blocks

    /** A block from RPC or a peer (go-zenon ApplyBlock); contract sends only travel inside their receive. */
    public AccountBlockTransaction applyBlock(AccountBlock block) {
        if (block.blockType() == BlockType.CONTRACT_SEND) throw ERR_CONTRACT_SEND_EXTERNAL.exception();
        return guarded(block.header(), () -> execute(block, null));
    }

    /**
     * A block the node builds from a template and signs (go-zenon GenerateFromTemplate): the unset chain fields
     * are filled in from the frontier, fused plasma defaults to the base plasma when neither plasma nor PoW is
     * given, and the signed block carries the hash of its changes.
     */
    public AccountBlockTransaction generateFromTemplate(AccountBlock template, SignFunction sign) {
        Objects.requireNonNull(sign, "sign");
        return guarded(template.header(), () -> {
            AccountBlock block = setAll(template);
            block = setBlockPlasma(newBlockContext(block), block);
            return execute(block, sign);
        });
    }

    /**
     * The contract receive of a confirmed send to a contract (go-zenon GenerateAutoReceive). The method's error, if
     * any, is returned alongside the transaction; the transaction exists either way.
     */
    public ContractExecution generateAutoReceive(AccountBlock sendBlock) {
        AccountBlock template = AccountBlock.builder()
                .blockType(BlockType.CONTRACT_RECEIVE)
                .address(sendBlock.toAddress())
                .fromBlockHash(sendBlock.hash())
                .build();
        return guarded(template.header(), () -> {
            AccountBlock block = setAll(template);
            verifier.accountBlock(block);
            AccountVmContext context = newBlockContext(block);
            setBlockPlasma(context, block);
            Vm.EmbeddedReceive receive = new Vm(context, contracts).generateEmbeddedReceive(block.fromBlockHash());
            verifier.accountBlock(receive.block());
            return new ContractExecution(packBlock(context, receive.block(), null), receive.methodError());
        });
    }

    private AccountBlockTransaction execute(AccountBlock block, SignFunction sign) {
        verifier.accountBlock(block);
        AccountVmContext context = newBlockContext(block);
        AccountBlock applied = new Vm(context, contracts).applyBlock(block);
        return packBlock(context, applied, sign);
    }

    private AccountBlockTransaction packBlock(AccountVmContext context, AccountBlock block, SignFunction sign) {
        Patch changes = context.changes();
        AccountBlock packed = block;
        if (sign != null) {
            // ChangesHash is not part of the block hash, so one signature covers both of go-zenon's passes
            packed = block.toBuilder().changesHash(changes.hash()).build().withComputedHash();
            SignFunction.Signed signed = sign.sign(packed.hash().rawBytes());
            packed = packed.toBuilder().signature(signed.signature()).publicKey(signed.publicKey()).build();
        }
        AccountBlockTransaction transaction = new AccountBlockTransaction(packed, changes);
        verifier.accountBlockTransaction(transaction);
        return transaction;
    }

    /** go-zenon setAll: momentum acknowledged, previous/height, then the plain fields. */
    AccountBlock setAll(AccountBlock template) {
        AccountBlock.Builder b = template.toBuilder();
        if (template.momentumAcknowledged().equals(HashHeight.ZERO)) {
            b.momentumAcknowledged(acknowledgedFor(template));
        }
        if (template.previousHash().isZero() && template.height() == 0) {
            HashHeight frontier = AccountStore.readOnly(template.address(), ledger.frontierAccountState(template.address())).identifier();
            b.previousHash(frontier.hash()).height(frontier.height() + 1);
        }
        b.chainIdentifier(ledger.chainIdentifier());
        if (template.version() == 0) b.version(1);
        if (BlockType.isReceive(template.blockType())) b.amount(BigInteger.ZERO).tokenStandard(TokenStandard.ZERO);
        return b.build();
    }

    /** go-zenon setBlockMomentum: the frontier momentum, or for a contract the momentum that confirmed the send. */
    private HashHeight acknowledgedFor(AccountBlock template) {
        MomentumStore store = ledger.frontierMomentumStore();
        if (!template.address().isEmbedded()) {
            return store.frontierMomentum().orElseThrow(() -> new IllegalStateException("chain has no frontier momentum")).identifier();
        }
        long confirmation = store.confirmationHeight(template.fromBlockHash());
        if (confirmation == 0) throw ERR_RECEIVE_NOT_CONFIRMED.exception();
        Momentum momentum = store.momentumByHeight(confirmation)
                .orElseThrow(() -> new IllegalStateException("momentum " + confirmation + " is missing"));
        return momentum.identifier();
    }

    /** go-zenon setBlockPlasma: with neither fused plasma nor PoW, fuse exactly the base plasma. */
    private AccountBlock setBlockPlasma(AccountVmContext context, AccountBlock block) {
        if (block.difficulty() != 0 || block.fusedPlasma() != 0) return block;
        return block.toBuilder().fusedPlasma(PlasmaRules.basePlasma(context, contracts, block)).build();
    }

    // ---- momentums

    /** A momentum from a peer (go-zenon ApplyMomentum): its state patch, checked by the verifier. */
    public MomentumTransaction applyMomentum(DetailedMomentum detailed) {
        return guarded(detailed.momentum(), () -> buildMomentum(detailed, null));
    }

    /** A momentum this node produces (go-zenon GenerateMomentum): changes hash, hash and signature are set. */
    public MomentumTransaction generateMomentum(DetailedMomentum detailed, SignFunction sign) {
        Objects.requireNonNull(sign, "sign");
        return guarded(detailed.momentum(), () -> buildMomentum(detailed, sign));
    }

    private MomentumTransaction buildMomentum(DetailedMomentum detailed, SignFunction sign) {
        verifier.momentum(detailed);
        Momentum momentum = detailed.momentum();
        MomentumStore previous = ledger.momentumStore(momentum.previous())
                .orElseThrow(() -> new IllegalStateException("can't find momentumStore for " + momentum.previous()));
        StateLayer layer = StateLayer.over(previous.reader());
        MomentumStore store = MomentumStore.writable(layer);
        for (AccountHeader header : momentum.content().headers()) {
            Patch patch = patches.accountPatch(header.address(), header.hashHeight())
                    .orElseThrow(() -> new IllegalStateException("no account patch for " + header));
            store.addAccountBlockTransaction(header, patch);
        }
        Patch changes = layer.changes();
        Momentum packed = momentum;
        if (sign != null) {
            packed = momentum.toBuilder().changesHash(changes.hash()).build().withComputedHash();
            SignFunction.Signed signed = sign.sign(packed.hash().rawBytes());
            packed = packed.toBuilder().signature(signed.signature()).publicKey(signed.publicKey()).build();
        }
        MomentumTransaction transaction = new MomentumTransaction(packed, changes);
        verifier.momentumTransaction(transaction);
        return transaction;
    }

    // ---- panics

    /** Runs {@code body}; rule violations pass through, anything else becomes ErrVmRunPanic (go-zenon's recover). */
    private <T> T guarded(Object subject, Supplier<T> body) {
        try {
            return body.get();
        } catch (NomException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            if (subject instanceof Momentum m) {
                supervisorLog.error("vm panic when applying momentum", "identifier", m.identifier(), "reason", e);
            } else {
                supervisorLog.error("vm panic when applying block", "block", subject, "reason", e);
            }
            NomException panic = VmErrors.VM_RUN_PANIC.exception();
            panic.initCause(e);
            throw panic;
        }
    }
}
