package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.StateEntry;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.GoStrings;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.GoFormat;
import io.unikernelz.vm.embedded.definition.Phase;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import io.unikernelz.vm.embedded.definition.PillarVote;
import io.unikernelz.vm.embedded.definition.Project;
import io.unikernelz.vm.embedded.definition.VotableHash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules, state access and log formats of the Accelerator contract (go-zenon implementation/accelerator.go, the
 * voting methods of implementation/common.go, definition/accelerator.go and definition/common.go).
 */
public final class AcceleratorSupport {
    public static final int PROJECT_NAME_MAX_LENGTH = 30;
    public static final int PROJECT_DESCRIPTION_MAX_LENGTH = 240;
    public static final BigInteger PROJECT_ZNN_MAXIMUM_FUNDS = Amounts.coins(5_000);
    public static final BigInteger PROJECT_QSR_MAXIMUM_FUNDS = Amounts.coins(50_000);
    /** The fee of CreateProject: exactly 1 ZNN (ProjectCreationAmount). */
    public static final BigInteger PROJECT_CREATION_AMOUNT = Amounts.coins(1);
    /** Seconds in a day (PhaseTimeUnit). */
    public static final long PHASE_TIME_UNIT = 24 * 60 * 60;
    /** The program runs 7 200 days after genesis (AcceleratorDuration). */
    public static final long ACCELERATOR_DURATION = 20 * 12 * 30 * PHASE_TIME_UNIT;
    /** Percent of the active pillars that must vote (VoteAcceptanceThreshold). */
    public static final long VOTE_ACCEPTANCE_THRESHOLD = 33;
    public static final long PROJECT_VOTING_PERIOD = 14 * PHASE_TIME_UNIT;
    /** Payout descendants per Update (MaxBlocksPerUpdate). */
    public static final int MAX_BLOCKS_PER_UPDATE = 40;

    /**
     * go-zenon's URL pattern. Every quantifier is bounded, so a backtracking engine stays cheap; whole-input matching
     * gives Go's {@code ^…$} (Go's {@code $} does not accept a trailing newline).
     */
    private static final Pattern URL = Pattern.compile(
            "([Hh][Tt][Tt][Pp][Ss]?://)?[a-zA-Z0-9]{2,60}\\.[a-zA-Z]{1,6}([-a-zA-Z0-9()@:%_+.~#?&/=]{0,100})");

    private AcceleratorSupport() {}

    /** The parameters shared by CreateProject, AddPhase and UpdatePhase (go-zenon AcceleratorParam). */
    record Params(Hash id, String name, String description, String url, BigInteger znnFundsNeeded, BigInteger qsrFundsNeeded) {
        static Params ofProject(Values v) {
            return new Params(null, v.string("name"), v.string("description"), v.string("url"), v.bigInteger("znnFundsNeeded"),
                    v.bigInteger("qsrFundsNeeded"));
        }

        static Params ofPhase(Values v) {
            return new Params(v.hash("id"), v.string("name"), v.string("description"), v.string("url"), v.bigInteger("znnFundsNeeded"),
                    v.bigInteger("qsrFundsNeeded"));
        }
    }

    static VmLog.Logger log(AccountVmContext context) {
        return context.contractLog("accelerator");
    }

    /** go-zenon IsAcceleratorRunning: {@code ErrAcceleratorEnded} once genesis time + 7 200 days lies in the past. */
    static void requireRunning(AccountVmContext context) {
        if (context.genesisMomentum().timestamp() + ACCELERATOR_DURATION < context.frontierMomentum().timestamp()) {
            throw VmErrors.ACCELERATOR_ENDED.exception();
        }
    }

