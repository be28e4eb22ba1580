package io.unikernelz.vm.embedded.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.embedded.EmbeddedContracts;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.SporkEra;
import io.unikernelz.vm.embedded.definition.HtlcInfo;
import io.unikernelz.vm.embedded.definition.HtlcProxyUnlockInfo;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values, errors and log lines from go-zenon vm/embedded/tests/htlc_test.go. */
class HtlcContractTest {
    static final Address USER1 = Address.parse("z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz");
    static final Address USER2 = Address.parse("z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx");
    static final Address USER3 = Address.parse("z1qrs2lpccnsneglhnnfwvlsj0qncnxjnwlfmjac");
    static final byte[] PREIMAGE_Z = Hex.decode("b7845adcd41eec4e4fa1cc75a868014811b575942c6e4a72551bc01f63705634");
    static final byte[] PREIMAGE_Q = Hex.decode("d70b59367334f9c6d4771059093ec11cb505d7b2b0e233cc8bde00fe7aec3cee");
    static final byte[] PREIMAGE_Z_LONG = "a718ee3fe739bd6435f0bd7bb4ee90e1deff2343372d92a04592c26a39b570a8".getBytes(StandardCharsets.UTF_8);
    static final long GENESIS = HandBuiltContext.GENESIS_TIME;
    static final BigInteger TEN_ZNN = BigInteger.valueOf(10 * 100_000_000L);
    static final Hash ID = HandBuiltContext.hashOf("htlc create");

    final HtlcCreate create = new HtlcCreate();
    final HtlcReclaim reclaim = new HtlcReclaim();
    final HtlcUnlock unlock = new HtlcUnlock();

    static byte[] createData(Address hashLocked, long expiration, int hashType, int keyMaxSize, byte[] lock) {
        return Abis.HTLC.encodeMethod("Create", hashLocked, expiration, hashType, keyMaxSize, lock);
    }

    static AccountBlock createSend(TokenStandard zts, BigInteger amount, byte[] data) {
        return HandBuiltContext.send(USER1, Address.HTLC, zts, amount, data, "htlc create");
    }

    static AccountBlock unlockSend(Address from, Hash id, byte[] preimage) {
        return HandBuiltContext.send(from, Address.HTLC, Abis.HTLC.encodeMethod("Unlock", id, preimage), "unlock " + Hex.encode(preimage) + from);
    }

    static AccountBlock reclaimSend(Address from, Hash id) {
        return HandBuiltContext.send(from, Address.HTLC, Abis.HTLC.encodeMethod("Reclaim", id), "reclaim " + from);
    }

    static HtlcInfo entry(TokenStandard zts, int hashType, int keyMaxSize, byte[] lock) {
        return new HtlcInfo(ID, USER1, USER2, zts, TEN_ZNN, GENESIS + 300, hashType, keyMaxSize, lock);
    }

