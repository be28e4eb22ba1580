package io.unikernelz.vm.embedded.contracts;

import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER1;
import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER2;
import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER3;
import static io.unikernelz.vm.embedded.contracts.LiquidityContractTest.USER4;
import static io.unikernelz.vm.embedded.contracts.LiquidityContractTest.USER5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.BridgeInfo;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import io.unikernelz.vm.embedded.definition.OrchestratorInfo;
import io.unikernelz.vm.embedded.definition.SecurityInfo;
import io.unikernelz.vm.embedded.definition.TimeChallengeInfo;
import io.unikernelz.vm.embedded.definition.TokenPair;
import io.unikernelz.vm.embedded.definition.UnwrapTokenRequest;
import io.unikernelz.vm.embedded.definition.WrapTokenRequest;
import io.unikernelz.vm.embedded.definition.ZtsFeesInfo;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bridge contract against go-zenon vm/embedded/tests/z_bridge_test.go (user 5 as initial administrator, 4 guardians
 * minimum, delays 20 and 10 momentums, unhalt duration 5, go-zenon's TSS keys and signature vectors).
 */
class BridgeContractTest {
    static final String CONTRACT = "0x323b5d4c32345ced77393b3530b1eed0f346429d";
    static final String ZNN_TOKEN = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
    static final String OWNED_TOKEN = "0x5aaaa2315678afecb367f032d93f642f64180aa3";
    static final TokenStandard OWNED = TokenStandard.parse("zts1qanamzukd2v0pp8j2wzx6m");
    static final String TO = "0xb794f5ea0ba39494ce839613fffba74279579268";
    static final TokenPair ZNN_PAIR = new TokenPair(TokenStandard.ZNN, ZNN_TOKEN, true, true, false, BigInteger.valueOf(100), 15, 20,
            "{\"APR\": 15, \"LockingPeriod\": 100}");
    static final TokenPair OWNED_PAIR = new TokenPair(OWNED, OWNED_TOKEN, true, true, true, BigInteger.TEN, 100, 15,
            "{\"APR\": 20, \"LockingPeriod\": 50}");
    static final List<Address> GUARDIANS = List.of(USER1, USER2, USER3, USER4, USER5);
    static final Hash ZNN_TX = Hash.parse("0123456789012345678901234567890123456789012345678901234567890123");
    static final Hash OWNED_TX = Hash.parse("0023456789012345678901234567890123456789012345678901234567890123");
    static final String ZNN_UNWRAP_SIGNATURE = "YXFeAH2BIKnbHm7qd1zXt6SSReI9ovhYg5jVPGumNOkj3Bw6OfUwSZSCKSMPCw4NRZGDXT6m7Axe5UIwAno4xQE=";
    static final String OWNED_UNWRAP_SIGNATURE = "eCKubWhwnuqqX9vjGl9ltqxCNwE2V9Xi4bO1q404JYNCUlJ0c3h5Cq558pLxtimrS73hPStjtz281+GcfNPTyAE=";

    private static final Method WRAP = Abis.BRIDGE.method("WrapToken");
    private static final Method UNWRAP = Abis.BRIDGE.method("UnwrapToken");
    private static final Method REDEEM = Abis.BRIDGE.method("Redeem");
    private static final Method UPDATE_WRAP = Abis.BRIDGE.method("UpdateWrapRequest");

    private final ContractFixture bridge = new ContractFixture(Address.BRIDGE);

    @BeforeEach
    void goZenonTestConstants() {
        bridge.parameters = ContractParameters.goZenonTests().toBuilder().initialBridgeAdministrator(USER5).minGuardians(4)
                .minAdministratorDelay(20).minSoftDelay(10).minUnhaltDurationInMomentums(5).build();
    }

    private BridgeInfo info() {
        return BridgeState.bridgeInfo(bridge.context().storage(), bridge.parameters);
    }

    private SecurityInfo security() {
        return SecurityRules.securityInfo(bridge.context().storage(), bridge.parameters);
    }

    private NetworkInfo network() {
        return BridgeState.networkInfo(bridge.context().storage(), 2, 123).orElseThrow();
    }

    private static BridgeInfo withTss(Address admin) {
        return new BridgeInfo(admin, EvmTestSigner.TSS_PUBLIC_B64, EvmTestSigner.TSS_DECOMPRESSED_B64, false, false, 0, 5, 0, "{}");
    }

    /** The state of go-zenon's activateBridgeStep5: orchestrator, guardians, TSS key, an EVM network with two pairs. */
    private void operational() {
        bridge.put(withTss(USER5));
        bridge.put(new SecurityInfo(SecurityRules.sortedGuardians(GUARDIANS), Collections.nCopies(5, Address.ZERO), 20, 10));
        bridge.put(new OrchestratorInfo(6, 3, 15, 10, 0));
        bridge.put(new NetworkInfo(2, 123, "Ethereum", CONTRACT, "{}", List.of(ZNN_PAIR, OWNED_PAIR)));
    }

    private static NomError error(Runnable r) {
        try {
            r.run();
        } catch (NomException e) {
            return e.error();
        }
        throw new AssertionError("expected a NomException");
    }

    private AccountBlock admin(byte[] data) {
        return bridge.send(USER5, data);
    }

    /** Calls an administrator method twice, {@code delay + 1} momentums apart, as a time challenge requires. */
    private void challenged(EmbeddedMethod method, byte[] data, long height, long delay) {
        bridge.at(height);
        assertThat(bridge.receive(method, admin(data))).isEmpty();
        bridge.at(height + delay + 1);
        bridge.receive(method, admin(data));
    }

    // ---------------------------------------------------------------- set-up methods

    /** activateBridgeStep0–3: defaults, orchestrator, guardians, TSS key. */
    @Test
    void setUpAsGoZenonsBridgeTest() {
        assertThat(info()).isEqualTo(new BridgeInfo(USER5, "", "", false, false, 0, 5, 0, "{}"));
        assertThat(security()).isEqualTo(new SecurityInfo(List.of(), List.of(), 20, 10));

        Method orchestrator = Abis.BRIDGE.method("SetOrchestratorInfo");
        for (long[] bad : new long[][] {{0, 3, 15, 10}, {6, 0, 15, 10}, {6, 3, 0, 10}, {6, 3, 15, 0}}) {
            ContractFixture.sendFails(new BridgeSetOrchestratorInfo(), admin(orchestrator.encode(bad[0], bad[1], bad[2], bad[3])), VmErrors.FORBIDDEN_PARAM);
        }
        bridge.receiveFails(new BridgeSetOrchestratorInfo(), bridge.send(USER1, orchestrator.encode(6L, 3L, 15L, 10L)), VmErrors.PERMISSION_DENIED);
        bridge.at(11);
        bridge.receive(new BridgeSetOrchestratorInfo(), admin(orchestrator.encode(6L, 3L, 15L, 10L)));
        assertThat(BridgeState.orchestratorInfo(bridge.context().storage())).isEqualTo(new OrchestratorInfo(6, 3, 15, 10, 0));

        challenged(NominateGuardians.bridge(), Abis.BRIDGE.method("NominateGuardians").encode(GUARDIANS), 13, 20);
        assertThat(security().guardians()).extracting(Address::toString).containsExactly("z1qqaswvt0e3cc5sm7lygkyza9ra63cr8e6zre09",
                "z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx", "z1qraz4ermhhua89a0h0gxxan4lnzrfutgs6xxe2", "z1qrs2lpccnsneglhnnfwvlsj0qncnxjnwlfmjac",
                "z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz");
        assertThat(SecurityRules.timeChallenge(bridge.context().storage(), "NominateGuardians"))
                .contains(new TimeChallengeInfo("NominateGuardians", Hash.ZERO, 13));

        byte[] tss = Abis.BRIDGE.method("ChangeTssECDSAPubKey").encode(EvmTestSigner.TSS_PUBLIC_B64, "", "");
        challenged(new BridgeChangeTssECDSAPubKey(), tss, 39, 10);
        assertThat(info()).isEqualTo(new BridgeInfo(USER5, EvmTestSigner.TSS_PUBLIC_B64, EvmTestSigner.TSS_DECOMPRESSED_B64, false, false, 0, 5, 0,
                "{}"));
        assertThat(SecurityRules.timeChallenge(bridge.context().storage(), "ChangeTssECDSAPubKey"))
                .contains(new TimeChallengeInfo("ChangeTssECDSAPubKey", Hash.ZERO, 39));
    }

    @Test
    void changeTssKeyRules() {
        BridgeChangeTssECDSAPubKey change = new BridgeChangeTssECDSAPubKey();
        Method method = Abis.BRIDGE.method("ChangeTssECDSAPubKey");
        ContractFixture.sendFails(change, admin(method.encode("not base64", "", "")), VmErrors.INVALID_B64_DECODE);
        ContractFixture.sendFails(change, admin(method.encode(EvmTestSigner.TSS_DECOMPRESSED_B64, "", "")),
                VmErrors.INVALID_COMPRESSED_ECDSA_PUB_KEY_LENGTH);
        ContractFixture.sendFails(change, bridge.send(USER5, BigInteger.ONE, TokenStandard.ZNN, method.encode(EvmTestSigner.TSS_PUBLIC_B64, "", "")),
                VmErrors.INVALID_TOKEN_OR_AMOUNT);
        byte[] data = method.encode(EvmTestSigner.OTHER_PUBLIC_B64, "", "");
        bridge.receiveFails(change, admin(data), VmErrors.SECURITY_NOT_INITIALIZED);
        operational();
        bridge.put(new OrchestratorInfo(0, 3, 15, 10, 0));
        bridge.receiveFails(change, admin(data), VmErrors.ORCHESTRATOR_NOT_INITIALIZED);
        bridge.put(new OrchestratorInfo(6, 3, 15, 10, 0));

        // a non-administrator needs key generation allowed and both signatures
        bridge.receiveFails(change, bridge.send(USER1, data), VmErrors.NOT_ALLOWED_TO_CHANGE_TSS);
        Method allow = Abis.BRIDGE.method("SetAllowKeyGen");
        bridge.at(100);
        bridge.receive(new BridgeSetAllowKeyGen(), admin(allow.encode(true)));
        assertThat(info().allowKeyGen()).isTrue();
        assertThat(BridgeState.orchestratorInfo(bridge.context().storage()).allowKeyGenHeight()).isEqualTo(100);

        byte[] compressed = Base64.getDecoder().decode(EvmTestSigner.OTHER_PUBLIC_B64);
        byte[] message = BridgeCrypto.changeTssPubKeyMessage("ChangeTssECDSAPubKey", 1, 100, 0, compressed);
        String oldSignature = EvmTestSigner.sign(message, EvmTestSigner.TSS_PRIVATE_B64);
        String newSignature = EvmTestSigner.sign(message, EvmTestSigner.OTHER_PRIVATE_B64);
        bridge.logs.clear();
        bridge.receiveFails(change, bridge.send(USER1, method.encode(EvmTestSigner.OTHER_PUBLIC_B64, oldSignature, oldSignature)),
                VmErrors.INVALID_ECDSA_SIGNATURE);
        assertThat(bridge.logLines()).containsExactly("lvl=eror msg=ChangeTssECDSAPubKey-ErrInvalidNewKeySignature module=embedded contract=bridge "
                + "error=\"invalid secp256k1 signature\" result=false");
        bridge.receiveFails(change, bridge.send(USER1, method.encode(EvmTestSigner.OTHER_PUBLIC_B64, newSignature, newSignature)),
                VmErrors.INVALID_ECDSA_SIGNATURE);
        bridge.receive(change, bridge.send(USER1, method.encode(EvmTestSigner.OTHER_PUBLIC_B64, oldSignature, newSignature)));
        BridgeInfo changed = info();
        assertThat(changed.compressedTssECDSAPubKey()).isEqualTo(EvmTestSigner.OTHER_PUBLIC_B64);
        assertThat(changed.tssNonce()).isEqualTo(1);
        assertThat(changed.allowKeyGen()).isFalse();
        // the nonce is consumed: the same signatures fail now
        bridge.receive(new BridgeSetAllowKeyGen(), admin(allow.encode(true)));
        bridge.receiveFails(change, bridge.send(USER1, method.encode(EvmTestSigner.OTHER_PUBLIC_B64, oldSignature, newSignature)),
                VmErrors.INVALID_ECDSA_SIGNATURE);
    }

    @Test
    void aTssKeyOffTheCurveIsAnInternalFailure() {
        operational();
        byte[] bad = new byte[33];
        bad[0] = 2;
        bad[32] = 5;
        byte[] data = Abis.BRIDGE.method("ChangeTssECDSAPubKey").encode(Base64.getEncoder().encodeToString(bad), "", "");
        assertThatThrownBy(() -> bridge.receive(new BridgeChangeTssECDSAPubKey(), admin(data))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void allowKeyGenChecksInGoZenonsOrder() {
        BridgeSetAllowKeyGen allow = new BridgeSetAllowKeyGen();
        byte[] data = Abis.BRIDGE.method("SetAllowKeyGen").encode(true);
        bridge.receiveFails(allow, admin(data), VmErrors.SECURITY_NOT_INITIALIZED);
        bridge.put(new SecurityInfo(GUARDIANS, Collections.nCopies(5, Address.ZERO), 20, 10));
        bridge.at(5);
        bridge.receiveFails(allow, admin(data), VmErrors.BRIDGE_HALTED);
        bridge.at(6);
        bridge.receiveFails(allow, admin(data), VmErrors.ORCHESTRATOR_NOT_INITIALIZED);
        bridge.put(new OrchestratorInfo(6, 3, 15, 10, 0));
        bridge.receiveFails(allow, bridge.send(USER1, data), VmErrors.PERMISSION_DENIED);
        bridge.receive(allow, admin(Abis.BRIDGE.method("SetAllowKeyGen").encode(false)));
        assertThat(BridgeState.orchestratorInfo(bridge.context().storage()).allowKeyGenHeight()).isZero();
    }

    // ---------------------------------------------------------------- networks and pairs

    /** TestBridge_SetNetwork and setUpdateRemoveNetwork. */
    @Test
    void networks() {
        Method set = Abis.BRIDGE.method("SetNetwork");
        BridgeSetNetwork setNetwork = new BridgeSetNetwork();
        ContractFixture.sendFails(setNetwork, admin(set.encode(2L, 123L, "x1", CONTRACT, "{}")), VmErrors.INVALID_NETWORK_NAME);
        ContractFixture.sendFails(setNetwork, admin(set.encode(2L, 123L, "0123456789012345678901234567890123456789", CONTRACT, "{}")),
                VmErrors.INVALID_NETWORK_NAME);
        // the length counts bytes: 11 three-byte characters are 33
        ContractFixture.sendFails(setNetwork, admin(set.encode(2L, 123L, "€".repeat(11), CONTRACT, "{}")), VmErrors.INVALID_NETWORK_NAME);
        ContractFixture.sendFails(setNetwork, admin(set.encode(0L, 123L, "Ethereum", CONTRACT, "{}")), VmErrors.FORBIDDEN_PARAM);
        ContractFixture.sendFails(setNetwork, admin(set.encode(2L, 0L, "Ethereum", CONTRACT, "{}")), VmErrors.FORBIDDEN_PARAM);
        ContractFixture.sendFails(setNetwork, admin(set.encode(2L, 123L, "Ethereum", "0x323b", "{}")), VmErrors.INVALID_CONTRACT_ADDRESS);
        ContractFixture.sendFails(setNetwork, admin(set.encode(2L, 123L, "Ethereum", CONTRACT, "{")), VmErrors.INVALID_JSON_CONTENT);
        bridge.receiveFails(setNetwork, bridge.send(USER1, set.encode(2L, 123L, "Ethereum", CONTRACT, "{}")), VmErrors.PERMISSION_DENIED);
        bridge.receive(setNetwork, admin(set.encode(2L, 123L, "Ethereum", CONTRACT, "{}")));
        assertThat(network()).isEqualTo(new NetworkInfo(2, 123, "Ethereum", CONTRACT, "{}", List.of()));

        Method metadata = Abis.BRIDGE.method("SetNetworkMetadata");
        ContractFixture.sendFails(new BridgeSetNetworkMetadata(), admin(metadata.encode(2L, 123L, "APY")), VmErrors.INVALID_JSON_CONTENT);
        bridge.receiveFails(new BridgeSetNetworkMetadata(), admin(metadata.encode(2L, 124L, "{}")), VmErrors.UNKNOWN_NETWORK);
        bridge.receiveFails(new BridgeSetNetworkMetadata(), bridge.send(USER1, metadata.encode(2L, 123L, "{}")), VmErrors.PERMISSION_DENIED);
        bridge.receive(new BridgeSetNetworkMetadata(), admin(metadata.encode(2L, 123L, "{\"NewApy\":15}")));
        assertThat(network().metadata()).isEqualTo("{\"NewApy\":15}");

        // redefining a network drops its pairs
        bridge.put(new NetworkInfo(2, 123, "Ethereum", CONTRACT, "{}", List.of(ZNN_PAIR)));
        bridge.receive(setNetwork, admin(set.encode(2L, 123L, "Ethereum2", CONTRACT, "{}")));
        assertThat(network().tokenPairs()).isEmpty();

        Method remove = Abis.BRIDGE.method("RemoveNetwork");
        bridge.receiveFails(new BridgeRemoveNetwork(), bridge.send(USER1, remove.encode(2L, 123L)), VmErrors.PERMISSION_DENIED);
        bridge.receiveFails(new BridgeRemoveNetwork(), admin(remove.encode(2L, 124L)), VmErrors.UNKNOWN_NETWORK);
        bridge.receive(new BridgeRemoveNetwork(), admin(remove.encode(2L, 123L)));
        assertThat(BridgeState.networkInfo(bridge.context().storage(), 2, 123)).isEmpty();
    }

    private static byte[] pairData(TokenStandard zts, String address, boolean owned, long fee, long delay, String metadata) {
        return Abis.BRIDGE.method("SetTokenPair").encode(2L, 123L, zts, address, true, true, owned, BigInteger.valueOf(100), fee, delay, metadata);
    }

    /** TestBridge_SetTokenPair and setUpdateRemoveTokenPair. */
    @Test
    void tokenPairs() {
        BridgeSetTokenPair set = new BridgeSetTokenPair();
        ContractFixture.sendFails(set, admin(pairData(TokenStandard.ZNN, ZNN_TOKEN, true, 15, 20, "{}")), VmErrors.FORBIDDEN_PARAM);
        ContractFixture.sendFails(set, admin(pairData(TokenStandard.QSR, ZNN_TOKEN, true, 15, 20, "{}")), VmErrors.FORBIDDEN_PARAM);
        ContractFixture.sendFails(set, admin(pairData(OWNED, "0xtfbdb2315678afecb367f032d93f642f64180aa3", false, 15, 20, "{}")), VmErrors.FORBIDDEN_PARAM);
        ContractFixture.sendFails(set, admin(pairData(TokenStandard.ZERO, ZNN_TOKEN, false, 15, 20, "{}")), VmErrors.FORBIDDEN_PARAM);
        ContractFixture.sendFails(set, admin(pairData(OWNED, ZNN_TOKEN, false, 10_001, 20, "{}")), VmErrors.FORBIDDEN_PARAM);
        ContractFixture.sendFails(set, admin(pairData(OWNED, ZNN_TOKEN, false, 15, 0, "{}")), VmErrors.FORBIDDEN_PARAM);
        ContractFixture.sendFails(set, admin(pairData(OWNED, ZNN_TOKEN, false, 15, 20, "")), VmErrors.INVALID_JSON_CONTENT);
        set.validateSendBlock(admin(pairData(OWNED, ZNN_TOKEN, true, 10_000, 1, "{}")));

        byte[] znn = pairData(TokenStandard.ZNN, "0x5FBDB2315678AFECB367F032D93F642F64180AA3", false, 15, 20, "{}");
        bridge.receiveFails(set, admin(znn), VmErrors.UNKNOWN_NETWORK);
        bridge.put(new NetworkInfo(2, 123, "Ethereum", CONTRACT, "{}", List.of()));
        bridge.receiveFails(set, bridge.send(USER1, znn), VmErrors.PERMISSION_DENIED);
        challenged(set, znn, 57, 10);
        TokenPair stored = new TokenPair(TokenStandard.ZNN, ZNN_TOKEN, true, true, false, BigInteger.valueOf(100), 15, 20, "{}");
        assertThat(network().tokenPairs()).containsExactly(stored);

        // a pair with the same token address replaces it
        byte[] qsr = pairData(TokenStandard.QSR, ZNN_TOKEN, false, 15, 20, "{}");
        challenged(set, qsr, 80, 10);
        assertThat(network().tokenPairs()).singleElement().extracting(TokenPair::tokenStandard).isEqualTo(TokenStandard.QSR);

        // one matching two existing pairs (by standard and by address) is refused after the challenge
        bridge.put(new NetworkInfo(2, 123, "Ethereum", CONTRACT, "{}", List.of(ZNN_PAIR, OWNED_PAIR)));
        byte[] both = pairData(TokenStandard.ZNN, OWNED_TOKEN, false, 15, 20, "{}");
        bridge.at(100);
        bridge.receive(set, admin(both));
        bridge.at(111);
        bridge.receiveFails(set, admin(both), VmErrors.FORBIDDEN_PARAM);

        BridgeRemoveTokenPair remove = new BridgeRemoveTokenPair();
        Method removeMethod = Abis.BRIDGE.method("RemoveTokenPair");
        ContractFixture.sendFails(remove, admin(removeMethod.encode(2L, 123L, OWNED, "0x5aaaa")), VmErrors.FORBIDDEN_PARAM);
        // the address is compared as given while the stored one is lower case
        bridge.receiveFails(remove, admin(removeMethod.encode(2L, 123L, OWNED, OWNED_TOKEN.toUpperCase(java.util.Locale.ROOT).replace("0X", "0x"))),
                VmErrors.TOKEN_NOT_FOUND);
        bridge.receiveFails(remove, admin(removeMethod.encode(2L, 123L, TokenStandard.ZNN, OWNED_TOKEN)), VmErrors.TOKEN_NOT_FOUND);
        bridge.receiveFails(remove, bridge.send(USER1, removeMethod.encode(2L, 123L, OWNED, OWNED_TOKEN)), VmErrors.PERMISSION_DENIED);
        bridge.receive(remove, admin(removeMethod.encode(2L, 123L, OWNED, OWNED_TOKEN)));
        assertThat(network().tokenPairs()).containsExactly(ZNN_PAIR);
    }

    @Test
    void tokenPairChallengeHashCoversEveryParameter() {
        BridgeSetTokenPair.Params base = new BridgeSetTokenPair.Params(2, 123, TokenStandard.ZNN, ZNN_TOKEN, true, true, false,
                BigInteger.valueOf(100), 15, 20, "{}");
        // the address enters lower-cased
        assertThat(new BridgeSetTokenPair.Params(2, 123, TokenStandard.ZNN, ZNN_TOKEN.toUpperCase(java.util.Locale.ROOT).replace("0X", "0x"), true, true,
                false, BigInteger.valueOf(100), 15, 20, "{}").hash()).isEqualTo(base.hash());
        assertThat(new BridgeSetTokenPair.Params(2, 123, TokenStandard.ZNN, ZNN_TOKEN, true, true, false, BigInteger.valueOf(100), 15, 20, "{ }")
                .hash()).isNotEqualTo(base.hash());
        assertThat(new BridgeSetTokenPair.Params(2, 123, TokenStandard.ZNN, ZNN_TOKEN, true, false, false, BigInteger.valueOf(100), 15, 20, "{}")
                .hash()).isNotEqualTo(base.hash());
    }

    // ---------------------------------------------------------------- wraps

    @Test
    void wrapNeedsAnOperationalBridge() {
        BridgeWrapToken wrap = new BridgeWrapToken();
        byte[] data = WRAP.encode(2L, 123L, TO);
        ContractFixture.sendFails(wrap, bridge.send(USER1, BigInteger.ONE, TokenStandard.ZNN, WRAP.encode(2L, 123L, "0xb794")), VmErrors.FORBIDDEN_PARAM);
        ContractFixture.sendFails(wrap, bridge.send(USER1, BigInteger.ZERO, TokenStandard.ZNN, data), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        AccountBlock send = bridge.send(USER1, BigInteger.valueOf(15_000_000_000L), TokenStandard.ZNN, data);
        bridge.at(89);
        bridge.receiveFails(wrap, send, VmErrors.BRIDGE_NOT_INITIALIZED);
        bridge.put(withTss(USER5));
        bridge.receiveFails(wrap, send, VmErrors.SECURITY_NOT_INITIALIZED);
        bridge.put(new SecurityInfo(GUARDIANS, Collections.nCopies(5, Address.ZERO), 20, 10));
        bridge.put(new BridgeInfo(USER5, EvmTestSigner.TSS_PUBLIC_B64, EvmTestSigner.TSS_DECOMPRESSED_B64, false, false, 80, 9, 0, "{}"));
        bridge.receiveFails(wrap, send, VmErrors.BRIDGE_HALTED);
        bridge.put(withTss(USER5));
        bridge.receiveFails(wrap, send, VmErrors.ORCHESTRATOR_NOT_INITIALIZED);
        bridge.put(new OrchestratorInfo(6, 3, 15, 10, 0));
        bridge.receiveFails(wrap, send, VmErrors.UNKNOWN_NETWORK);
        bridge.put(new NetworkInfo(2, 123, "Ethereum", CONTRACT, "{}", List.of(OWNED_PAIR)));
        bridge.receiveFails(wrap, send, VmErrors.TOKEN_NOT_FOUND);
        bridge.put(new NetworkInfo(2, 123, "Ethereum", CONTRACT, "{}", List.of(new TokenPair(TokenStandard.ZNN, ZNN_TOKEN, false, true, false,
                BigInteger.TEN, 15, 20, "{}"))));
        bridge.receiveFails(wrap, send, VmErrors.TOKEN_NOT_BRIDGEABLE);
        operational();
        bridge.receiveFails(wrap, bridge.send(USER1, BigInteger.valueOf(99), TokenStandard.ZNN, data), VmErrors.INVALID_MIN_AMOUNT);
    }

    /** activateBridgeStep6: a ZNN wrap (fee 15/10 000, kept) and an owned-token wrap (fee 1 %, the rest burned). */
    @Test
    void wrapsRecordRequestsAndFees() {
        operational();
        BridgeWrapToken wrap = new BridgeWrapToken();
        bridge.at(89);
        AccountBlock znn = bridge.send(USER1, BigInteger.valueOf(15_000_000_000L), TokenStandard.ZNN,
                WRAP.encode(2L, 123L, "0xB794F5EA0BA39494CE839613FFFBA74279579268"));
        assertThat(bridge.receive(wrap, znn)).isEmpty();
        assertThat(bridge.balance(TokenStandard.ZNN)).isEqualTo(15_000_000_000L);
        var storage = bridge.context().storage();
        assertThat(BridgeState.wrapRequest(storage, znn.hash())).contains(new WrapTokenRequest(2, 123, znn.hash(), TO, TokenStandard.ZNN, ZNN_TOKEN,
                BigInteger.valueOf(15_000_000_000L), BigInteger.valueOf(22_500_000), "", 89));
        assertThat(BridgeState.fees(storage, TokenStandard.ZNN)).isEqualTo(new ZtsFeesInfo(TokenStandard.ZNN, BigInteger.valueOf(22_500_000)));

        bridge.at(91);
        AccountBlock owned = bridge.send(USER1, BigInteger.valueOf(5000), OWNED, WRAP.encode(2L, 123L, TO));
        List<AccountBlock> out = bridge.receive(wrap, owned);
        assertThat(out).singleElement().satisfies(b -> {
            assertThat(b.toAddress()).isEqualTo(Address.TOKEN);
            assertThat(b.amount()).isEqualTo(4950);
            assertThat(b.tokenStandard()).isEqualTo(OWNED);
            assertThat(b.data()).isEqualTo(Abis.TOKEN.method("Burn").encode());
        });
        assertThat(bridge.balance(OWNED)).isEqualTo(50);
        assertThat(BridgeState.fees(bridge.context().storage(), OWNED).accumulatedFee()).isEqualTo(50);
        // newer requests sort first under the wrap-request prefix
        assertThat(bridge.context().storage().entries(WrapTokenRequest.prefix())).extracting(e -> WrapTokenRequest.decode(e.key(), e.value()).id())
                .containsExactly(owned.hash(), znn.hash());
        // the fee accumulates
        bridge.receive(wrap, bridge.send(USER1, BigInteger.valueOf(10_000), TokenStandard.ZNN, WRAP.encode(2L, 123L, TO)));
        assertThat(BridgeState.fees(bridge.context().storage(), TokenStandard.ZNN).accumulatedFee()).isEqualTo(22_500_015);
    }

    /** activateBridgeStep8: the TSS signs the wrap request's message for the network's contract. */
    @Test
    void wrapRequestsTakeTheTssSignature() {
        operational();
        bridge.at(89);
        AccountBlock znn = bridge.send(USER1, BigInteger.valueOf(15_000_000_000L), TokenStandard.ZNN, WRAP.encode(2L, 123L, TO));
        bridge.receive(new BridgeWrapToken(), znn);
        WrapTokenRequest request = BridgeState.wrapRequest(bridge.context().storage(), znn.hash()).orElseThrow();
        String signature = EvmTestSigner.sign(BridgeCrypto.wrapRequestMessage(request, BridgeCrypto.hexToAddress(CONTRACT)),
                EvmTestSigner.TSS_PRIVATE_B64);

        BridgeUpdateWrapRequest update = new BridgeUpdateWrapRequest();
        ContractFixture.sendFails(update, bridge.send(USER1, BigInteger.ONE, TokenStandard.ZNN, UPDATE_WRAP.encode(znn.hash(), signature)),
                VmErrors.TOKEN_INVALID_AMOUNT);
        bridge.receiveFails(update, bridge.send(USER1, UPDATE_WRAP.encode(Hash.ZERO, signature)), VmErrors.DATA_NON_EXISTENT);
        String otherKey = EvmTestSigner.sign(BridgeCrypto.wrapRequestMessage(request, BridgeCrypto.hexToAddress(CONTRACT)),
                EvmTestSigner.OTHER_PRIVATE_B64);
        bridge.receiveFails(update, bridge.send(USER1, UPDATE_WRAP.encode(znn.hash(), otherKey)), VmErrors.INVALID_ECDSA_SIGNATURE);
        bridge.receive(update, bridge.send(USER1, UPDATE_WRAP.encode(znn.hash(), signature)));
        assertThat(BridgeState.wrapRequest(bridge.context().storage(), znn.hash()).orElseThrow().signature()).isEqualTo(signature);

        // once the pair's address changes the request no longer matches a pair
        bridge.put(new NetworkInfo(2, 123, "Ethereum", CONTRACT, "{}", List.of(new TokenPair(TokenStandard.ZNN, OWNED_TOKEN, true, true, false,
                BigInteger.TEN, 15, 20, "{}"))));
        bridge.receiveFails(update, bridge.send(USER1, UPDATE_WRAP.encode(znn.hash(), signature)), VmErrors.INVALID_TOKEN);
        // a network of an unsupported class fails with go-zenon's plain error
        bridge.put(new NetworkInfo(2, 123, "Ethereum", CONTRACT, "{}", List.of(ZNN_PAIR)));
        bridge.put(new WrapTokenRequest(3, 7, request.id(), TO, TokenStandard.ZNN, ZNN_TOKEN, BigInteger.TEN, BigInteger.ONE, "", 89));
        bridge.put(new NetworkInfo(3, 7, "Other", CONTRACT, "{}", List.of(ZNN_PAIR)));
        assertThatThrownBy(() -> bridge.receive(update, bridge.send(USER1, UPDATE_WRAP.encode(znn.hash(), signature))))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.getMessage()).isEqualTo("network type not supported"));
    }

    // ---------------------------------------------------------------- unwraps and redeems

    private byte[] unwrapData(Hash tx, String token, long amount, String signature) {
        return UNWRAP.encode(2L, 123L, tx, 200L, USER2, token, BigInteger.valueOf(amount), signature);
    }

    /** activateBridgeStep7 with go-zenon's two TSS signatures. */
    @Test
    void unwrapsRecordSignedRequests() {
        BridgeUnwrapToken unwrap = new BridgeUnwrapToken();
        ContractFixture.sendFails(unwrap, bridge.send(USER1, unwrapData(ZNN_TX, "0x5fbd", 1, "")), VmErrors.INVALID_TO_ADDRESS);
        ContractFixture.sendFails(unwrap, bridge.send(USER1, unwrapData(ZNN_TX, ZNN_TOKEN, 0, "")), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(unwrap, bridge.send(USER1, BigInteger.ONE, TokenStandard.ZNN, unwrapData(ZNN_TX, ZNN_TOKEN, 1, "")),
                VmErrors.INVALID_TOKEN_OR_AMOUNT);
        operational();
        bridge.at(93);
        bridge.receive(unwrap, bridge.send(USER1, unwrapData(ZNN_TX, ZNN_TOKEN, 10_000_000_000L, ZNN_UNWRAP_SIGNATURE)));
        bridge.at(95);
        // the token address is matched and stored in lower case
        bridge.receive(unwrap, bridge.send(USER1, unwrapData(OWNED_TX, OWNED_TOKEN.toUpperCase(java.util.Locale.ROOT).replace("0X", "0x"), 800,
                OWNED_UNWRAP_SIGNATURE)));
        var storage = bridge.context().storage();
        assertThat(BridgeState.unwrapRequest(storage, ZNN_TX, 200)).contains(new UnwrapTokenRequest(93, 2, 123, ZNN_TX, 200, USER2, ZNN_TOKEN,
                TokenStandard.ZNN, BigInteger.valueOf(10_000_000_000L), ZNN_UNWRAP_SIGNATURE, 0, 0));
        assertThat(BridgeState.unwrapRequest(storage, OWNED_TX, 200)).contains(new UnwrapTokenRequest(95, 2, 123, OWNED_TX, 200, USER2, OWNED_TOKEN,
                OWNED, BigInteger.valueOf(800), OWNED_UNWRAP_SIGNATURE, 0, 0));

        bridge.receiveFails(unwrap, bridge.send(USER1, unwrapData(ZNN_TX, ZNN_TOKEN, 10_000_000_000L, ZNN_UNWRAP_SIGNATURE)),
                VmErrors.INVALID_TRANSACTION_HASH);
        Hash other = Hash.parse("0003456789012345678901234567890123456789012345678901234567890123");
        bridge.logs.clear();
        bridge.receiveFails(unwrap, bridge.send(USER1, unwrapData(other, ZNN_TOKEN, 10_000_000_000L, ZNN_UNWRAP_SIGNATURE)),
                VmErrors.INVALID_ECDSA_SIGNATURE);
        assertThat(bridge.logLines()).containsExactly("lvl=eror msg=Unwrap-ErrInvalidSignature module=embedded contract=bridge "
                + "error=\"invalid secp256k1 signature\" result=false signature=\"" + ZNN_UNWRAP_SIGNATURE + "\"");
        bridge.receiveFails(unwrap, bridge.send(USER1, UNWRAP.encode(2L, 124L, other, 200L, USER2, ZNN_TOKEN, BigInteger.ONE, "")),
                VmErrors.UNKNOWN_NETWORK);
        bridge.receiveFails(unwrap, bridge.send(USER1, unwrapData(other, "0x6bbbb2315678afecb367f032d93f642f64180aa3", 1, "")),
                VmErrors.TOKEN_NOT_FOUND);
        bridge.put(new NetworkInfo(2, 123, "Ethereum", CONTRACT, "{}", List.of(new TokenPair(TokenStandard.ZNN, ZNN_TOKEN, true, false, false,
                BigInteger.TEN, 15, 20, "{}"))));
        bridge.receiveFails(unwrap, bridge.send(USER1, unwrapData(other, ZNN_TOKEN, 1, "")), VmErrors.TOKEN_NOT_REDEEMABLE);
    }

    /** activateBridgeStep9: each request is paid once its pair's delay has passed. */
    @Test
    void redeemsPayAfterTheDelay() {
        operational();
        BridgeUnwrapToken unwrap = new BridgeUnwrapToken();
        bridge.at(93);
        bridge.receive(unwrap, bridge.send(USER1, unwrapData(ZNN_TX, ZNN_TOKEN, 10_000_000_000L, ZNN_UNWRAP_SIGNATURE)));
        bridge.at(95);
        bridge.receive(unwrap, bridge.send(USER1, unwrapData(OWNED_TX, OWNED_TOKEN, 800, OWNED_UNWRAP_SIGNATURE)));

        BridgeRedeem redeem = new BridgeRedeem();
        assertThat(redeem.plasma()).isEqualTo(73_500);
        bridge.receiveFails(redeem, bridge.send(USER1, REDEEM.encode(Hash.ZERO, 200L)), VmErrors.DATA_NON_EXISTENT);
        bridge.at(109);
        bridge.receiveFails(redeem, bridge.send(USER1, REDEEM.encode(OWNED_TX, 200L)), VmErrors.INVALID_REDEEM_PERIOD);
        bridge.at(110);
        List<AccountBlock> minted = bridge.receive(redeem, bridge.send(USER1, REDEEM.encode(OWNED_TX, 200L)));
        assertThat(minted).singleElement().satisfies(b -> {
            assertThat(b.toAddress()).isEqualTo(Address.TOKEN);
            assertThat(b.amount()).isZero();
            assertThat(b.tokenStandard()).isEqualTo(OWNED);
            assertThat(b.data()).isEqualTo(Abis.TOKEN.method("Mint").encode(OWNED, BigInteger.valueOf(800), USER2));
        });
        assertThat(BridgeState.unwrapRequest(bridge.context().storage(), OWNED_TX, 200).orElseThrow().redeemed()).isEqualTo(1);
        bridge.receiveFails(redeem, bridge.send(USER1, REDEEM.encode(OWNED_TX, 200L)), VmErrors.INVALID_REDEEM_REQUEST);

        bridge.at(113);
        bridge.receiveFails(redeem, bridge.send(USER1, REDEEM.encode(ZNN_TX, 200L)), VmErrors.INSUFFICIENT_BALANCE);
        bridge.credit(TokenStandard.ZNN, BigInteger.valueOf(15_000_000_000L));
        List<AccountBlock> paid = bridge.receive(redeem, bridge.send(USER1, REDEEM.encode(ZNN_TX, 200L)));
        assertThat(paid).singleElement().satisfies(b -> {
            assertThat(b.toAddress()).isEqualTo(USER2);
            assertThat(b.amount()).isEqualTo(10_000_000_000L);
            assertThat(b.tokenStandard()).isEqualTo(TokenStandard.ZNN);
            assertThat(b.dataAbsent()).isFalse();
            assertThat(b.data()).isEmpty();
        });
        assertThat(bridge.balance(TokenStandard.ZNN)).isEqualTo(5_000_000_000L);
    }

    @Test
    void revokedRequestsCannotBeRedeemed() {
        operational();
        bridge.at(93);
        bridge.receive(new BridgeUnwrapToken(), bridge.send(USER1, unwrapData(ZNN_TX, ZNN_TOKEN, 10_000_000_000L, ZNN_UNWRAP_SIGNATURE)));
        Method revoke = Abis.BRIDGE.method("RevokeUnwrapRequest");
        BridgeRevokeUnwrapRequest revokeMethod = new BridgeRevokeUnwrapRequest();
        // a missing request is reported before the permission check
        bridge.receiveFails(revokeMethod, bridge.send(USER1, revoke.encode(Hash.ZERO, 200L)), VmErrors.DATA_NON_EXISTENT);
        bridge.receiveFails(revokeMethod, bridge.send(USER1, revoke.encode(ZNN_TX, 200L)), VmErrors.PERMISSION_DENIED);
        bridge.receive(revokeMethod, admin(revoke.encode(ZNN_TX, 200L)));
        assertThat(BridgeState.unwrapRequest(bridge.context().storage(), ZNN_TX, 200).orElseThrow().revoked()).isEqualTo(1);
        bridge.at(200);
        bridge.receiveFails(new BridgeRedeem(), bridge.send(USER1, REDEEM.encode(ZNN_TX, 200L)), VmErrors.INVALID_REDEEM_REQUEST);
    }

    // ---------------------------------------------------------------- halt, emergency, administrators

    /** TestBridge_Halt: by the administrator, or by anyone with a TSS signature over the nonce. */
    @Test
    void haltAndUnhalt() {
        operational();
        BridgeHalt halt = new BridgeHalt();
        Method haltMethod = Abis.BRIDGE.method("Halt");
        String signature = EvmTestSigner.sign(BridgeCrypto.basicMethodMessage("Halt", 0, 1, 100), EvmTestSigner.TSS_PRIVATE_B64);
        bridge.at(20);
        bridge.logs.clear();
        bridge.receiveFails(halt, bridge.send(USER1, haltMethod.encode(EvmTestSigner.sign(BridgeCrypto.basicMethodMessage("Halt", 1, 1, 100),
                EvmTestSigner.TSS_PRIVATE_B64))), VmErrors.INVALID_ECDSA_SIGNATURE);
        assertThat(bridge.logLines()).containsExactly(
                "lvl=eror msg=Halt-ErrInvalidSignature module=embedded contract=bridge error=\"invalid secp256k1 signature\" result=false");
        bridge.receive(halt, bridge.send(USER1, haltMethod.encode(signature)));
        assertThat(info().halted()).isTrue();
        assertThat(info().tssNonce()).isEqualTo(1);
        bridge.receiveFails(halt, admin(haltMethod.encode("")), VmErrors.BRIDGE_HALTED);

        BridgeUnhalt unhalt = new BridgeUnhalt();
        byte[] unhaltData = Abis.BRIDGE.method("Unhalt").encode();
        bridge.receiveFails(unhalt, bridge.send(USER1, unhaltData), VmErrors.PERMISSION_DENIED);
        bridge.at(30);
        bridge.receive(unhalt, admin(unhaltData));
        assertThat(info().halted()).isFalse();
        assertThat(info().unhaltedAt()).isEqualTo(30);
        bridge.receiveFails(unhalt, admin(unhaltData), VmErrors.BRIDGE_NOT_HALTED);

        // still closed for five momentums
        AccountBlock wrapSend = bridge.send(USER1, BigInteger.valueOf(1000), TokenStandard.ZNN, WRAP.encode(2L, 123L, TO));
        bridge.at(35);
        bridge.receiveFails(new BridgeWrapToken(), wrapSend, VmErrors.BRIDGE_HALTED);
        bridge.at(36);
        bridge.receive(new BridgeWrapToken(), wrapSend);

        // the administrator halts without a signature and without using the nonce
        bridge.receive(halt, admin(haltMethod.encode("")));
        assertThat(info().halted()).isTrue();
        assertThat(info().tssNonce()).isEqualTo(1);
    }

    /** TestBridge_ActionsWhenInEmergency and TestBridge_ProposeAdministrator. */
    @Test
    void emergencyHandsTheBridgeToTheGuardians() {
        BridgeEmergency emergency = new BridgeEmergency();
        byte[] data = Abis.BRIDGE.method("Emergency").encode();
        bridge.put(withTss(USER5));
        bridge.receiveFails(emergency, admin(data), VmErrors.SECURITY_NOT_INITIALIZED);
        operational();
        bridge.receiveFails(emergency, bridge.send(USER1, data), VmErrors.PERMISSION_DENIED);
        bridge.receive(emergency, admin(data));
        assertThat(info()).isEqualTo(new BridgeInfo(Address.ZERO, "", "", false, true, 0, 5, 0, "{}"));
        bridge.receiveFails(emergency, admin(data), VmErrors.PERMISSION_DENIED);
        bridge.at(100);
        bridge.receiveFails(new BridgeWrapToken(), bridge.send(USER1, BigInteger.valueOf(1000), TokenStandard.ZNN, WRAP.encode(2L, 123L, TO)),
                VmErrors.BRIDGE_NOT_INITIALIZED);

        BridgeProposeAdministrator propose = new BridgeProposeAdministrator();
        Method proposeMethod = Abis.BRIDGE.method("ProposeAdministrator");
        Address user6 = LiquidityContractTest.USER6;
        bridge.receiveFails(propose, bridge.send(user6, proposeMethod.encode(USER1)), VmErrors.NOT_GUARDIAN);
        // five guardians: three votes elect
        bridge.receive(propose, bridge.send(USER1, proposeMethod.encode(user6)));
        bridge.receive(propose, bridge.send(USER2, proposeMethod.encode(user6)));
        assertThat(info().administrator()).isEqualTo(Address.ZERO);
        bridge.receive(propose, bridge.send(USER3, proposeMethod.encode(user6)));
        assertThat(info().administrator()).isEqualTo(user6);
        assertThat(info().halted()).isTrue();
        assertThat(security().guardiansVotes()).containsOnly(Address.ZERO);
        bridge.receiveFails(propose, bridge.send(USER4, proposeMethod.encode(USER4)), VmErrors.NOT_EMERGENCY);
    }

    @Test
    void administratorChangeChecksPermissionFirst() {
        BridgeChangeAdministrator change = new BridgeChangeAdministrator();
        Method method = Abis.BRIDGE.method("ChangeAdministrator");
        ContractFixture.sendFails(change, admin(method.encode(Address.ZERO)), VmErrors.FORBIDDEN_PARAM);
        bridge.receiveFails(change, bridge.send(USER1, method.encode(USER4)), VmErrors.PERMISSION_DENIED);
        bridge.receiveFails(change, admin(method.encode(USER4)), VmErrors.SECURITY_NOT_INITIALIZED);
        bridge.put(new SecurityInfo(GUARDIANS, Collections.nCopies(5, Address.ZERO), 20, 10));
        challenged(change, method.encode(USER4), 50, 20);
        assertThat(info().administrator()).isEqualTo(USER4);
    }

    @Test
    void bridgeMetadata() {
        BridgeSetBridgeMetadata set = new BridgeSetBridgeMetadata();
        Method method = Abis.BRIDGE.method("SetBridgeMetadata");
        ContractFixture.sendFails(set, admin(method.encode("{\"APY\":")), VmErrors.INVALID_JSON_CONTENT);
        bridge.receiveFails(set, bridge.send(USER1, method.encode("{\"APY\":15}")), VmErrors.PERMISSION_DENIED);
        bridge.receive(set, admin(method.encode("{\"APY\":15}")));
        assertThat(info().metadata()).isEqualTo("{\"APY\":15}");
    }

    @Test
    void everyBridgeMethodCostsSimplePlasmaExceptRedeem() {
        for (EmbeddedMethod m : List.of(new BridgeWrapToken(), new BridgeUpdateWrapRequest(), new BridgeUnwrapToken(), new BridgeRevokeUnwrapRequest(),
                new BridgeSetNetwork(), new BridgeRemoveNetwork(), new BridgeSetTokenPair(), new BridgeRemoveTokenPair(), new BridgeHalt(),
                new BridgeUnhalt(), new BridgeEmergency(), new BridgeChangeTssECDSAPubKey(), new BridgeChangeAdministrator(), new BridgeSetAllowKeyGen(),
                new BridgeSetOrchestratorInfo(), new BridgeSetBridgeMetadata(), new BridgeSetNetworkMetadata(), NominateGuardians.bridge(),
                new BridgeProposeAdministrator())) {
            assertThat(m.plasma()).as(m.getClass().getSimpleName()).isEqualTo(52_500);
        }
        assertThat(error(() -> NominateGuardians.bridge().validateSendBlock(admin(Abis.BRIDGE.method("NominateGuardians").encode(
                List.of(USER1, USER2, USER3, USER4)))))).isEqualTo(VmErrors.INVALID_GUARDIANS);
    }
}
