package io.unikernelz.consensus.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.unikernelz.chain.Chain;
import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.chain.genesis.MockGenesis;
import io.unikernelz.chain.verifier.ChainVerifier;
import io.unikernelz.chain.verifier.RuleSchedule;
import io.unikernelz.consensus.ChainMomentumView;
import io.unikernelz.consensus.ConsensusParams;
import io.unikernelz.consensus.ConsensusPillarReaders;
import io.unikernelz.consensus.Election;
import io.unikernelz.consensus.producer.PillarWorker;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.vm.ContractExecution;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.SignFunction;
import io.unikernelz.vm.Supervisor;
import io.unikernelz.vm.VmLog;
import io.unikernelz.wallet.KeyPair;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Java counterpart of go-zenon's {@code zenon/mock}: a real chain on a temporary RocksDB holding go-zenon's test
 * genesis, the election without its timer, one pillar worker per mock pillar key, and a clock that reads the frontier
 * momentum's time. Scenario tests drive it with send/receive templates and {@link #insertNewMomentum()}.
 */
public final class MockZenon implements AutoCloseable {
    /** Pass as expected VM changes to skip the comparison (go-zenon mock.SkipVmChanges). */
    public static final String SKIP_VM_CHANGES = "PASS-VM-CHANGES";

    public final MockGenesis g = new MockGenesis();
    public final Chain chain;
    public final Election election;
    /** Consensus data for the contracts (go-zenon's FixedPillarReader), also what scenario tests read epoch stats from. */
    public final ConsensusPillarReaders pillars;
    public final Supervisor supervisor;
    public final ContractParameters parameters;
    private final Map<Address, KeyPair> keys = new LinkedHashMap<>();
    private final Map<Address, PillarWorker> workers = new LinkedHashMap<>();
    private final Map<Hash, Optional<NomError>> contractResults = new HashMap<>();
    private final List<String> producerLog = new ArrayList<>();
    private final List<VmLog.Record> vmLog = new ArrayList<>();
    private final List<Long> vmLogTimes = new ArrayList<>();

    public MockZenon(Path dir) {
        this(dir, ContractParameters.goZenonTests());
    }

    /** With contract parameters changed the way a go-zenon test changes its package variables. */
    public MockZenon(Path dir, ContractParameters parameters) {
        this(dir, parameters, ConsensusParams.EPOCH_SEC);
    }

    /** go-zenon NewMockZenonWithCustomEpochDuration: epochs of {@code epoch} (a whole number of 300 s election ticks). */
    public static MockZenon withEpochDuration(Path dir, Duration epoch) {
        return new MockZenon(dir, ContractParameters.goZenonTests(), epoch.toSeconds());
    }

    /** With contract parameters and an epoch length in seconds (go-zenon's consensus.EpochDuration). */
    public MockZenon(Path dir, ContractParameters parameters, long epochSec) {
        this(builder(dir).parameters(parameters).epochSec(epochSec));
    }

    private MockZenon(Builder b) {
        this.chain = Chain.open(b.dir, Genesis.build(g.config()));
        this.parameters = b.parameters.toBuilder().sporkAddress(g.spork.address()).build();
        InstantSource clock = () -> Instant.ofEpochSecond(chain.frontierMomentum().timestamp());
        ConsensusParams consensus = ConsensusParams.defaults(MockGenesis.GENESIS_TIMESTAMP);
        consensus = new ConsensusParams(consensus.genesisTimestamp(), consensus.blockTimeSec(), consensus.nodeCount(), consensus.randCount(), b.epochSec);
        this.election = new Election(consensus, new ChainMomentumView(chain));
        this.pillars = new ConsensusPillarReaders(chain, election);
        ChainVerifier verifier = new ChainVerifier(chain, election::producerAt, clock, b.rules);
        this.supervisor = Supervisor.builder(chain, verifier, chain).parameters(this.parameters).pillars(pillars).log(r -> {
            vmLog.add(r);
            // go-zenon's mock clock: log lines carry the frontier momentum's time
            vmLogTimes.add(chain.frontierMomentum().timestamp());
        }).build();
        for (KeyPair k : g.pillars) keys.put(k.address(), k);
        for (KeyPair k : g.users) keys.put(k.address(), k);
        keys.put(g.spork.address(), g.spork);
        for (KeyPair k : g.pillars) {
            workers.put(k.address(), new PillarWorker(chain, supervisor, k.address(), SignFunction.ed25519(k.privateKey()), clock, producerLog::add,
                    this.parameters.updateMinNumMomentums(), b.maxAccountBlocksInMomentum));
        }
    }