    /**
     * go-zenon checkMetaDataStatic, in its order: name 1–30 bytes, description 1–240 bytes, a non-empty URL matching
     * the pattern, funds within 5 000 ZNN and 50 000 QSR.
     */
    static void checkMetadata(Params p) {
        int nameLength = GoStrings.byteLength(p.name());
        if (nameLength == 0 || nameLength > PROJECT_NAME_MAX_LENGTH) throw VmErrors.INVALID_NAME.exception();
        int descriptionLength = GoStrings.byteLength(p.description());
        if (descriptionLength == 0 || descriptionLength > PROJECT_DESCRIPTION_MAX_LENGTH) throw VmErrors.INVALID_DESCRIPTION.exception();
        if (p.url().isEmpty() || !URL.matcher(p.url()).matches()) throw VmErrors.FORBIDDEN_PARAM.exception();
        if (p.znnFundsNeeded().compareTo(PROJECT_ZNN_MAXIMUM_FUNDS) > 0 || p.qsrFundsNeeded().compareTo(PROJECT_QSR_MAXIMUM_FUNDS) > 0) {
            throw VmErrors.ACCELERATOR_INVALID_FUNDS.exception();
        }
    }

    /** Whether {@code url} passes go-zenon's URL rule (non-empty and matching the pattern). */
    public static boolean isValidUrl(String url) {
        return !url.isEmpty() && URL.matcher(url).matches();
    }

    // ---- state

    public static Optional<Project> project(StateReader storage, Hash id) {
        byte[] value = storage.get(Project.key(id));
        if (value == null || value.length == 0) return Optional.empty();
        return Optional.of(Project.decodeValue(value));
    }

    public static Optional<Phase> phase(StateReader storage, Hash id) {
        byte[] value = storage.get(Phase.key(id));
        if (value == null || value.length == 0) return Optional.empty();
        return Optional.of(Phase.decodeValue(value));
    }

    /** Every project in key order (go-zenon GetProjectList). */
    public static List<Project> projects(StateReader storage) {
        List<Project> out = new ArrayList<>();
        for (StateEntry e : storage.entries(Project.prefix())) out.add(Project.decodeValue(e.value()));
        return out;
    }

    /** The project's last phase, if it has one and it is stored (go-zenon Project.GetCurrentPhase). */
    public static Optional<Phase> currentPhase(StateReader storage, Project project) {
        List<Hash> ids = project.phaseIds();
        return ids.isEmpty() ? Optional.empty() : phase(storage, ids.getLast());
    }

    static void save(AccountVmContext context, Project p) {
        context.storage().put(p.storageKey(), p.encodeValue());
    }

    static void save(AccountVmContext context, Phase p) {
        context.storage().put(p.storageKey(), p.encodeValue());
    }

    static void markVotable(AccountVmContext context, Hash id) {
        VotableHash v = new VotableHash(id);
        context.storage().put(v.storageKey(), v.encodeValue());
    }

    public static boolean isVotable(StateReader storage, Hash id) {
        byte[] value = storage.get(VotableHash.key(id));
        return value != null && value.length > 0;
    }

    /** Every pillar vote on {@code id}, in key order (go-zenon GetAllPillarVotes scans all votes and filters). */
    public static List<PillarVote> votes(StateReader storage, Hash id) {
        List<PillarVote> out = new ArrayList<>();
        for (StateEntry e : storage.entries(PillarVote.prefix())) {
            if (e.value().length == 0) continue;
            PillarVote v = PillarVote.decodeValue(e.value());
            if (v.id().equals(id)) out.add(v);
        }
        return out;
    }

    /** go-zenon VoteBreakdown. */
    public record VoteBreakdown(Hash id, long total, long yes, long no) {}

    public static VoteBreakdown voteBreakdown(StateReader storage, Hash id) {
        long total = 0;
        long yes = 0;
        long no = 0;
        for (PillarVote v : votes(storage, id)) {
            total++;
            if (v.vote() == PillarVote.VOTE_YES) yes++;
            else if (v.vote() == PillarVote.VOTE_NO) no++;
        }
        return new VoteBreakdown(id, total, yes, no);
    }

    /**
     * go-zenon checkAcceleratorVotes: more yes than no, and more than 33 % of the active pillars voted
     * ({@code total × 100 > pillars × 33}). Logs the breakdown.
     */
    static boolean votesPass(AccountVmContext context, Hash id, long activePillars) {
        VoteBreakdown b = voteBreakdown(context.storage(), id);
        boolean ok = b.yes() > b.no() && b.total() * 100 > activePillars * VOTE_ACCEPTANCE_THRESHOLD;
        log(context).debug("check accelerator votes", "votes", format(b), "status", ok);
        return ok;
    }

