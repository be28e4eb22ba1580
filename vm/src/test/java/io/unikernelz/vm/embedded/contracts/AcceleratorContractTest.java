package io.unikernelz.vm.embedded.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.embedded.EmbeddedContracts;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.SporkEra;
import io.unikernelz.vm.embedded.definition.LastUpdate;
import io.unikernelz.vm.embedded.definition.Phase;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import io.unikernelz.vm.embedded.definition.PillarVote;
import io.unikernelz.vm.embedded.definition.Project;
import io.unikernelz.vm.embedded.definition.VotableHash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules, errors and log lines of go-zenon's accelerator.go, checked against vm/embedded/tests/accelerator_test.go. */
class AcceleratorContractTest {
    static final Address USER1 = Address.parse("z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz");
    static final Address USER2 = Address.parse("z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx");
    static final Address USER3 = Address.parse("z1qrs2lpccnsneglhnnfwvlsj0qncnxjnwlfmjac");
    static final Address PRODUCER1 = Address.parse("z1qqq43dyrswfehx9w9td43exflqzcxrt7g6alah");
    static final Address PRODUCER2 = Address.parse("z1qz8v73ea2vy2rrlq7skssngu8cm8mknjjkr2ju");
    static final long GENESIS = HandBuiltContext.GENESIS_TIME;
    static final BigInteger ONE_ZNN = BigInteger.valueOf(100_000_000L);
    static final Hash PROJECT = HandBuiltContext.hashOf("project");
    static final Hash PHASE = HandBuiltContext.hashOf("phase");

    final AcceleratorCreateProject createProject = new AcceleratorCreateProject();
    final AcceleratorAddPhase addPhase = new AcceleratorAddPhase();
    final AcceleratorUpdatePhase updatePhase = new AcceleratorUpdatePhase();
    final AcceleratorUpdate update = new AcceleratorUpdate();
    final AcceleratorVoteByName voteByName = new AcceleratorVoteByName();
    final AcceleratorVoteByProdAddress voteByProdAddress = new AcceleratorVoteByProdAddress();
    final AcceleratorDonate donate = new AcceleratorDonate();

    static PillarInfo pillar(String name, Address producing, Address stake, long revokeTime) {
        return new PillarInfo(name, producing, stake, stake, BigInteger.valueOf(15_000).multiply(ONE_ZNN), GENESIS, revokeTime, 0, 100,
                PillarInfo.NORMAL_PILLAR_TYPE);
    }

    /** Two active pillars of go-zenon's mock ("TEST-pillar-1" owned by User1, "TEST-pillar-cool") and a revoked one. */
    static HandBuiltContext.Builder contract(long height, long time) {
        return HandBuiltContext.of(Address.ACCELERATOR).frontier(height, time)
                .momentumStorage(Address.PILLAR, pillar("TEST-pillar-1", PRODUCER1, USER1, 0))
                .momentumStorage(Address.PILLAR, pillar("TEST-pillar-cool", PRODUCER2, USER2, 0))
                .momentumStorage(Address.PILLAR, pillar("TEST-pillar-gone", USER3, USER3, GENESIS + 5));
    }

    static byte[] projectData(String name, String description, String url, long znn, long qsr) {
        return Abis.ACCELERATOR.encodeMethod("CreateProject", name, description, url, BigInteger.valueOf(znn), BigInteger.valueOf(qsr));
    }

    static byte[] phaseData(String method, Hash project, String name, long znn, long qsr) {
        return Abis.ACCELERATOR.encodeMethod(method, project, name, "Description for " + name, "www.phase1.com", BigInteger.valueOf(znn),
                BigInteger.valueOf(qsr));
    }

    static AccountBlock call(Address from, byte[] data, String label) {
        return HandBuiltContext.send(from, Address.ACCELERATOR, data, label);
    }

    static Project project(int status, long created, List<Hash> phases, long znn, long qsr) {
        return new Project(PROJECT, USER1, "Test Project 1", "TEST DESCRIPTION", "test.com", BigInteger.valueOf(znn), BigInteger.valueOf(qsr),
                created, created, status, phases);
    }

    static Phase phase(Hash id, int status, long created, long znn, long qsr) {
        return new Phase(id, PROJECT, "Phase 1", "Description for phase 1", "www.phase1.com", BigInteger.valueOf(znn), BigInteger.valueOf(qsr),
                created, 0, status);
    }

    static NomError error(Runnable r) {
        try {
            r.run();
        } catch (NomException e) {
            return e.error();
        }
        throw new AssertionError("expected a contract error");
    }

    @Test
    void dispatchPerEra() {
        EmbeddedContracts c = EmbeddedContracts.standard();
        byte[] donateData = Abis.ACCELERATOR.encodeMethod("Donate");
        byte[] create = projectData("Test Project 1", "TEST DESCRIPTION", "test.com", 100, 1000);
        assertThat(c.resolve(SporkEra.ORIGIN, Address.ACCELERATOR, donateData)).isInstanceOf(AcceleratorDonate.class);
        assertThat(error(() -> c.resolve(SporkEra.ORIGIN, Address.ACCELERATOR, create))).isEqualTo(VmErrors.CONTRACT_METHOD_NOT_FOUND);
        Map<String, Class<?>> expected = Map.of("Donate", AcceleratorDonate.class, "CreateProject", AcceleratorCreateProject.class,
                "AddPhase", AcceleratorAddPhase.class, "Update", AcceleratorUpdate.class, "UpdatePhase", AcceleratorUpdatePhase.class,
                "VoteByName", AcceleratorVoteByName.class, "VoteByProdAddress", AcceleratorVoteByProdAddress.class);
        for (SporkEra era : List.of(SporkEra.ACCELERATOR, SporkEra.BRIDGE_AND_LIQUIDITY, SporkEra.HTLC)) {
            Map<String, EmbeddedMethod> methods = c.table(era).get(Address.ACCELERATOR).methods();
            assertThat(methods).hasSize(7);
            expected.forEach((name, type) -> assertThat(methods.get(name)).isInstanceOf(type));
        }
        assertThat(update.plasma()).isEqualTo(Plasma.EMBEDDED_W_RESPONSE_PLASMA);
        assertThat(List.<EmbeddedMethod>of(createProject, addPhase, updatePhase, voteByName, voteByProdAddress, donate))
                .allSatisfy(m -> assertThat(m.plasma()).isEqualTo(Plasma.EMBEDDED_SIMPLE_PLASMA));
    }