    /** For the settings go-zenon's tests change through package variables, several at once. */
    public static Builder builder(Path dir) {
        return new Builder(dir);
    }

    /** Mock-node settings; unset ones are go-zenon's test defaults. */
    public static final class Builder {
        private final Path dir;
        private ContractParameters parameters = ContractParameters.goZenonTests();
        private long epochSec = ConsensusParams.EPOCH_SEC;
        private RuleSchedule rules = RuleSchedule.mainnet();
        private int maxAccountBlocksInMomentum = Chain.MAX_ACCOUNT_BLOCKS_IN_MOMENTUM;

        private Builder(Path dir) {
            this.dir = Objects.requireNonNull(dir, "dir");
        }

        /** Contract constants (go-zenon's vm/constants package variables). */
        public Builder parameters(ContractParameters v) {
            parameters = Objects.requireNonNull(v, "parameters");
            return this;
        }

        /** go-zenon consensus.EpochDuration (NewMockZenonWithCustomEpochDuration), in seconds. */
        public Builder epochSec(long v) {
            epochSec = v;
            return this;
        }

        /** The verifier's height-activated rules (go-zenon's tests move verifier.ReceiverMismatchEnforcementHeight). */
        public Builder rules(RuleSchedule v) {
            rules = Objects.requireNonNull(v, "rules");
            return this;
        }

        /** go-zenon chain.MaxAccountBlocksInMomentum for the mock pillars' momentums. */
        public Builder maxAccountBlocksInMomentum(int v) {
            maxAccountBlocksInMomentum = v;
            return this;
        }

        public MockZenon build() {
            return new MockZenon(this);
        }
    }

    public SignFunction signer(Address address) {
        KeyPair k = keys.get(address);
        if (k == null) throw new IllegalArgumentException("no mock key for " + address);
        return SignFunction.ed25519(k.privateKey());
    }

    /** go-zenon InsertNewMomentum: the producer elected for frontier + 10 s makes its slot. */
    public Momentum insertNewMomentum() {
        long t = chain.frontierMomentum().timestamp() + 10;
        Address expected = election.producerAt(t).orElseThrow(() -> new IllegalStateException("no producer elected for " + t));
        PillarWorker worker = workers.get(expected);
        if (worker == null) throw new IllegalStateException("elected producer " + expected + " is not a mock pillar");
        PillarWorker.SlotResult result = worker.work(t);
        for (ContractExecution e : result.contractReceives()) {
            contractResults.put(e.transaction().block().fromBlockHash(), e.error());
        }
        return result.momentum().orElseThrow(() -> new IllegalStateException("slot at " + t + " produced no momentum"));
    }

    public void insertMomentumsTo(long height) {
        while (chain.height() < height) insertNewMomentum();
    }

    /** go-zenon InsertSendBlock: generates, signs and pools a user send; checks the error and optionally the VM changes. */
    public AccountBlock insertSendBlock(AccountBlock template, NomError expectedError, String expectedVmChanges) {
        return insert(template.toBuilder().blockType(BlockType.USER_SEND).build(), expectedError, expectedVmChanges);
    }

    /** go-zenon InsertReceiveBlock: receives the send named by {@code fromHeader} with a user receive. */
    public AccountBlock insertReceiveBlock(AccountHeader fromHeader, AccountBlock template, NomError expectedError, String expectedVmChanges) {
        AccountBlock from = chain.read(ms -> ms.accountBlock(fromHeader))
                .or(() -> chain.unconfirmedBlock(fromHeader))
                .orElseThrow(() -> new AssertionError("failed to get from-transaction from header " + fromHeader + ". Maybe is not cemented?"));
        AccountBlock.Builder b = template == null ? AccountBlock.builder() : template.toBuilder();
        AccountBlock t = b.build();
        if (t.blockType() == 0) b.blockType(BlockType.USER_RECEIVE);
        if (t.address() == null || t.address().isZero()) b.address(from.toAddress());
        if (t.fromBlockHash() == null || t.fromBlockHash().isZero()) b.fromBlockHash(from.hash());
        return insert(b.build(), expectedError, expectedVmChanges);
    }

