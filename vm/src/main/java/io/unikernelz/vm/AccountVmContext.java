package io.unikernelz.vm;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.Patch;
import io.unikernelz.store.State;
import io.unikernelz.store.StateLayer;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.store.ledger.MomentumStore;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Everything one account block executes against (go-zenon vm_context.AccountVmContext): the account's database as of
 * the block's previous entry with the VM's writes layered on top, the momentum store at the block's acknowledged
 * momentum (read-only), the genesis momentum and the consensus view at that momentum.
 *
 * <p>Every contract-level read — sporks, fused amounts, the frontier momentum's height and time — sees the
 * acknowledged momentum, never the chain tip. Writes go to the top layer; {@link #save()} stacks a fresh layer,
 * {@link #done()} merges it down and {@link #reset()} throws it away (go-zenon lifecycle.go). {@link #changes()} is
 * what the block's ChangesHash covers. One context serves one block and one thread.
 */
public final class AccountVmContext {
    private final Address address;
    private final long chainIdentifier;
    private final MomentumStore momentumStore;
    private final Momentum frontierMomentum;
    private final Momentum genesisMomentum;
    private final Supplier<PillarReader> pillarReader;
    private final VmLog log;
    private final ContractParameters parameters;
    private final StateLayer base;
    /** Layers pushed by save(), innermost last; the base layer is never popped. */
    private final Deque<StateLayer> saved = new ArrayDeque<>();
    private PillarReader pillars;
    /** Sporks active at the acknowledged momentum; read once, the momentum store never changes. */
    private Set<Hash> activeSporks;

    /**
     * @param accountState the account database at the block's previous entry (committed or in the pool)
     * @param momentumStore the momentum store at the block's acknowledged momentum
     * @param pillarReader asked at most once, when a contract first needs consensus data
     * @param parameters the contract timing constants in force
     */
    public AccountVmContext(Address address, long chainIdentifier, StateReader accountState, MomentumStore momentumStore,
                            Momentum genesisMomentum, Supplier<PillarReader> pillarReader, VmLog log,
                            ContractParameters parameters) {
        this.address = Objects.requireNonNull(address, "address");
        this.chainIdentifier = chainIdentifier;
        this.base = StateLayer.over(Objects.requireNonNull(accountState, "accountState"));
        this.momentumStore = Objects.requireNonNull(momentumStore, "momentumStore");
        this.frontierMomentum = momentumStore.frontierMomentum()
                .orElseThrow(() -> new IllegalArgumentException("momentum store for " + address + " has no frontier momentum"));
        this.genesisMomentum = Objects.requireNonNull(genesisMomentum, "genesisMomentum");
        this.pillarReader = Objects.requireNonNull(pillarReader, "pillarReader");
        this.log = Objects.requireNonNull(log, "log");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** With go-zenon's mainnet contract parameters. */
    public AccountVmContext(Address address, long chainIdentifier, StateReader accountState, MomentumStore momentumStore,
                            Momentum genesisMomentum, Supplier<PillarReader> pillarReader, VmLog log) {
        this(address, chainIdentifier, accountState, momentumStore, genesisMomentum, pillarReader, log, ContractParameters.mainnet());
    }

    /** The account this context executes for. */
    public Address address() {
        return address;
    }

    public long chainIdentifier() {
        return chainIdentifier;
    }

    /** Contract timing constants (go-zenon package variables, changeable in tests). */
    public ContractParameters parameters() {
        return parameters;
    }

    // ---- momentum-level state (as of the acknowledged momentum)

    /** The momentum store at the acknowledged momentum; read-only. */
    public MomentumStore momentumStore() {
        return momentumStore;
    }

    /** The acknowledged momentum (the momentum store's frontier): "now" for every contract. */
    public Momentum frontierMomentum() {
        return frontierMomentum;
    }

    public Momentum genesisMomentum() {
        return genesisMomentum;
    }

    /** Consensus data fixed at the acknowledged momentum. */
    public PillarReader pillarReader() {
        if (pillars == null) pillars = Objects.requireNonNull(pillarReader.get(), "pillar reader");
        return pillars;
    }

    /** A logger for an embedded contract: {@code module=embedded contract=<name>}. */
    public VmLog.Logger contractLog(String contract) {
        return new VmLog.Logger(log, "module", "embedded", "contract", contract);
    }

    /** The raw log sink, for loggers with other context. */
    public VmLog log() {
        return log;
    }

    public boolean isSporkActive(Hash sporkId) {
        if (activeSporks == null) activeSporks = Sporks.active(momentumStore);
        return activeSporks.contains(sporkId);
    }

    public boolean isAcceleratorSporkEnforced() {
        return isSporkActive(Sporks.ACCELERATOR);
    }

    public boolean isHtlcSporkEnforced() {
        return isSporkActive(Sporks.HTLC);
    }

    public boolean isBridgeAndLiquiditySporkEnforced() {
        return isSporkActive(Sporks.BRIDGE_AND_LIQUIDITY);
    }

    // ---- the account's own database

    private StateLayer top() {
        return saved.isEmpty() ? base : saved.peekLast();
    }

    /** The account store over the current top layer (writes land in that layer). */
    public AccountStore account() {
        return AccountStore.writable(address, top());
    }

    /** The account's frontier block at the block's previous entry (or after descendants applied so far: none). */
    public Optional<AccountBlock> frontier() {
        return account().frontier();
    }

    public HashHeight identifier() {
        return account().identifier();
    }

    public BigInteger balance(TokenStandard zts) {
        return account().balance(zts);
    }

    /** Adds to a balance; writes the key even for a zero amount or the zero ZTS (it lands in the ChangesHash). */
    public void addBalance(TokenStandard zts, BigInteger amount) {
        account().addBalance(zts, Objects.requireNonNull(amount, "amount"));
    }

    /**
     * Subtracts from a balance; the caller checked funds. An overdraft is an internal failure (go-zenon panics with
     * "negative balance after sub"), reported as {@link VmErrors#VM_RUN_PANIC}.
     */
    public void subBalance(TokenStandard zts, BigInteger amount) {
        BigInteger balance = balance(zts);
        if (balance.compareTo(amount) < 0) {
            throw new IllegalStateException("negative balance after sub: " + address + " holds " + balance + " " + zts
                    + ", cannot take " + amount);
        }
        account().setBalance(zts, balance.subtract(amount));
    }

    /**
     * The contract storage (account key prefix 0x04) of the current top layer. A missing key reads as {@code null};
     * go-zenon's storage reads it as empty data, which its definitions treat as "does not exist".
     */
    public State storage() {
        return account().storage();
    }

    public BigInteger chainPlasma() {
        return account().chainPlasma();
    }

    public void addChainPlasma(long plasma) {
        account().addChainPlasma(plasma);
    }

    public void markAsReceived(Hash fromHash) {
        account().markAsReceived(fromHash);
    }

    public boolean isReceived(Hash fromHash) {
        return account().isReceived(fromHash);
    }

    public long sequencerFrontIndex() {
        return account().sequencerFrontIndex();
    }

    public void sequencerPopFront() {
        account().sequencerPopFront();
    }

    // ---- lifecycle

    /** Stacks a fresh layer: later writes can be merged with {@link #done()} or dropped with {@link #reset()}. */
    public void save() {
        saved.addLast(top().snapshot());
    }

    /** Drops the writes made since the matching {@link #save()}. */
    public void reset() {
        if (saved.isEmpty()) throw new IllegalStateException("reset without a saved snapshot on " + address);
        saved.removeLast().drop();
    }

    /** Keeps the writes made since the matching {@link #save()}, merging them into the layer below. */
    public void done() {
        if (saved.isEmpty()) throw new IllegalStateException("done without a saved snapshot on " + address);
        saved.removeLast().merge();
    }

    /** The writes of the current top layer in ascending key order (go-zenon Changes): the block's VM changes. */
    public Patch changes() {
        return top().changes();
    }
}