    // ---- CreateProject

    @Test
    void createProjectStoresAVotableProjectAndLogsItLikeGoZenon() {
        // TestAccelerator_CreateProject: created at 01:50:00 (time 1000000200)
        HandBuiltContext h = contract(21, GENESIS + 200).build();
        AccountBlock send = HandBuiltContext.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, ONE_ZNN,
                projectData("Test Project 1", "TEST DESCRIPTION", "test.com", 100, 1000), "create");

        assertThat(createProject.receiveBlock(h.context, send)).isEmpty();

        Project stored = AcceleratorSupport.project(h.context.storage(), send.hash()).orElseThrow();
        assertThat(stored).isEqualTo(new Project(send.hash(), USER1, "Test Project 1", "TEST DESCRIPTION", "test.com", BigInteger.valueOf(100),
                BigInteger.valueOf(1000), GENESIS + 200, GENESIS + 200, Project.VOTING_STATUS, List.of()));
        assertThat(AcceleratorSupport.isVotable(h.context.storage(), send.hash())).isTrue();
        assertThat(h.logLines()).containsExactly("successfully create project module=embedded contract=accelerator project=&{Id:" + send.hash()
                + " Owner:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz Name:Test Project 1 Description:TEST DESCRIPTION Url:test.com"
                + " ZnnFundsNeeded:+100 QsrFundsNeeded:+1000 CreationTimestamp:1000000200 LastUpdateTimestamp:1000000200 Status:0 PhaseIds:[]}");
    }

    @Test
    void createProjectCostsExactlyOneZnn() {
        // TestAccelerator_CreteProjectWithInvalidAmount
        byte[] data = projectData("Test Project 1", "TEST DESCRIPTION", "test.com", 100, 1000);
        for (Object[] c : new Object[][] {{TokenStandard.ZNN, BigInteger.ZERO}, {TokenStandard.ZNN, ONE_ZNN.add(BigInteger.ONE)},
                {TokenStandard.QSR, ONE_ZNN}, {TokenStandard.ZNN, ONE_ZNN.multiply(BigInteger.TEN)}}) {
            AccountBlock send = HandBuiltContext.send(USER1, Address.ACCELERATOR, (TokenStandard) c[0], (BigInteger) c[1], data, "c");
            assertThat(error(() -> createProject.validateSendBlock(send))).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT);
        }
    }

    @Test
    void metadataRulesInGoZenonsOrder() {
        String d = "TEST DESCRIPTION";
        Object[][] cases = {
                {"", d, "test.com", 1L, 1L, VmErrors.INVALID_NAME},
                {"n".repeat(31), d, "test.com", 1L, 1L, VmErrors.INVALID_NAME},
                {"é".repeat(16), d, "test.com", 1L, 1L, VmErrors.INVALID_NAME}, // 32 bytes
                {"name", "", "test.com", 1L, 1L, VmErrors.INVALID_DESCRIPTION},
                {"name", "d".repeat(241), "test.com", 1L, 1L, VmErrors.INVALID_DESCRIPTION},
                {"name", d, "", 1L, 1L, VmErrors.FORBIDDEN_PARAM},
                {"name", d, "not a url", 1L, 1L, VmErrors.FORBIDDEN_PARAM},
                {"name", d, "test.com", 5_000 * 100_000_000L + 1, 1L, VmErrors.ACCELERATOR_INVALID_FUNDS},
                {"name", d, "test.com", 1L, 50_000 * 100_000_000L + 1, VmErrors.ACCELERATOR_INVALID_FUNDS},
                // the name is checked before the funds and the fee
                {"", d, "test.com", 5_000 * 100_000_000L + 1, 1L, VmErrors.INVALID_NAME},
        };
        for (Object[] c : cases) {
            byte[] data = projectData((String) c[0], (String) c[1], (String) c[2], (Long) c[3], (Long) c[4]);
            AccountBlock send = HandBuiltContext.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, BigInteger.ZERO, data, "m");
            assertThat(error(() -> createProject.validateSendBlock(send))).as("%s", List.of(c)).isEqualTo(c[5]);
        }
        byte[] limits = projectData("n".repeat(30), "d".repeat(240), "test.com", 5_000 * 100_000_000L, 50_000 * 100_000_000L);
        assertThat(createProject.validateSendBlock(HandBuiltContext.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, ONE_ZNN, limits, "l")))
                .isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"test.com", "www.phase1.com", "https://zenon.network", "HTTP://zenon.network/path?x=1&y=(2)#top",
            "ab.c", "zenon.network/" + "aaaaaaaaaa"})
    void acceptedUrls(String url) {
        assertThat(AcceleratorSupport.isValidUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a.com", "nodot", "ftp://zenon.network", "zenon.network/a b", "zenon.network\n", "zenon.1com",
            "https//zenon.network", "zenon.network/ünïcode"})
    void refusedUrls(String url) {
        assertThat(AcceleratorSupport.isValidUrl(url)).isFalse();
    }

    @Test
    void urlLengthLimitsAreGoZenons() {
        assertThat(AcceleratorSupport.isValidUrl("a".repeat(60) + ".com")).isTrue();
        assertThat(AcceleratorSupport.isValidUrl("a".repeat(61) + ".com")).isFalse();
        assertThat(AcceleratorSupport.isValidUrl("zenon.com" + "/".repeat(100))).isTrue();
        assertThat(AcceleratorSupport.isValidUrl("zenon.com" + "/".repeat(101))).isFalse();
    }

    @Test
    void theProgramEnds7200DaysAfterGenesis() {
        long end = GENESIS + 7200L * 86_400;
        AccountBlock send = HandBuiltContext.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, ONE_ZNN,
                projectData("Test Project 1", "TEST DESCRIPTION", "test.com", 100, 1000), "create");
        assertThat(createProject.receiveBlock(contract(1000, end).build().context, send)).isEmpty();
        assertThat(error(() -> createProject.receiveBlock(contract(1000, end + 1).build().context, send))).isEqualTo(VmErrors.ACCELERATOR_ENDED);
        HandBuiltContext late = contract(1000, end + 1).build();
        assertThat(error(() -> update.receiveBlock(late.context, call(USER1, Abis.ACCELERATOR.encodeMethod("Update"), "u"))))
                .isEqualTo(VmErrors.ACCELERATOR_ENDED);
    }

    // ---- voting

    @Test
    void voteByNameNeedsTheStakeAddressOfAnActivePillar() {
        HandBuiltContext h = contract(23, GENESIS + 220).storage(new VotableHash(PROJECT)).build();
        voteByName.receiveBlock(h.context, call(USER1, Abis.ACCELERATOR.encodeMethod("VoteByName", PROJECT, "TEST-pillar-1", 0), "v1"));
        assertThat(h.stored(PillarVote.key(PROJECT, "TEST-pillar-1"))).isEqualTo(new PillarVote(PROJECT, "TEST-pillar-1", 0).encodeValue());

        // TestAccelerator_InvalidVote: unknown name, someone else's pillar, a revoked pillar
        for (Object[] c : new Object[][] {{USER1, "Pillar111"}, {USER2, "TEST-pillar-1"}, {USER3, "TEST-pillar-gone"}}) {
            AccountBlock send = call((Address) c[0], Abis.ACCELERATOR.encodeMethod("VoteByName", PROJECT, c[1], 0), "bad" + c[1]);
            assertThat(error(() -> voteByName.receiveBlock(h.context, send))).isEqualTo(VmErrors.FORBIDDEN_PARAM);
        }
        // a new vote replaces the old one (TestAccelerator_MultipleVoteByName)
        voteByName.receiveBlock(h.context, call(USER1, Abis.ACCELERATOR.encodeMethod("VoteByName", PROJECT, "TEST-pillar-1", 1), "v2"));
        assertThat(AcceleratorSupport.votes(h.context.storage(), PROJECT)).containsExactly(new PillarVote(PROJECT, "TEST-pillar-1", 1));

        assertThat(h.logLines()).containsExactly(
                "voted for hash module=embedded contract=common pillar-vote=&{Id:" + PROJECT + " Name:TEST-pillar-1 Vote:0}",
                "unable to find pillar module=embedded contract=common param=&{Id:" + PROJECT + " Name:Pillar111 Vote:0} send-block-address=" + USER1,
                "unable to find pillar module=embedded contract=common param=&{Id:" + PROJECT + " Name:TEST-pillar-1 Vote:0} send-block-address=" + USER2,
                "unable to find pillar module=embedded contract=common param=&{Id:" + PROJECT + " Name:TEST-pillar-gone Vote:0} send-block-address=" + USER3,
                "voted for hash module=embedded contract=common pillar-vote=&{Id:" + PROJECT + " Name:TEST-pillar-1 Vote:1}");
    }

    @Test
    void voteByProdAddressUsesTheProducingPillarsName() {
        HandBuiltContext h = contract(23, GENESIS + 220).storage(new VotableHash(PROJECT)).build();
        voteByProdAddress.receiveBlock(h.context, call(PRODUCER2, Abis.ACCELERATOR.encodeMethod("VoteByProdAddress", PROJECT, 1), "p"));
        assertThat(AcceleratorSupport.votes(h.context.storage(), PROJECT)).containsExactly(new PillarVote(PROJECT, "TEST-pillar-cool", 1));

        AccountBlock stranger = call(USER1, Abis.ACCELERATOR.encodeMethod("VoteByProdAddress", PROJECT, 0), "s");
        assertThat(error(() -> voteByProdAddress.receiveBlock(h.context, stranger))).isEqualTo(VmErrors.FORBIDDEN_PARAM);
        // a revoked pillar's producer cannot vote either
        AccountBlock revoked = call(USER3, Abis.ACCELERATOR.encodeMethod("VoteByProdAddress", PROJECT, 0), "r");
        assertThat(error(() -> voteByProdAddress.receiveBlock(h.context, revoked))).isEqualTo(VmErrors.FORBIDDEN_PARAM);
        assertThat(h.logLines()).containsExactly(
                "voted for hash module=embedded contract=common pillar-vote=&{Id:" + PROJECT + " Name:TEST-pillar-cool Vote:1}",
                "unable to find pillar module=embedded contract=common param=&{Id:" + PROJECT + " Name: Vote:0} send-block-address=" + USER1,
                "unable to find pillar module=embedded contract=common param=&{Id:" + PROJECT + " Name: Vote:0} send-block-address=" + USER3);
    }

    @Test
    void votesNeedAVotableIdAValidChoiceAndNoFunds() {
        HandBuiltContext h = contract(23, GENESIS + 220).build();
        assertThat(error(() -> voteByName.receiveBlock(h.context,
                call(USER1, Abis.ACCELERATOR.encodeMethod("VoteByName", PROJECT, "TEST-pillar-1", 0), "v")))).isEqualTo(VmErrors.DATA_NON_EXISTENT);
        assertThat(error(() -> voteByProdAddress.receiveBlock(h.context,
                call(PRODUCER1, Abis.ACCELERATOR.encodeMethod("VoteByProdAddress", PROJECT, 0), "p")))).isEqualTo(VmErrors.DATA_NON_EXISTENT);
        assertThat(error(() -> voteByName.validateSendBlock(call(USER1, Abis.ACCELERATOR.encodeMethod("VoteByName", PROJECT, "x", 3), "a"))))
                .isEqualTo(VmErrors.FORBIDDEN_PARAM);
        assertThat(error(() -> voteByProdAddress.validateSendBlock(call(USER1, Abis.ACCELERATOR.encodeMethod("VoteByProdAddress", PROJECT, 255), "b"))))
                .isEqualTo(VmErrors.FORBIDDEN_PARAM);
        AccountBlock paying = HandBuiltContext.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, BigInteger.ONE,
                Abis.ACCELERATOR.encodeMethod("VoteByName", PROJECT, "x", 2), "c");
        assertThat(error(() -> voteByName.validateSendBlock(paying))).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT);
    }

    // ---- phases

    @Test
    void addPhaseOpensTheNextPhaseOfAnActiveProject() {
        // TestAccelerator_CreatePhase: phase created at 02:47:00 (time 1000003620)
        HandBuiltContext h = contract(363, GENESIS + 3620).storage(project(Project.ACTIVE_STATUS, GENESIS + 200, List.of(), 100, 1000)).build();
        AccountBlock send = call(USER1, phaseData("AddPhase", PROJECT, "Phase 1", 10, 10), "phase 1");

        assertThat(addPhase.receiveBlock(h.context, send)).isEmpty();

        Phase phase = AcceleratorSupport.phase(h.context.storage(), send.hash()).orElseThrow();
        assertThat(phase).isEqualTo(new Phase(send.hash(), PROJECT, "Phase 1", "Description for Phase 1", "www.phase1.com", BigInteger.TEN,
                BigInteger.TEN, GENESIS + 3620, 0, Project.VOTING_STATUS));
        Project project = AcceleratorSupport.project(h.context.storage(), PROJECT).orElseThrow();
        assertThat(project.phaseIds()).containsExactly(send.hash());
        assertThat(project.lastUpdateTimestamp()).isEqualTo(GENESIS + 3620);
        assertThat(AcceleratorSupport.isVotable(h.context.storage(), send.hash())).isTrue();
        assertThat(h.logLines()).containsExactly("successfully created phase module=embedded contract=accelerator phase=&{Id:" + send.hash()
                + " ProjectId:" + PROJECT + " Name:Phase 1 Description:Description for Phase 1 Url:www.phase1.com ZnnFundsNeeded:+10"
                + " QsrFundsNeeded:+10 CreationTimestamp:1000003620 AcceptedTimestamp:0 Status:0}");

        // the next phase waits until this one is paid (TestAccelerator_CreateMultiplePhase)
        AccountBlock second = call(USER1, phaseData("AddPhase", PROJECT, "Phase 2", 10, 10), "phase 2");
        assertThat(error(() -> addPhase.receiveBlock(h.context, second))).isEqualTo(VmErrors.PERMISSION_DENIED);
    }

    @Test
    void addPhaseRefusals() {
        AccountBlock send = call(USER1, phaseData("AddPhase", PROJECT, "Phase 1", 10, 10), "p");
        assertThat(error(() -> addPhase.receiveBlock(contract(363, GENESIS + 3620).build().context, send))).isEqualTo(VmErrors.DATA_NON_EXISTENT);
        HandBuiltContext voting = contract(363, GENESIS + 3620).storage(project(Project.VOTING_STATUS, GENESIS + 200, List.of(), 100, 1000)).build();
        assertThat(error(() -> addPhase.receiveBlock(voting.context, send))).isEqualTo(VmErrors.PERMISSION_DENIED);
        HandBuiltContext active = contract(363, GENESIS + 3620).storage(project(Project.ACTIVE_STATUS, GENESIS + 200, List.of(), 100, 1000)).build();
        assertThat(error(() -> active.receive(addPhase, call(USER2, send.data(), "other")))).isEqualTo(VmErrors.PERMISSION_DENIED);
        // TestAccelerator_CreatePhaseWithInvalidAmount: a phase asking more than the project
        assertThat(error(() -> active.receive(addPhase, call(USER1, phaseData("AddPhase", PROJECT, "Phase 1", 101, 10), "big"))))
                .isEqualTo(VmErrors.ACCELERATOR_INVALID_FUNDS);
        assertThat(error(() -> active.receive(addPhase, call(USER1, phaseData("AddPhase", PROJECT, "Phase 1", 10, 1001), "bigq"))))
                .isEqualTo(VmErrors.ACCELERATOR_INVALID_FUNDS);
        // phases together may not exceed the project: 60 paid + 50 asked > 100
        Hash paidId = HandBuiltContext.hashOf("paid");
        HandBuiltContext partly = contract(363, GENESIS + 3620)
                .storage(project(Project.ACTIVE_STATUS, GENESIS + 200, List.of(paidId), 100, 1000))
                .storage(phase(paidId, Project.PAID_STATUS, GENESIS + 300, 60, 0)).build();
        assertThat(error(() -> partly.receive(addPhase, call(USER1, phaseData("AddPhase", PROJECT, "Phase 2", 50, 0), "over"))))
                .isEqualTo(VmErrors.ACCELERATOR_INVALID_FUNDS);
        assertThat(partly.receive(addPhase, call(USER1, phaseData("AddPhase", PROJECT, "Phase 2", 40, 0), "fits"))).isEmpty();
    }

    @Test
    void updatePhaseReplacesTheVotingPhaseAndStartsVotingOver() {
        // TestAccelerator_UpdatePhase
        HandBuiltContext h = contract(367, GENESIS + 3660)
                .storage(project(Project.ACTIVE_STATUS, GENESIS + 200, List.of(PHASE), 100, 1000))
                .storage(phase(PHASE, Project.VOTING_STATUS, GENESIS + 3620, 10, 10))
                .storage(new VotableHash(PHASE))
                .storage(new PillarVote(PHASE, "TEST-pillar-cool", 0))
                .storage(new PillarVote(PROJECT, "TEST-pillar-cool", 0)).build();
        AccountBlock send = call(USER1, phaseData("UpdatePhase", PROJECT, "Phase 1", 15, 5), "update phase");

        assertThat(updatePhase.receiveBlock(h.context, send)).isEmpty();

        assertThat(AcceleratorSupport.project(h.context.storage(), PROJECT).orElseThrow().phaseIds()).containsExactly(send.hash());
        assertThat(AcceleratorSupport.project(h.context.storage(), PROJECT).orElseThrow().lastUpdateTimestamp()).isEqualTo(GENESIS + 200);
        assertThat(AcceleratorSupport.phase(h.context.storage(), PHASE)).isEmpty();
        assertThat(AcceleratorSupport.phase(h.context.storage(), send.hash()).orElseThrow().znnFundsNeeded()).isEqualTo(BigInteger.valueOf(15));
        assertThat(AcceleratorSupport.isVotable(h.context.storage(), PHASE)).isFalse();
        assertThat(AcceleratorSupport.isVotable(h.context.storage(), send.hash())).isTrue();
        assertThat(AcceleratorSupport.votes(h.context.storage(), PHASE)).isEmpty();
        assertThat(AcceleratorSupport.votes(h.context.storage(), PROJECT)).hasSize(1); // other ids keep their votes
        String oldPhase = "&{Id:" + PHASE + " ProjectId:" + PROJECT + " Name:Phase 1 Description:Description for phase 1 Url:www.phase1.com"
                + " ZnnFundsNeeded:+10 QsrFundsNeeded:+10 CreationTimestamp:1000003620 AcceptedTimestamp:0 Status:0}";
        String newPhase = "&{Id:" + send.hash() + " ProjectId:" + PROJECT + " Name:Phase 1 Description:Description for Phase 1"
                + " Url:www.phase1.com ZnnFundsNeeded:+15 QsrFundsNeeded:+5 CreationTimestamp:1000003660 AcceptedTimestamp:0 Status:0}";
        assertThat(h.logLines()).containsExactly(
                "delete pillar vote due to phase update module=embedded contract=accelerator old-pillar-vote=&{Id:" + PHASE
                        + " Name:TEST-pillar-cool Vote:0}",
                "delete phase hash due to phase update module=embedded contract=accelerator old-phase-hash=" + PHASE,
                "successfully updated phase module=embedded contract=accelerator old-phase=" + oldPhase + " new-phase=" + newPhase);
    }

    @Test
    void updatePhaseRefusals() {
        AccountBlock send = call(USER1, phaseData("UpdatePhase", PROJECT, "Phase 1", 15, 5), "u");
        assertThat(error(() -> updatePhase.receiveBlock(contract(400, GENESIS + 4000).build().context, send))).isEqualTo(VmErrors.DATA_NON_EXISTENT);
        HandBuiltContext noPhase = contract(400, GENESIS + 4000).storage(project(Project.ACTIVE_STATUS, GENESIS, List.of(), 100, 1000)).build();
        assertThat(error(() -> updatePhase.receiveBlock(noPhase.context, send))).isEqualTo(VmErrors.DATA_NON_EXISTENT);
        assertThat(error(() -> updatePhase.receiveBlock(noPhase.context, call(USER2, send.data(), "x")))).isEqualTo(VmErrors.PERMISSION_DENIED);
        HandBuiltContext paid = contract(400, GENESIS + 4000).storage(project(Project.ACTIVE_STATUS, GENESIS, List.of(PHASE), 100, 1000))
                .storage(phase(PHASE, Project.PAID_STATUS, GENESIS + 100, 10, 10)).build();
        assertThat(error(() -> updatePhase.receiveBlock(paid.context, send))).isEqualTo(VmErrors.PERMISSION_DENIED);
        HandBuiltContext voting = contract(400, GENESIS + 4000).storage(project(Project.ACTIVE_STATUS, GENESIS, List.of(PHASE), 100, 1000))
                .storage(phase(PHASE, Project.VOTING_STATUS, GENESIS + 100, 10, 10)).build();
        assertThat(error(() -> updatePhase.receiveBlock(voting.context, call(USER1, phaseData("UpdatePhase", PROJECT, "Phase 1", 101, 5), "b"))))
                .isEqualTo(VmErrors.ACCELERATOR_INVALID_FUNDS);
    }

    // ---- Update

    static AccountBlock updateCall() {
        return call(USER3, Abis.ACCELERATOR.encodeMethod("Update"), "update");
    }

    @Test
    void updateIsRateLimited() {
        HandBuiltContext h = contract(599, GENESIS + 6000).storage(new LastUpdate(300)).build();
        assertThat(error(() -> update.receiveBlock(h.context, updateCall()))).isEqualTo(VmErrors.UPDATE_TOO_RECENT);
        HandBuiltContext due = contract(600, GENESIS + 6000).storage(new LastUpdate(300)).build();
        assertThat(update.receiveBlock(due.context, updateCall())).isEmpty();
        assertThat(due.stored(LastUpdate.key())).isEqualTo(new LastUpdate(600).encodeValue());
        assertThat(due.logLines()).containsExactly("updating contract state module=embedded contract=common contract=" + Address.ACCELERATOR
                + " current-height=600 last-update-height=300");
        AccountBlock paying = HandBuiltContext.send(USER3, Address.ACCELERATOR, TokenStandard.ZNN, BigInteger.ONE,
                Abis.ACCELERATOR.encodeMethod("Update"), "p");
        assertThat(error(() -> update.validateSendBlock(paying))).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT);
    }

    @Test
    void votingProjectsAreAcceptedInsideTheirWindowAndClosedAfterIt() {
        // TestAccelerator_Update: two of the two active pillars vote yes; accepted at 02:46:40 (height 361)
        HandBuiltContext h = contract(361, GENESIS + 3600)
                .storage(project(Project.VOTING_STATUS, GENESIS + 200, List.of(), 100, 1000))
                .storage(new PillarVote(PROJECT, "TEST-pillar-1", 0))
                .storage(new PillarVote(PROJECT, "TEST-pillar-cool", 0)).build();
        assertThat(update.receiveBlock(h.context, updateCall())).isEmpty();
        Project accepted = AcceleratorSupport.project(h.context.storage(), PROJECT).orElseThrow();
        assertThat(accepted.status()).isEqualTo(Project.ACTIVE_STATUS);
        assertThat(accepted.lastUpdateTimestamp()).isEqualTo(GENESIS + 3600);
        assertThat(h.logLines()).containsExactly(
                "updating contract state module=embedded contract=common contract=" + Address.ACCELERATOR + " current-height=361 last-update-height=0",
                "check accelerator votes module=embedded contract=accelerator votes=&{Id:" + PROJECT + " Total:2 Yes:2 No:0} status=true",
                "project passed voting period module=embedded contract=accelerator project-id=" + PROJECT + " passed-votes=true");

        // TestAccelerator_MultipleVoteByName: two no votes keep it in voting
        HandBuiltContext rejected = contract(361, GENESIS + 3600)
                .storage(project(Project.VOTING_STATUS, GENESIS + 200, List.of(), 100, 1000))
                .storage(new PillarVote(PROJECT, "TEST-pillar-1", 1))
                .storage(new PillarVote(PROJECT, "TEST-pillar-cool", 1)).build();
        update.receiveBlock(rejected.context, updateCall());
        assertThat(AcceleratorSupport.project(rejected.context.storage(), PROJECT).orElseThrow().status()).isEqualTo(Project.VOTING_STATUS);
        assertThat(rejected.logLines()).contains(
                "check accelerator votes module=embedded contract=accelerator votes=&{Id:" + PROJECT + " Total:2 Yes:0 No:2} status=false");

        // the window is creation + 14 days inclusive; one second later the project is closed, votes or not
        long windowEnd = GENESIS + 200 + 14 * 86_400;
        HandBuiltContext last = contract(200_000, windowEnd).storage(project(Project.VOTING_STATUS, GENESIS + 200, List.of(), 100, 1000))
                .storage(new PillarVote(PROJECT, "TEST-pillar-1", 0)).build();
        update.receiveBlock(last.context, updateCall());
        assertThat(AcceleratorSupport.project(last.context.storage(), PROJECT).orElseThrow().status()).isEqualTo(Project.ACTIVE_STATUS);
        HandBuiltContext closed = contract(200_000, windowEnd + 1).storage(project(Project.VOTING_STATUS, GENESIS + 200, List.of(), 100, 1000))
                .storage(new PillarVote(PROJECT, "TEST-pillar-1", 0)).build();
        update.receiveBlock(closed.context, updateCall());
        Project closedProject = AcceleratorSupport.project(closed.context.storage(), PROJECT).orElseThrow();
        assertThat(closedProject.status()).isEqualTo(Project.CLOSED_STATUS);
        assertThat(closedProject.lastUpdateTimestamp()).isEqualTo(GENESIS + 200);
        assertThat(closed.logLines()).hasSize(1); // only the common update line
    }

    @Test
    void acceptanceNeedsMoreYesThanNoAndMoreThanAThirdOfThePillars() {
        // two active pillars: 1 vote → 100 > 66; with 4 active pillars 1 vote → 100 ≤ 132
        assertThat(passes(List.of(new PillarVote(PROJECT, "TEST-pillar-1", 0)), 0)).isTrue();
        assertThat(passes(List.of(new PillarVote(PROJECT, "TEST-pillar-1", 0)), 2)).isFalse();
        assertThat(passes(List.of(new PillarVote(PROJECT, "TEST-pillar-1", 0), new PillarVote(PROJECT, "TEST-pillar-cool", 1)), 0)).isFalse();
        assertThat(passes(List.of(new PillarVote(PROJECT, "TEST-pillar-1", 0), new PillarVote(PROJECT, "TEST-pillar-cool", 2)), 0)).isTrue();
        assertThat(passes(List.of(new PillarVote(PROJECT, "TEST-pillar-1", 2)), 0)).isFalse();
    }

    private boolean passes(List<PillarVote> votes, int extraPillars) {
        HandBuiltContext.Builder b = contract(361, GENESIS + 3600).storage(project(Project.VOTING_STATUS, GENESIS + 200, List.of(), 100, 1000));
        for (PillarVote v : votes) b.storage(v);
        for (int i = 0; i < extraPillars; i++) {
            b.momentumStorage(Address.PILLAR, pillar("extra-" + i, USER3, USER3, 0));
        }
        HandBuiltContext h = b.build();
        update.receiveBlock(h.context, updateCall());
        return AcceleratorSupport.project(h.context.storage(), PROJECT).orElseThrow().status() == Project.ACTIVE_STATUS;
    }

    @Test
    void anAcceptedPhaseIsPaidWithItsIdAsDataAndCompletesTheProject() {
        // TestAccelerator_DoublePhases: 50 of 100 ZNN paid, then the second half completes the project
        Hash firstId = HandBuiltContext.hashOf("first");
        HandBuiltContext h = contract(721, GENESIS + 7210).balance(TokenStandard.ZNN, BigInteger.valueOf(1000)).balance(TokenStandard.QSR, BigInteger.TEN)
                .storage(project(Project.ACTIVE_STATUS, GENESIS + 200, List.of(firstId, PHASE), 100, 0))
                .storage(phase(firstId, Project.PAID_STATUS, GENESIS + 3620, 50, 0))
                .storage(phase(PHASE, Project.VOTING_STATUS, GENESIS + 7220, 50, 0))
                .storage(new PillarVote(PHASE, "TEST-pillar-1", 0))
                .storage(new PillarVote(PHASE, "TEST-pillar-cool", 0)).build();

        List<AccountBlock> out = update.receiveBlock(h.context, updateCall());

        assertThat(out).hasSize(2);
        assertThat(out.get(0).toAddress()).isEqualTo(USER1);
        assertThat(out.get(0).tokenStandard()).isEqualTo(TokenStandard.ZNN);
        assertThat(out.get(0).amount()).isEqualTo(BigInteger.valueOf(50));
        assertThat(out.get(1).tokenStandard()).isEqualTo(TokenStandard.QSR);
        assertThat(out.get(1).amount()).isZero(); // a zero-amount QSR payout is still emitted
        assertThat(out).allSatisfy(d -> {
            assertThat(d.address()).isEqualTo(Address.ACCELERATOR);
            assertThat(d.data()).isEqualTo(PHASE.bytes());
        });
        Phase paid = AcceleratorSupport.phase(h.context.storage(), PHASE).orElseThrow();
        assertThat(paid.status()).isEqualTo(Project.PAID_STATUS);
        assertThat(paid.acceptedTimestamp()).isEqualTo(GENESIS + 7210);
        Project completed = AcceleratorSupport.project(h.context.storage(), PROJECT).orElseThrow();
        assertThat(completed.status()).isEqualTo(Project.COMPLETED_STATUS);
        assertThat(completed.lastUpdateTimestamp()).isEqualTo(GENESIS + 7210);
        assertThat(h.logLines()).contains("finishing and paying phase module=embedded contract=accelerator project-id=" + PROJECT
                + " phase-id=" + PHASE + " znn-amount=50 qsr-amount=0");
    }

    @Test
    void aPaidPhaseThatLeavesFundsOpenKeepsTheProjectActive() {
        HandBuiltContext h = contract(721, GENESIS + 7210).balance(TokenStandard.ZNN, BigInteger.valueOf(1000)).balance(TokenStandard.QSR, BigInteger.valueOf(1000))
                .storage(project(Project.ACTIVE_STATUS, GENESIS + 200, List.of(PHASE), 100, 1000))
                .storage(phase(PHASE, Project.VOTING_STATUS, GENESIS + 3620, 10, 0))
                .storage(new PillarVote(PHASE, "TEST-pillar-1", 0)).build();
        assertThat(update.receiveBlock(h.context, updateCall())).hasSize(2);
        assertThat(AcceleratorSupport.project(h.context.storage(), PROJECT).orElseThrow().status()).isEqualTo(Project.ACTIVE_STATUS);
    }

    @Test
    void phasesWithoutFundsOrVotesWait() {
        // TestAccelerator_AcceptPhaseWithInsufficientFunds: nothing is paid, nothing changes but the update marker
        HandBuiltContext poor = contract(721, GENESIS + 7210).balance(TokenStandard.ZNN, BigInteger.valueOf(9)).balance(TokenStandard.QSR, BigInteger.valueOf(1000))
                .storage(project(Project.ACTIVE_STATUS, GENESIS + 200, List.of(PHASE), 100, 1000))
                .storage(phase(PHASE, Project.VOTING_STATUS, GENESIS + 3620, 10, 10))
                .storage(new PillarVote(PHASE, "TEST-pillar-1", 0)).build();
        assertThat(update.receiveBlock(poor.context, updateCall())).isEmpty();
        assertThat(AcceleratorSupport.phase(poor.context.storage(), PHASE).orElseThrow().status()).isEqualTo(Project.VOTING_STATUS);
        HandBuiltContext poorQsr = contract(721, GENESIS + 7210).balance(TokenStandard.ZNN, BigInteger.valueOf(1000)).balance(TokenStandard.QSR, BigInteger.valueOf(9))
                .storage(project(Project.ACTIVE_STATUS, GENESIS + 200, List.of(PHASE), 100, 1000))
                .storage(phase(PHASE, Project.VOTING_STATUS, GENESIS + 3620, 10, 10))
                .storage(new PillarVote(PHASE, "TEST-pillar-1", 0)).build();
        assertThat(update.receiveBlock(poorQsr.context, updateCall())).isEmpty();

        HandBuiltContext noVotes = contract(721, GENESIS + 7210).balance(TokenStandard.ZNN, BigInteger.valueOf(1000))
                .storage(project(Project.ACTIVE_STATUS, GENESIS + 200, List.of(PHASE), 100, 1000))
                .storage(phase(PHASE, Project.VOTING_STATUS, GENESIS + 3620, 10, 0)).build();
        assertThat(update.receiveBlock(noVotes.context, updateCall())).isEmpty();
        assertThat(noVotes.logLines()).contains("not enough votes to finish phase module=embedded contract=accelerator project-id=" + PROJECT
                + " phase-id=" + PHASE);
    }

    @Test
    void atMostFortyPayoutsPerUpdateInOrderOfPhaseCreation() {
        // TestAccelerator_CreateMultipleProjects: 50 accepted phases of 1 ZNN + 1 QSR; 20 are paid, the oldest first
        HandBuiltContext.Builder b = contract(1081, GENESIS + 10_810).balance(TokenStandard.ZNN, BigInteger.valueOf(1000))
                .balance(TokenStandard.QSR, BigInteger.valueOf(1000));
        List<Hash> phaseOrder = new ArrayList<>();
        Map<Hash, Long> creation = new java.util.HashMap<>();
        for (int i = 0; i < 50; i++) {
            Hash projectId = HandBuiltContext.hashOf("project " + i);
            Hash phaseId = HandBuiltContext.hashOf("phase " + i);
            long created = GENESIS + 4000 + 10L * ((i * 7) % 50); // creation order differs from key order
            b.storage(new Project(projectId, USER1, "Test Project " + i, "TEST DESCRIPTION", "test.com", BigInteger.valueOf(5),
                    BigInteger.valueOf(5), GENESIS + 200, GENESIS + 200, Project.ACTIVE_STATUS, List.of(phaseId)));
            b.storage(new Phase(phaseId, projectId, "Phase", "Description", "www.phase1.com", BigInteger.ONE, BigInteger.ONE, created, 0,
                    Project.VOTING_STATUS));
            b.storage(new PillarVote(phaseId, "TEST-pillar-1", 0));
            phaseOrder.add(phaseId);
            creation.put(phaseId, created);
        }
        phaseOrder.sort(java.util.Comparator.comparing(creation::get));
        HandBuiltContext h = b.build();

        List<AccountBlock> out = update.receiveBlock(h.context, updateCall());

        assertThat(out).hasSize(AcceleratorSupport.MAX_BLOCKS_PER_UPDATE);
        List<Hash> paidInOrder = new ArrayList<>();
        for (int i = 0; i < out.size(); i += 2) paidInOrder.add(Hash.wrap(out.get(i).data()));
        assertThat(paidInOrder).isEqualTo(phaseOrder.subList(0, 20));
        long notEnough = h.logLines().stream().filter(l -> l.startsWith("not enough votes to finish phase")).count();
        assertThat(notEnough).isEqualTo(30);
    }

    @Test
    void equalPhaseTimesKeepStorageOrder() {
        // go-zenon sorts with sort.SliceStable: ties stay in key (project id) order
        HandBuiltContext.Builder b = contract(1081, GENESIS + 10_810).balance(TokenStandard.ZNN, BigInteger.valueOf(1000))
                .balance(TokenStandard.QSR, BigInteger.valueOf(1000));
        List<Hash> projectIds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Hash projectId = HandBuiltContext.hashOf("tie project " + i);
            Hash phaseId = HandBuiltContext.hashOf("tie phase " + i);
            b.storage(new Project(projectId, USER1, "P" + i, "D", "test.com", BigInteger.ONE, BigInteger.ONE, GENESIS, GENESIS,
                    Project.ACTIVE_STATUS, List.of(phaseId)));
            b.storage(new Phase(phaseId, projectId, "Phase", "D", "test.com", BigInteger.ONE, BigInteger.ONE, GENESIS + 4000, 0,
                    Project.VOTING_STATUS));
            b.storage(new PillarVote(phaseId, "TEST-pillar-1", 0));
            projectIds.add(projectId);
        }
        HandBuiltContext h = b.build();
        update.receiveBlock(h.context, updateCall());
        List<String> paid = h.logLines().stream().filter(l -> l.startsWith("finishing and paying phase"))
                .map(l -> l.replaceAll(".*project-id=(\\w+).*", "$1")).toList();
        assertThat(paid).isEqualTo(projectIds.stream().sorted().map(Hash::toString).toList());
    }

    // ---- Donate

    @Test
    void donateKeepsAnyNonZeroAmount() {
        // TestAccelerator: 100 base units of ZNN from User1
        HandBuiltContext h = contract(2, GENESIS + 10).build();
        AccountBlock send = HandBuiltContext.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, BigInteger.valueOf(100),
                Abis.ACCELERATOR.encodeMethod("Donate"), "donate");
        assertThat(donate.receiveBlock(h.context, send)).isEmpty();
        assertThat(h.logs).singleElement().satisfies(r -> assertThat(r.level().logfmt()).isEqualTo("info"));
        assertThat(h.logLines()).containsExactly("received donation module=embedded contract=common embedded=z1qxemdeddedxaccelerat0rxxxxxxxxxxp4tk22"
                + " from-address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz zts=zts1znnxxxxxxxxxxxxx9z4ulx amount=100");
        assertThat(error(() -> donate.validateSendBlock(HandBuiltContext.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, BigInteger.ZERO,
                Abis.ACCELERATOR.encodeMethod("Donate"), "zero")))).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT);
        assertThat(error(() -> donate.validateSendBlock(HandBuiltContext.send(USER1, Address.ACCELERATOR, TokenStandard.ZNN, BigInteger.ONE,
                new byte[] {1, 2, 3, 4, 5}, "junk")))).isEqualTo(VmErrors.UNPACK_ERROR);
    }
}