    /** Active pillars as of the acknowledged momentum, in key order (go-zenon momentum store GetActivePillars). */
    public static List<PillarInfo> activePillars(AccountVmContext context) {
        StateReader pillars = context.momentumStore().account(Address.PILLAR).storageReader();
        List<PillarInfo> out = new ArrayList<>();
        for (StateEntry e : pillars.entries(new byte[] {PillarInfo.PREFIX})) {
            if (e.value().length == 0) continue;
            PillarInfo p = PillarInfo.decode(e.key(), e.value());
            if (p.isActive()) out.add(p);
        }
        return out;
    }

    /**
     * go-zenon checkPhaseFunds: no stored phase may ask more than the project, and neither the phases' total nor the
     * project may exceed the maximum — ZNN first, then QSR.
     */
    static void checkPhaseFunds(StateReader storage, Project project) {
        List<Phase> phases = project.phaseIds().stream().map(id -> phase(storage, id)).flatMap(Optional::stream).toList();
        checkFunds(phases.stream().map(Phase::znnFundsNeeded).toList(), project.znnFundsNeeded(), PROJECT_ZNN_MAXIMUM_FUNDS);
        checkFunds(phases.stream().map(Phase::qsrFundsNeeded).toList(), project.qsrFundsNeeded(), PROJECT_QSR_MAXIMUM_FUNDS);
    }

    private static void checkFunds(List<BigInteger> phaseFunds, BigInteger projectFunds, BigInteger maximum) {
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger f : phaseFunds) {
            if (f.compareTo(projectFunds) > 0) throw VmErrors.ACCELERATOR_INVALID_FUNDS.exception();
            sum = sum.add(f);
        }
        if (sum.compareTo(projectFunds) > 0 || projectFunds.compareTo(maximum) > 0) throw VmErrors.ACCELERATOR_INVALID_FUNDS.exception();
    }

    /** go-zenon checkReceivedFunds: the stored phases ask exactly the project's ZNN and QSR. */
    static boolean phasesCoverProject(StateReader storage, Project project) {
        BigInteger znn = project.znnFundsNeeded();
        BigInteger qsr = project.qsrFundsNeeded();
        for (Hash id : project.phaseIds()) {
            Optional<Phase> p = phase(storage, id);
            if (p.isEmpty()) continue;
            znn = znn.subtract(p.get().znnFundsNeeded());
            qsr = qsr.subtract(p.get().qsrFundsNeeded());
        }
        return znn.signum() == 0 && qsr.signum() == 0;
    }

    // ---- log formats (go-zenon %+v of pointers to the definition structs)

    static String format(Project p) {
        String phaseIds = p.phaseIds().stream().map(Hash::toString).collect(Collectors.joining(" ", "[", "]"));
        return GoFormat.pointer(GoFormat.struct("Id", p.id(), "Owner", p.owner(), "Name", p.name(), "Description", p.description(),
                "Url", p.url(), "ZnnFundsNeeded", GoFormat.signed(p.znnFundsNeeded()), "QsrFundsNeeded", GoFormat.signed(p.qsrFundsNeeded()),
                "CreationTimestamp", p.creationTimestamp(), "LastUpdateTimestamp", p.lastUpdateTimestamp(), "Status", p.status(),
                "PhaseIds", phaseIds));
    }

    static String format(Phase p) {
        return GoFormat.pointer(GoFormat.struct("Id", p.id(), "ProjectId", p.projectId(), "Name", p.name(), "Description", p.description(),
                "Url", p.url(), "ZnnFundsNeeded", GoFormat.signed(p.znnFundsNeeded()), "QsrFundsNeeded", GoFormat.signed(p.qsrFundsNeeded()),
                "CreationTimestamp", p.creationTimestamp(), "AcceptedTimestamp", p.acceptedTimestamp(), "Status", p.status()));
    }

    static String format(PillarVote v) {
        return GoFormat.pointer(GoFormat.struct("Id", v.id(), "Name", v.name(), "Vote", v.vote()));
    }

    static String format(VoteBreakdown b) {
        return GoFormat.pointer(GoFormat.struct("Id", b.id(), "Total", b.total(), "Yes", b.yes(), "No", b.no()));
    }
}