    /** A contract holding {@code entry} with its funds, at the given frontier time. */
    static HandBuiltContext withEntry(HtlcInfo entry, long time) {
        return HandBuiltContext.of(Address.HTLC).frontier(20 + (time - GENESIS) / 10, time).balance(entry.tokenStandard(), entry.amount())
                .storage(entry).build();
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
    void hashLockVectorsOfTheGoTests() {
        assertThat(Base64.getEncoder().encodeToString(Sha3.sha3(PREIMAGE_Z))).isEqualTo("Fd4QDoNykDbHp30bYIghQmK4OOcnATsGilLcpt7kV8s=");
        assertThat(Base64.getEncoder().encodeToString(Sha3.sha256(PREIMAGE_Z))).isEqualTo("zYaMcaHJ1yxUmbaLsG7tN0J34zNthDoPEZFEYcNd0DY=");
        assertThat(Base64.getEncoder().encodeToString(Sha3.sha3(PREIMAGE_Z_LONG))).isEqualTo("CBRBxGZSmTPMKTf5M+Ik70GyXYeCQuiRPiTLWB7h8yU=");
    }

    @Test
    void registeredOnlyOnceTheHtlcSporkIsEnforced() {
        byte[] data = createData(USER2, GENESIS + 300, 0, 32, Sha3.sha3(PREIMAGE_Z));
        for (SporkEra era : List.of(SporkEra.ORIGIN, SporkEra.ACCELERATOR, SporkEra.BRIDGE_AND_LIQUIDITY)) {
            NomError e = error(() -> EmbeddedContracts.standard().resolve(era, Address.HTLC, data));
            assertThat(e).isEqualTo(VmErrors.CONTRACT_DOESNT_EXIST);
        }
        EmbeddedContracts c = EmbeddedContracts.standard();
        assertThat(c.resolve(SporkEra.HTLC, Address.HTLC, data)).isInstanceOf(HtlcCreate.class);
        assertThat(c.resolve(SporkEra.HTLC, Address.HTLC, Abis.HTLC.encodeMethod("Reclaim", ID))).isInstanceOf(HtlcReclaim.class);
        assertThat(c.resolve(SporkEra.HTLC, Address.HTLC, Abis.HTLC.encodeMethod("Unlock", ID, PREIMAGE_Z))).isInstanceOf(HtlcUnlock.class);
        assertThat(c.resolve(SporkEra.HTLC, Address.HTLC, Abis.HTLC.encodeMethod("DenyProxyUnlock"))).isInstanceOf(HtlcDenyProxyUnlock.class);
        assertThat(c.resolve(SporkEra.HTLC, Address.HTLC, Abis.HTLC.encodeMethod("AllowProxyUnlock"))).isInstanceOf(HtlcAllowProxyUnlock.class);
    }

    @Test
    void plasmaPerMethod() {
        assertThat(List.<EmbeddedMethod>of(create, new HtlcDenyProxyUnlock(), new HtlcAllowProxyUnlock()))
                .allSatisfy(m -> assertThat(m.plasma()).isEqualTo(Plasma.EMBEDDED_SIMPLE_PLASMA));
        assertThat(List.<EmbeddedMethod>of(reclaim, unlock)).allSatisfy(m -> assertThat(m.plasma()).isEqualTo(Plasma.EMBEDDED_W_RESPONSE_PLASMA));
    }

    @Test
    void createStoresTheEntryAndLogsItAsGoZenonPrintsIt() {
        // TestHtlc_unlock: created at 01:50:00 (time 1000000200) with expiration +300
        HandBuiltContext h = HandBuiltContext.of(Address.HTLC).frontier(21, GENESIS + 200).build();
        AccountBlock send = createSend(TokenStandard.ZNN, TEN_ZNN, createData(USER2, GENESIS + 300, 0, 32, Sha3.sha3(PREIMAGE_Z)));

        assertThat(create.receiveBlock(h.context, send)).isEmpty();

        HtlcInfo expected = new HtlcInfo(send.hash(), USER1, USER2, TokenStandard.ZNN, TEN_ZNN, GENESIS + 300, 0, 32, Sha3.sha3(PREIMAGE_Z));
        assertThat(HtlcSupport.htlcInfo(h.context.storage(), send.hash())).contains(expected);
        assertThat(h.logLines()).containsExactly("created module=embedded contract=htlc htlcInfo=Id:" + send.hash()
                + " TimeLocked:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz HashLocked:z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx"
                + " TokenStandard:zts1znnxxxxxxxxxxxxx9z4ulx Amount:1000000000 ExpirationTime:1000000300 HashType:0 KeyMaxSize:32"
                + " HashLock:Fd4QDoNykDbHp30bYIghQmK4OOcnATsGilLcpt7kV8s=");
    }

    @Test
    void createRejectsZeroAmountsOnTheSendSideWithGoZenonsLogLine() {
        // TestHtlc_zero
        HandBuiltContext h = HandBuiltContext.of(USER1).build();
        AccountBlock send = createSend(TokenStandard.ZNN, BigInteger.ZERO, createData(USER2, GENESIS + 300, 0, 32, Sha3.sha256(PREIMAGE_Z)));
        assertThat(error(() -> create.validateSendBlock(h.context, send))).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT);
        assertThat(h.logLines()).containsExactly(
                "invalid create - cannot create zero amount module=embedded contract=htlc address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz");
        assertThat(error(() -> create.validateSendBlock(send))).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT);
    }

    @Test
    void createChecksHashTypeThenDigestSizeThenAmount() {
        byte[] lock = Sha3.sha3(PREIMAGE_Z);
        assertThat(error(() -> create.validateSendBlock(createSend(TokenStandard.ZNN, BigInteger.ZERO, createData(USER2, GENESIS + 300, 2, 32, lock)))))
                .isEqualTo(VmErrors.INVALID_HASH_TYPE);
        assertThat(error(() -> create.validateSendBlock(createSend(TokenStandard.ZNN, BigInteger.ZERO,
                createData(USER2, GENESIS + 300, 1, 32, Arrays.copyOf(lock, 31)))))).isEqualTo(VmErrors.INVALID_HASH_DIGEST);
        assertThat(error(() -> create.validateSendBlock(createSend(TokenStandard.ZNN, TEN_ZNN,
                createData(USER2, GENESIS + 300, 0, 32, Arrays.copyOf(lock, 33)))))).isEqualTo(VmErrors.INVALID_HASH_DIGEST);
        assertThat(error(() -> create.validateSendBlock(createSend(TokenStandard.ZNN, TEN_ZNN, Arrays.copyOf(
                createData(USER2, GENESIS + 300, 0, 32, lock), 60))))).isEqualTo(VmErrors.UNPACK_ERROR);
        // any token works, and the data is re-encoded canonically
        byte[] data = createData(USER2, GENESIS + 300, 1, 32, lock);
        AccountBlock ok = create.validateSendBlock(createSend(TokenStandard.QSR, BigInteger.ONE, Arrays.copyOf(data, data.length + 5)));
        assertThat(ok.data()).isEqualTo(data);
    }

    @Test
    void createRefusesAnExpirationNotAfterTheFrontierMomentumTime() {
        // TestHtlc_create_expiration_time: time == expiration is already expired; TestHtlc_create_expired
        for (long[] c : new long[][] {{GENESIS + 300, GENESIS + 300}, {GENESIS + 200, GENESIS - 300}}) {
            HandBuiltContext h = HandBuiltContext.of(Address.HTLC).frontier(30, c[0]).build();
            AccountBlock send = createSend(TokenStandard.ZNN, TEN_ZNN, createData(USER2, c[1], 0, 32, Sha3.sha3(PREIMAGE_Z)));
            assertThat(error(() -> create.receiveBlock(h.context, send))).isEqualTo(VmErrors.INVALID_EXPIRATION_TIME);
            assertThat(h.logLines()).containsExactly("invalid create - cannot create already expired module=embedded contract=htlc"
                    + " address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz time=" + c[0] + " expiration-time=" + c[1]);
            assertThat(h.context.changes().records()).isEmpty();
        }
    }

    @Test
    void unlockPaysTheHashLockedAddressAndDeletesTheEntry() {
        HtlcInfo info = entry(TokenStandard.ZNN, 0, 32, Sha3.sha3(PREIMAGE_Z));
        HandBuiltContext h = withEntry(info, GENESIS + 240);

        // wrong preimage first (TestHtlc_unlock at 01:50:30)
        assertThat(error(() -> unlock.receiveBlock(h.context, unlockSend(USER2, ID, PREIMAGE_Q)))).isEqualTo(VmErrors.INVALID_PREIMAGE);
        List<AccountBlock> out = unlock.receiveBlock(h.context, unlockSend(USER2, ID, PREIMAGE_Z));

        assertThat(out).singleElement().satisfies(d -> {
            assertThat(d.blockType()).isEqualTo(BlockType.CONTRACT_SEND);
            assertThat(d.address()).isEqualTo(Address.HTLC);
            assertThat(d.toAddress()).isEqualTo(USER2);
            assertThat(d.amount()).isEqualTo(TEN_ZNN);
            assertThat(d.tokenStandard()).isEqualTo(TokenStandard.ZNN);
            assertThat(d.data()).isEmpty();
        });
        assertThat(HtlcSupport.htlcInfo(h.context.storage(), ID)).isEmpty();
        String infoText = "Id:" + ID + " TimeLocked:z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz HashLocked:z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx"
                + " TokenStandard:zts1znnxxxxxxxxxxxxx9z4ulx Amount:1000000000 ExpirationTime:1000000300 HashType:0 KeyMaxSize:32"
                + " HashLock:Fd4QDoNykDbHp30bYIghQmK4OOcnATsGilLcpt7kV8s=";
        assertThat(h.logLines()).containsExactly(
                "invalid unlock - wrong preimage module=embedded contract=htlc id=" + ID
                        + " address=z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx preimage=d70b59367334f9c6d4771059093ec11cb505d7b2b0e233cc8bde00fe7aec3cee",
                "unlocked module=embedded contract=htlc htlcInfo=" + infoText
                        + " preimage=b7845adcd41eec4e4fa1cc75a868014811b575942c6e4a72551bc01f63705634");

        // TestHtlc_nonexistent_after_unlock
        assertThat(error(() -> unlock.receiveBlock(h.context, unlockSend(USER2, ID, PREIMAGE_Z)))).isEqualTo(VmErrors.DATA_NON_EXISTENT);
        assertThat(error(() -> reclaim.receiveBlock(h.context, reclaimSend(USER1, ID)))).isEqualTo(VmErrors.DATA_NON_EXISTENT);
    }

    @Test
    void unlockIsRefusedFromTheExpirationTimeOn() {
        // TestHtlc_unlock_expiration_time: time 1000000300 == expiration
        HandBuiltContext h = withEntry(entry(TokenStandard.ZNN, 0, 32, Sha3.sha3(PREIMAGE_Z)), GENESIS + 300);
        assertThat(error(() -> unlock.receiveBlock(h.context, unlockSend(USER2, ID, PREIMAGE_Z)))).isEqualTo(VmErrors.EXPIRED);
        assertThat(h.logLines()).containsExactly("invalid unlock - entry is expired module=embedded contract=htlc id=" + ID
                + " address=z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx time=1000000300 expiration-time=1000000300");
    }

    @Test
    void unlockChecksThePreimageSizeBeforeItsHash() {
        // TestHtlc_unlock_long_preimage: the right 64-byte preimage against keyMaxSize 32
        HandBuiltContext h = withEntry(entry(TokenStandard.ZNN, 0, 32, Sha3.sha3(PREIMAGE_Z_LONG)), GENESIS + 220);
        assertThat(error(() -> unlock.receiveBlock(h.context, unlockSend(USER2, ID, PREIMAGE_Z_LONG)))).isEqualTo(VmErrors.INVALID_PREIMAGE);
        assertThat(h.logLines()).containsExactly("invalid unlock - preimage size greater than entry KeyMaxSize module=embedded contract=htlc id="
                + ID + " address=z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx preimage-size=64 max-size=32");
        HandBuiltContext wide = withEntry(entry(TokenStandard.ZNN, 0, 64, Sha3.sha3(PREIMAGE_Z_LONG)), GENESIS + 220);
        assertThat(unlock.receiveBlock(wide.context, unlockSend(USER2, ID, PREIMAGE_Z_LONG))).hasSize(1);
    }

    @Test
    void eachHashTypeUsesItsOwnFunction() {
        // TestHtlc_unlockSHA256 and TestHtlc_hashType
        HandBuiltContext sha256 = withEntry(entry(TokenStandard.ZNN, 1, 32, Sha3.sha256(PREIMAGE_Z)), GENESIS + 220);
        assertThat(unlock.receiveBlock(sha256.context, unlockSend(USER2, ID, PREIMAGE_Z))).hasSize(1);

        HandBuiltContext sha3TypeSha256Lock = withEntry(entry(TokenStandard.ZNN, 0, 32, Sha3.sha256(PREIMAGE_Z)), GENESIS + 220);
        assertThat(error(() -> unlock.receiveBlock(sha3TypeSha256Lock.context, unlockSend(USER2, ID, PREIMAGE_Z)))).isEqualTo(VmErrors.INVALID_PREIMAGE);
        HandBuiltContext sha256TypeSha3Lock = withEntry(entry(TokenStandard.ZNN, 1, 32, Sha3.sha3(PREIMAGE_Z)), GENESIS + 220);
        assertThat(error(() -> unlock.receiveBlock(sha256TypeSha3Lock.context, unlockSend(USER2, ID, PREIMAGE_Z)))).isEqualTo(VmErrors.INVALID_PREIMAGE);
    }

    @Test
    void proxyUnlockIsAllowedByDefaultAndFollowsTheHashLockedAddressesChoice() {
        HtlcInfo info = entry(TokenStandard.ZNN, 0, 32, Sha3.sha3(PREIMAGE_Z));
        // default: a third party unlocks, the funds still go to the hash-locked address (TestHtlc_proxy_unlock_default)
        HandBuiltContext h = withEntry(info, GENESIS + 240);
        assertThat(unlock.receiveBlock(h.context, unlockSend(USER3, ID, PREIMAGE_Z))).singleElement()
                .satisfies(d -> assertThat(d.toAddress()).isEqualTo(USER2));

        // denied: neither the creator nor a third party, only the hash-locked address (TestHtlc_deny_proxy_unlock)
        HandBuiltContext denied = withEntry(info, GENESIS + 240);
        HtlcDenyProxyUnlock deny = new HtlcDenyProxyUnlock();
        HtlcAllowProxyUnlock allow = new HtlcAllowProxyUnlock();
        deny.receiveBlock(denied.context, HandBuiltContext.send(USER2, Address.HTLC, Abis.HTLC.encodeMethod("DenyProxyUnlock"), "deny"));
        assertThat(denied.stored(HtlcProxyUnlockInfo.key(USER2))).isEqualTo(new HtlcProxyUnlockInfo(USER2, false).encodeValue());
        assertThat(error(() -> unlock.receiveBlock(denied.context, unlockSend(USER1, ID, PREIMAGE_Z)))).isEqualTo(VmErrors.PERMISSION_DENIED);
        assertThat(error(() -> unlock.receiveBlock(denied.context, unlockSend(USER3, ID, PREIMAGE_Z)))).isEqualTo(VmErrors.PERMISSION_DENIED);
        assertThat(unlock.receiveBlock(denied.context, unlockSend(USER2, ID, PREIMAGE_Z))).hasSize(1);
        assertThat(denied.logLines().subList(0, 3)).containsExactly(
                "deny proxy unlock module=embedded contract=htlc address=z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx",
                "invalid unlock - permission denied module=embedded contract=htlc id=" + ID + " address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz",
                "invalid unlock - permission denied module=embedded contract=htlc id=" + ID + " address=z1qrs2lpccnsneglhnnfwvlsj0qncnxjnwlfmjac");

        // allowed again after a deny: the record stays, now with allowed = true (TestHtlc_allow_proxy_unlock)
        HandBuiltContext again = withEntry(info, GENESIS + 240);
        deny.receiveBlock(again.context, HandBuiltContext.send(USER2, Address.HTLC, Abis.HTLC.encodeMethod("DenyProxyUnlock"), "deny"));
        allow.receiveBlock(again.context, HandBuiltContext.send(USER2, Address.HTLC, Abis.HTLC.encodeMethod("AllowProxyUnlock"), "allow"));
        assertThat(again.stored(HtlcProxyUnlockInfo.key(USER2))).isEqualTo(new HtlcProxyUnlockInfo(USER2, true).encodeValue());
        assertThat(again.logLines()).contains("allow proxy unlock module=embedded contract=htlc address=z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx");
        assertThat(unlock.receiveBlock(again.context, unlockSend(USER3, ID, PREIMAGE_Z))).hasSize(1);
    }

    @Test
    void proxyUnlockSettingsTakeNoFundsAndExactlyTheSelector() {
        for (EmbeddedMethod m : List.<EmbeddedMethod>of(new HtlcDenyProxyUnlock(), new HtlcAllowProxyUnlock())) {
            String name = m instanceof HtlcDenyProxyUnlock ? "DenyProxyUnlock" : "AllowProxyUnlock";
            byte[] data = Abis.HTLC.encodeMethod(name);
            assertThat(error(() -> m.validateSendBlock(HandBuiltContext.send(USER2, Address.HTLC, TokenStandard.ZNN, BigInteger.ONE, data, "x"))))
                    .isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT);
            assertThat(error(() -> m.validateSendBlock(HandBuiltContext.send(USER2, Address.HTLC, Arrays.copyOf(data, 5), "y"))))
                    .isEqualTo(VmErrors.UNPACK_ERROR);
            HandBuiltContext h = HandBuiltContext.of(Address.HTLC).build();
            assertThat(error(() -> m.receiveBlock(h.context, HandBuiltContext.send(USER2, Address.HTLC, Arrays.copyOf(data, 5), "y"))))
                    .isEqualTo(VmErrors.UNPACK_ERROR);
            assertThat(h.logLines()).containsExactly("invalid create - syntactic validation failed module=embedded contract=htlc"
                    + " address=z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx reason=invalid unpack method data");
        }
    }

    @Test
    void reclaimOnlyByTheCreatorAndOnlyFromTheExpirationTimeOn() {
        HtlcInfo info = entry(TokenStandard.QSR, 0, 32, Sha3.sha3(PREIMAGE_Z));
        // TestHtlc_reclaim_access: neither the hash-locked address nor a third party, before or after expiry
        for (long time : new long[] {GENESIS + 210, GENESIS + 400}) {
            HandBuiltContext h = withEntry(info, time);
            assertThat(error(() -> reclaim.receiveBlock(h.context, reclaimSend(USER2, ID)))).isEqualTo(VmErrors.PERMISSION_DENIED);
            assertThat(error(() -> reclaim.receiveBlock(h.context, reclaimSend(USER3, ID)))).isEqualTo(VmErrors.PERMISSION_DENIED);
            assertThat(h.logLines()).containsExactly(
                    "invalid reclaim - permission denied module=embedded contract=htlc id=" + ID + " address=z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx",
                    "invalid reclaim - permission denied module=embedded contract=htlc id=" + ID + " address=z1qrs2lpccnsneglhnnfwvlsj0qncnxjnwlfmjac");
        }
        // TestHtlc_unlock: reclaim before expiry is not due
        HandBuiltContext early = withEntry(info, GENESIS + 220);
        assertThat(error(() -> reclaim.receiveBlock(early.context, reclaimSend(USER1, ID)))).isEqualTo(VmErrors.RECLAIM_NOT_DUE);
        assertThat(early.logLines()).containsExactly("invalid reclaim - entry not expired module=embedded contract=htlc id=" + ID
                + " address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz time=1000000220 expiration-time=1000000300");

        // TestHtlc_reclaim_expiration_time: due exactly at the expiration time
        HandBuiltContext due = withEntry(info, GENESIS + 300);
        List<AccountBlock> out = reclaim.receiveBlock(due.context, reclaimSend(USER1, ID));
        assertThat(out).singleElement().satisfies(d -> {
            assertThat(d.toAddress()).isEqualTo(USER1);
            assertThat(d.amount()).isEqualTo(TEN_ZNN);
            assertThat(d.tokenStandard()).isEqualTo(TokenStandard.QSR);
            assertThat(d.data()).isEmpty();
        });
        assertThat(HtlcSupport.htlcInfo(due.context.storage(), ID)).isEmpty();
        assertThat(due.logLines()).singleElement().asString().startsWith("reclaimed module=embedded contract=htlc htlcInfo=Id:" + ID);
        assertThat(error(() -> unlock.receiveBlock(due.context, unlockSend(USER2, ID, PREIMAGE_Z)))).isEqualTo(VmErrors.DATA_NON_EXISTENT);
    }

    @Test
    void reclaimAndUnlockTakeNoFundsAndReportMissingEntries() {
        assertThat(error(() -> reclaim.validateSendBlock(HandBuiltContext.send(USER1, Address.HTLC, TokenStandard.ZNN, BigInteger.ONE,
                Abis.HTLC.encodeMethod("Reclaim", ID), "r")))).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT);
        assertThat(error(() -> unlock.validateSendBlock(HandBuiltContext.send(USER1, Address.HTLC, TokenStandard.ZNN, BigInteger.ONE,
                Abis.HTLC.encodeMethod("Unlock", ID, PREIMAGE_Z), "u")))).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT);
        assertThat(error(() -> reclaim.validateSendBlock(HandBuiltContext.send(USER1, Address.HTLC, new byte[] {1, 2, 3}, "r"))))
                .isEqualTo(VmErrors.UNPACK_ERROR);
        // TestHtlc_nonexistent
        HandBuiltContext h = HandBuiltContext.of(Address.HTLC).build();
        assertThat(error(() -> unlock.receiveBlock(h.context, unlockSend(USER1, ID, PREIMAGE_Z)))).isEqualTo(VmErrors.DATA_NON_EXISTENT);
        assertThat(error(() -> reclaim.receiveBlock(h.context, reclaimSend(USER1, ID)))).isEqualTo(VmErrors.DATA_NON_EXISTENT);
        assertThat(h.logLines()).containsExactly(
                "invalid unlock - entry does not exist module=embedded contract=htlc id=" + ID + " address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz",
                "invalid reclaim - entry does not exist module=embedded contract=htlc id=" + ID + " address=z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz");
    }
}
