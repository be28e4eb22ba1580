package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.embedded.definition.Phase;
import io.unikernelz.vm.embedded.definition.PillarVote;
import io.unikernelz.vm.embedded.definition.Project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The {@code embedded.accelerator} namespace (go-zenon {@code rpc/api/embedded/accelerator.go}). */
final class AcceleratorApi {
    private final LedgerAccess ledger;

    AcceleratorApi(NodeServices services) {
        this.ledger = services.ledger();
    }

    List<RpcMethod> methods() {
        return List.of(
                new ApiMethod("embedded.accelerator.getAll", 2, this::all),
                new ApiMethod("embedded.accelerator.getProjectById", 1, p -> projectById(p.hash(0))),
                new ApiMethod("embedded.accelerator.getPhaseById", 1, p -> phaseById(p.hash(0))),
                new ApiMethod("embedded.accelerator.getVoteBreakdown", 1, p -> voteBreakdown(storage(), p.hash(0))),
                new ApiMethod("embedded.accelerator.getPillarVotes", 2, this::pillarVotes));
    }

    private StateReader storage() {
        return Frontier.of(ledger).storage(Address.ACCELERATOR);
    }

    private static Optional<Phase> phase(StateReader storage, Hash id) {
        byte[] key = Phase.key(id);
        return Storage.get(storage, key).map(v -> Phase.decode(key, v));
    }

    /**
     * go-zenon GetVoteBreakdown: every pillar vote on {@code id}; votes other than yes and no count in the total only.
     * go-zenon scans all votes and keeps those whose value names {@code id}; a vote's key starts with that id, so
     * scanning the id's key range finds the same votes without reading every other project's.
     */
    static ObjectNode voteBreakdown(StateReader storage, Hash id) {
        long total = 0;
        long yes = 0;
        long no = 0;
        byte[] range = io.unikernelz.core.types.Bytes.concat(PillarVote.prefix(), id.rawBytes());
        for (var e : Storage.entries(storage, range)) {
            PillarVote vote = PillarVote.decode(e.key(), e.value());
            if (!vote.id().equals(id)) continue;
            total++;
            if (vote.vote() == PillarVote.VOTE_YES) yes++;
            else if (vote.vote() == PillarVote.VOTE_NO) no++;
        }
        ObjectNode o = Shapes.object();
        o.put("id", id.toString());
        o.put("total", total);
        o.put("yes", yes);
        o.put("no", no);
        return o;
    }

    private static ObjectNode phaseShape(Phase p) {
        ObjectNode o = Shapes.object();
        o.put("id", p.id().toString());
        o.put("projectID", p.projectId().toString());
        o.put("name", p.name());
        o.put("description", p.description());
        o.put("url", p.url());
        o.put("znnFundsNeeded", Shapes.big(p.znnFundsNeeded()));
        o.put("qsrFundsNeeded", Shapes.big(p.qsrFundsNeeded()));
        o.put("creationTimestamp", p.creationTimestamp());
        o.put("acceptedTimestamp", p.acceptedTimestamp());
        o.put("status", p.status());
        return o;
    }

    /** go-zenon {@code Phase} result: the phase and its votes. */
    private static ObjectNode phaseWithVotes(StateReader storage, Phase p) {
        ObjectNode o = Shapes.object();
        o.set("phase", phaseShape(p));
        o.set("votes", voteBreakdown(storage, p.id()));
        return o;
    }

    /** go-zenon toProject: a phase that cannot be read is listed as null. */
    private static ObjectNode project(StateReader storage, Project p) {
        ObjectNode o = Shapes.object();
        o.put("id", p.id().toString());
        o.put("owner", p.owner().toString());
        o.put("name", p.name());
        o.put("description", p.description());
        o.put("url", p.url());
        o.put("znnFundsNeeded", Shapes.big(p.znnFundsNeeded()));
        o.put("qsrFundsNeeded", Shapes.big(p.qsrFundsNeeded()));
        o.put("creationTimestamp", p.creationTimestamp());
        o.put("lastUpdateTimestamp", p.lastUpdateTimestamp());
        o.put("status", p.status());
        ArrayNode ids = o.putArray("phaseIds");
        p.phaseIds().forEach(id -> ids.add(id.toString()));
        o.set("votes", voteBreakdown(storage, p.id()));
        ArrayNode phases = o.putArray("phases");
        for (Hash id : p.phaseIds()) {
            phases.add(Shapes.orNull(phase(storage, id).map(ph -> phaseWithVotes(storage, ph)).orElse(null)));
        }
        return o;
    }

    private Object all(Params params) {
        long pageIndex = params.pageIndex(0);
        long pageSize = params.uint32(1); // go-zenon puts no bound on this page size
        StateReader storage = storage();
        List<Project> projects = new ArrayList<>();
        for (var e : Storage.entries(storage, Project.prefix())) projects.add(Project.decode(e.key(), e.value()));
        // go-zenon sort.SliceStable: latest update first, key order among equals
        projects.sort(Comparator.comparingLong(Project::lastUpdateTimestamp).reversed());
        return Shapes.countList(projects.size(), Shapes.array(Paging.page(projects, pageIndex, pageSize), p -> project(storage, p)));
    }

    private Object projectById(Hash id) {
        StateReader storage = storage();
        byte[] key = Project.key(id);
        Project p = Storage.get(storage, key).map(v -> Project.decode(key, v)).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        return project(storage, p);
    }

    private Object phaseById(Hash id) {
        StateReader storage = storage();
        Phase p = phase(storage, id).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        return phaseWithVotes(storage, p);
    }

    private Object pillarVotes(Params params) {
        String name = params.string(0);
        // go decodes a JSON null list as an empty one
        List<Hash> hashes = params.size() > 1 && !params.has(1) ? List.of() : params.hashList(1);
        StateReader storage = storage();
        ArrayNode out = Shapes.NODES.arrayNode();
        for (Hash id : hashes) {
            byte[] key = PillarVote.key(id, name);
            Optional<PillarVote> vote = Storage.get(storage, key).map(v -> PillarVote.decode(key, v));
            if (vote.isEmpty()) {
                out.addNull();
                continue;
            }
            ObjectNode o = out.addObject();
            o.put("id", vote.get().id().toString());
            o.put("name", vote.get().name());
            o.put("vote", vote.get().vote());
        }
        return out;
    }
}
