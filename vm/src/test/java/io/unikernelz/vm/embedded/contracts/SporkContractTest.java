package io.unikernelz.vm.embedded.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.Vm;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.embedded.EmbeddedContracts;
import io.unikernelz.vm.embedded.SporkEra;
import io.unikernelz.vm.embedded.definition.Spork;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SporkContractTest {
    static final Address SPORK_KEY = Address.parse("z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz");
    static final Address PILLAR1 = Address.parse("z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx");
    static final Address STRANGER = Address.parse("z1qrs2lpccnsneglhnnfwvlsj0qncnxjnwlfmjac");
    static final ContractParameters PARAMS = ContractParameters.mainnet().toBuilder().sporkAddress(SPORK_KEY).build();
    /** go-zenon TestSpork_CreateCommunitySpork: Pillar1 as the community address for heights [10, 15). */
    static final SporkSupport.CommunityWindow WINDOW = new SporkSupport.CommunityWindow(PILLAR1, 10, 15);

    final SporkCreate create = new SporkCreate(WINDOW);
    final SporkActivate activate = new SporkActivate(WINDOW);

    static byte[] createData(String name, String description) {
        return Abis.SPORK.encodeMethod("CreateSpork", name, description);
    }

    static byte[] activateData(Hash id) {
        return Abis.SPORK.encodeMethod("ActivateSpork", id);
    }

    static AccountBlock sendCreate(String name, String description) {
        return HandBuiltContext.send(SPORK_KEY, Address.SPORK, createData(name, description), "create " + name);
    }

    static HandBuiltContext at(long height) {
        return HandBuiltContext.of(Address.SPORK).parameters(PARAMS).frontier(height, HandBuiltContext.GENESIS_TIME + 10 * (height - 1)).build();
    }

    static NomException error(Runnable r) {
        try {
            r.run();
        } catch (NomException e) {
            return e;
        }
        throw new AssertionError("expected a contract error");
    }

    @Test
    void registeredInEveryEraWithSimplePlasma() {
        for (SporkEra era : SporkEra.values()) {
            assertThat(EmbeddedContracts.standard().resolve(era, Address.SPORK, createData("spork-1", "d"))).isInstanceOf(SporkCreate.class);
            assertThat(EmbeddedContracts.standard().resolve(era, Address.SPORK, activateData(Hash.ZERO))).isInstanceOf(SporkActivate.class);
        }
        assertThat(create.plasma()).isEqualTo(Plasma.EMBEDDED_SIMPLE_PLASMA);
        assertThat(activate.plasma()).isEqualTo(Plasma.EMBEDDED_SIMPLE_PLASMA);
    }

    @Test
    void createStoresAnInactiveSporkUnderTheSendHashAndLogsItLikeGoZenon() {
        HandBuiltContext h = at(2);
        AccountBlock send = HandBuiltContext.send(SPORK_KEY, Address.SPORK, createData("spork-1", "spork description"), "create-1");

        assertThat(create.receiveBlock(h.context, send)).isEmpty();

        Spork stored = Spork.decode(Spork.key(send.hash()), h.stored(Spork.key(send.hash())));
        assertThat(stored).isEqualTo(new Spork(send.hash(), "spork-1", "spork description", false, 0));
        assertThat(h.logLines()).containsExactly("created module=embedded contract=spork spork=&{Id:" + send.hash()
                + " Name:spork-1 Description:spork description Activated:false EnforcementHeight:0}");
    }

    @Test
    void activateSetsEnforcementToFrontierHeightPlusSix() {
        // go-zenon TestSpork_ActivateSpork: activated while the frontier is momentum 3, enforced from 9
        Hash id = HandBuiltContext.hashOf("create-1");
        HandBuiltContext h = HandBuiltContext.of(Address.SPORK).parameters(PARAMS).frontier(3, HandBuiltContext.GENESIS_TIME + 20)
                .storage(new Spork(id, "spork-1", "spork description", false, 0)).build();

        activate.receiveBlock(h.context, HandBuiltContext.send(SPORK_KEY, Address.SPORK, activateData(id), "activate-1"));

        assertThat(SporkSupport.spork(h.context.storage(), id)).contains(new Spork(id, "spork-1", "spork description", true, 9));
        assertThat(h.logLines()).containsExactly("activated module=embedded contract=spork spork=&{Id:" + id
                + " Name:spork-1 Description:spork description Activated:true EnforcementHeight:9}");
    }

    @Test
    void activatingTwiceOrAnUnknownSporkFails() {
        Hash id = HandBuiltContext.hashOf("create-1");
        HandBuiltContext h = HandBuiltContext.of(Address.SPORK).parameters(PARAMS)
                .storage(new Spork(id, "spork-1", "spork description", true, 9)).build();
        assertThat(error(() -> activate.receiveBlock(h.context, HandBuiltContext.send(SPORK_KEY, Address.SPORK, activateData(id), "a")))
                .error()).isEqualTo(VmErrors.ALREADY_ACTIVATED);
        Hash unknown = HandBuiltContext.hashOf("nothing");
        assertThat(error(() -> activate.receiveBlock(h.context, HandBuiltContext.send(SPORK_KEY, Address.SPORK, activateData(unknown), "b")))
                .error()).isEqualTo(VmErrors.DATA_NON_EXISTENT);
    }

    @Test
    void onlyTheSporkAddressOrTheCommunityAddressMaySend() {
        // go-zenon TestSpork_CreateSporkFromNonSporkAddress: rejected on the send side
        HandBuiltContext h = at(2);
        AccountBlock fromStranger = HandBuiltContext.send(STRANGER, Address.SPORK, createData("spork-1", "spork description"), "x");
        assertThat(error(() -> create.validateSendBlock(h.context, fromStranger)).error()).isEqualTo(VmErrors.PERMISSION_DENIED);
        AccountBlock activateFromStranger = HandBuiltContext.send(STRANGER, Address.SPORK, activateData(Hash.ZERO), "y");
        assertThat(error(() -> activate.validateSendBlock(h.context, activateFromStranger)).error()).isEqualTo(VmErrors.PERMISSION_DENIED);

        assertThat(create.validateSendBlock(h.context, fromStranger.toBuilder().address(SPORK_KEY).build())).isNotNull();
        assertThat(create.validateSendBlock(h.context, fromStranger.toBuilder().address(PILLAR1).build())).isNotNull();
    }

    @Test
    void theVmChecksTheSenderOnTheSendSide() {
        long difficulty = Plasma.difficultyForPlasma(Plasma.EMBEDDED_SIMPLE_PLASMA);
        AccountBlock send = HandBuiltContext.send(STRANGER, Address.SPORK, createData("spork-1", "spork description"), "vm")
                .toBuilder().difficulty(difficulty).build();
        HandBuiltContext sender = HandBuiltContext.of(STRANGER).parameters(PARAMS).build();
        assertThat(error(() -> new Vm(sender.context, EmbeddedContracts.standard()).applyBlock(send)).error())
                .isEqualTo(VmErrors.PERMISSION_DENIED);

        HandBuiltContext sporkKey = HandBuiltContext.of(SPORK_KEY).parameters(PARAMS).build();
        AccountBlock applied = new Vm(sporkKey.context, EmbeddedContracts.standard()).applyBlock(send.toBuilder().address(SPORK_KEY).build());
        assertThat(applied.basePlasma()).isEqualTo(Plasma.EMBEDDED_SIMPLE_PLASMA);
    }

    @Test
    void theMainnetDefaultsAreGenesisSporkAddressAndTheCommunityWindow() {
        assertThat(ContractParameters.mainnet().sporkAddress()).isEqualTo(Address.parse("z1qpxswrfnlll355wrx868xh58j7e2gu2n2u5czv"));
        assertThat(SporkSupport.CommunityWindow.MAINNET.address()).isEqualTo(Address.parse("z1qqvwzz2xq7q5gwk6uhcddgrpxlfcyzc8rsu82s"));
        assertThat(SporkSupport.CommunityWindow.MAINNET.isOpenAt(10_109_239)).isFalse();
        assertThat(SporkSupport.CommunityWindow.MAINNET.isOpenAt(10_109_240)).isTrue();
        assertThat(SporkSupport.CommunityWindow.MAINNET.isOpenAt(13_243_711)).isTrue();
        assertThat(SporkSupport.CommunityWindow.MAINNET.isOpenAt(13_243_712)).isFalse();
    }

    @Test
    void theCommunityAddressWorksOnlyInsideItsHeightWindow() {
        // go-zenon TestSpork_CreateCommunitySpork: denied at momentum 3, accepted at 10, denied again from 15
        AccountBlock send = HandBuiltContext.send(PILLAR1, Address.SPORK, createData("spork-1", "spork description"), "c");
        HandBuiltContext early = at(3);
        assertThat(error(() -> create.receiveBlock(early.context, send)).error()).isEqualTo(VmErrors.PERMISSION_DENIED);
        assertThat(early.context.storage().get(Spork.key(send.hash()))).isNull();

        HandBuiltContext inside = at(10);
        create.receiveBlock(inside.context, send);
        assertThat(SporkSupport.spork(inside.context.storage(), send.hash())).isPresent();

        HandBuiltContext late = at(15);
        assertThat(error(() -> create.receiveBlock(late.context, send)).error()).isEqualTo(VmErrors.PERMISSION_DENIED);

        Hash id = HandBuiltContext.hashOf("some spork");
        HandBuiltContext lateActivate = HandBuiltContext.of(Address.SPORK).parameters(PARAMS).frontier(30, HandBuiltContext.GENESIS_TIME + 290)
                .storage(new Spork(id, "spork-2", "spork description", false, 0)).build();
        AccountBlock act = HandBuiltContext.send(PILLAR1, Address.SPORK, activateData(id), "act");
        assertThat(error(() -> activate.receiveBlock(lateActivate.context, act)).error()).isEqualTo(VmErrors.PERMISSION_DENIED);

        // the genesis spork address is not bound to the window
        activate.receiveBlock(lateActivate.context, act.toBuilder().address(SPORK_KEY).build());
        assertThat(SporkSupport.spork(lateActivate.context.storage(), id).orElseThrow().enforcementHeight()).isEqualTo(36);
    }

    @Test
    void nameAndDescriptionLimitsCountUtf8Bytes() {
        HandBuiltContext h = at(2);
        assertThat(create.validateSendBlock(h.context, sendCreate("abcde", ""))).isNotNull();
        assertThat(create.validateSendBlock(h.context, sendCreate("a".repeat(40), "d".repeat(400)))).isNotNull();
        for (String[] bad : new String[][] {{"abcd", "d"}, {"a".repeat(41), "d"}, {"abcde", "d".repeat(401)}, {"abcde", "é".repeat(201)}}) {
            assertThat(error(() -> create.validateSendBlock(h.context, sendCreate(bad[0], bad[1]))).error())
                    .as("%s / %s", bad[0], bad[1]).isEqualTo(VmErrors.FORBIDDEN_PARAM);
        }
        // 3 two-byte characters = 6 bytes: a valid name although only 3 chars long
        assertThat(create.validateSendBlock(h.context, sendCreate("ééé", "d"))).isNotNull();
    }

    @Test
    void amountsAndUndecodableDataAreRejected() {
        HandBuiltContext h = at(2);
        AccountBlock paying = HandBuiltContext.send(SPORK_KEY, Address.SPORK, TokenStandard.ZNN, BigInteger.ONE,
                createData("spork-1", "d"), "p");
        assertThat(error(() -> create.validateSendBlock(h.context, paying)).error()).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT);
        AccountBlock payingActivate = HandBuiltContext.send(SPORK_KEY, Address.SPORK, TokenStandard.ZNN, BigInteger.ONE,
                activateData(Hash.ZERO), "q");
        assertThat(error(() -> activate.validateSendBlock(h.context, payingActivate)).error()).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT);

        byte[] truncated = java.util.Arrays.copyOf(createData("spork-1", "d"), 40);
        // go-zenon: CreateSpork answers undecodable data with ErrForbiddenParam, ActivateSpork with ErrUnpackError
        assertThat(error(() -> create.validateSendBlock(h.context, HandBuiltContext.send(SPORK_KEY, Address.SPORK, truncated, "t")))
                .error()).isEqualTo(VmErrors.FORBIDDEN_PARAM);
        byte[] shortActivate = java.util.Arrays.copyOf(activateData(Hash.ZERO), 20);
        assertThat(error(() -> activate.validateSendBlock(h.context, HandBuiltContext.send(SPORK_KEY, Address.SPORK, shortActivate, "u")))
                .error()).isEqualTo(VmErrors.UNPACK_ERROR);
    }

    @Test
    void receiveRevalidatesAndLogsTheReason() {
        HandBuiltContext h = at(2);
        AccountBlock bad = HandBuiltContext.send(STRANGER, Address.SPORK, createData("spork-1", "d"), "r");
        assertThatThrownBy(() -> create.receiveBlock(h.context, bad)).isInstanceOf(NomException.class);
        AccountBlock badActivate = HandBuiltContext.send(SPORK_KEY, Address.SPORK, TokenStandard.ZNN, BigInteger.TEN, activateData(Hash.ZERO), "s");
        assertThatThrownBy(() -> activate.receiveBlock(h.context, badActivate)).isInstanceOf(NomException.class);
        assertThat(h.logLines()).containsExactly(
                "invalid create - syntactic validation failed module=embedded contract=spork address=" + STRANGER
                        + " reason=address cannot call this method",
                "invalid spork activation - syntactic validation failed module=embedded contract=spork address=" + SPORK_KEY
                        + " reason=invalid token or amount");
    }

    @Test
    void validationRewritesDataCanonically() {
        HandBuiltContext h = at(2);
        byte[] data = activateData(HandBuiltContext.hashOf("x"));
        byte[] padded = java.util.Arrays.copyOf(data, data.length + 7); // go-zenon ignores trailing bytes, then re-packs
        AccountBlock out = activate.validateSendBlock(h.context, HandBuiltContext.send(SPORK_KEY, Address.SPORK, padded, "v"));
        assertThat(out.data()).isEqualTo(data);
        byte[] create2 = createData("spork-1", "d");
        AccountBlock out2 = create.validateSendBlock(h.context,
                HandBuiltContext.send(SPORK_KEY, Address.SPORK, java.util.Arrays.copyOf(create2, create2.length + 3), "w"));
        assertThat(out2.data()).isEqualTo(create2);
    }
}