    private AccountBlock insert(AccountBlock template, NomError expectedError, String expectedVmChanges) {
        AccountBlockTransaction tx;
        try {
            tx = supervisor.generateFromTemplate(template, signer(template.address()));
        } catch (NomException e) {
            if (expectedError == null) fail("unexpected error inserting " + template + ": " + e.getMessage(), e);
            assertThat(e.error()).as("error of %s", template).isEqualTo(expectedError);
            return null;
        }
        if (expectedError != null) fail("expected error " + expectedError.message() + " but the block was accepted: " + tx.block());
        if (!SKIP_VM_CHANGES.equals(expectedVmChanges)) {
            assertThat(tx.changes().toString().strip()).isEqualTo(expectedVmChanges == null ? "" : expectedVmChanges.strip());
        }
        chain.insertAccountBlock(tx);
        return tx.block();
    }

    /** go-zenon CallContract: sends to a contract; after the next momentums {@link #contractError} tells how it went. */
    public AccountBlock callContract(AccountBlock template) {
        if (!template.toAddress().isEmbedded()) throw new IllegalArgumentException("CallContract needs a contract address: " + template.toAddress());
        return insertSendBlock(template, null, SKIP_VM_CHANGES);
    }

    /** The error the contract returned when receiving the send (empty on success); fails if it was not received yet. */
    public Optional<NomError> contractError(Hash sendHash) {
        Optional<NomError> r = contractResults.get(sendHash);
        if (r == null) throw new AssertionError("can't find sendBlock of contract. Maybe the send-block is not cemented yet");
        return r;
    }

    public BigInteger balance(Address address, TokenStandard zts) {
        return AccountStore.readOnly(address, chain.frontierAccountState(address)).balance(zts);
    }

    public void expectBalance(Address address, TokenStandard zts, long expected) {
        assertThat(balance(address, zts)).as("balance of %s in %s", address, zts).isEqualTo(BigInteger.valueOf(expected));
    }

    public List<String> producerLog() {
        return List.copyOf(producerLog);
    }

    /** Every line the VM and the embedded contracts logged so far (go-zenon's SaveLogs oracle), oldest first. */
    public List<VmLog.Record> vmLog() {
        return List.copyOf(vmLog);
    }

    /**
     * {@link #vmLog()} as go-zenon's SaveLogs prints it: log15 logfmt with the mock clock's time first
     * ({@code t=2001-09-09T01:46:50+0000 lvl=dbug msg="fused new entry" module=embedded contract=plasma …}).
     */
    public List<String> vmLogLines() {
        List<String> out = new ArrayList<>(vmLog.size());
        for (int i = 0; i < vmLog.size(); i++) {
            VmLog.Record r = vmLog.get(i);
            StringBuilder sb = new StringBuilder("t=").append(LOG_TIME.format(Instant.ofEpochSecond(vmLogTimes.get(i))))
                    .append(" lvl=").append(r.level().logfmt()).append(" msg=").append(logfmtValue(r.message()));
            for (int k = 0; k < r.context().size(); k += 2) {
                sb.append(' ').append(r.context().get(k)).append('=').append(logfmtValue(r.context().get(k + 1)));
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneOffset.UTC);

    /** log15's logfmt value: bare unless it holds a space, control character, '=' or '"'; then quoted and escaped. */
    private static String logfmtValue(String v) {
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c <= ' ' || c == '=' || c == '"' || c == '\\';
        }
        if (!quote) return v;
        return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"';
    }

    /** Convenience for tests that expect a NomException from a direct call. */
    public static void expectError(Runnable r, NomError error) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    @Override
    public void close() {
        chain.close();
    }
}
