package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.embedded.definition.HtlcInfo;
import io.unikernelz.vm.embedded.definition.HtlcProxyUnlockInfo;
import java.util.Base64;
import java.util.Optional;

/** State access and shared rules of the HTLC contract (go-zenon implementation/htlc.go, definition/htlc.go). */
public final class HtlcSupport {
    /** Digest size of both supported hash types (go-zenon HashTypeDigestSizes). */
    public static final int HASH_LOCK_SIZE = 32;

    private HtlcSupport() {}

    static VmLog.Logger log(AccountVmContext context) {
        return context.contractLog("htlc");
    }

    /** The entry with {@code id}, if stored (go-zenon GetHtlcInfo; empty data counts as absent). */
    public static Optional<HtlcInfo> htlcInfo(StateReader storage, Hash id) {
        byte[] key = HtlcInfo.key(id);
        byte[] value = storage.get(key);
        if (value == null || value.length == 0) return Optional.empty();
        return Optional.of(HtlcInfo.decode(key, value));
    }

    /**
     * Whether anyone may unlock entries hash-locked to {@code address} (go-zenon GetHtlcProxyUnlockStatus): the stored
     * choice, or allowed when the address never chose. The record is never deleted, so an explicit choice sticks.
     */
    public static boolean proxyUnlockAllowed(StateReader storage, Address address) {
        byte[] key = HtlcProxyUnlockInfo.key(address);
        byte[] value = storage.get(key);
        if (value == null || value.length == 0) return true;
        return HtlcProxyUnlockInfo.decode(key, value).allowed();
    }

    /** go-zenon checkHtlc: a known hash type and a lock of its digest size. */
    static void checkHashLock(int hashType, byte[] hashLock) {
        if (hashType != HtlcInfo.HASH_TYPE_SHA3 && hashType != HtlcInfo.HASH_TYPE_SHA256) {
            throw VmErrors.INVALID_HASH_TYPE.exception();
        }
        if (hashLock.length != HASH_LOCK_SIZE) throw VmErrors.INVALID_HASH_DIGEST.exception();
    }

    /**
     * The preimage hashed with the entry's hash type; an unknown type hashes to nothing, which go-zenon compares with
     * {@code bytes.Equal} (so it matches only an empty lock, which creation never stores).
     */
    static byte[] hashPreimage(int hashType, byte[] preimage) {
        if (hashType == HtlcInfo.HASH_TYPE_SHA3) return Sha3.sha3(preimage);
        if (hashType == HtlcInfo.HASH_TYPE_SHA256) return Sha3.sha256(preimage);
        return new byte[0];
    }

    /** The descendant paying an entry out to {@code to}; go-zenon sets an empty, non-nil data field. */
    static AccountBlock payout(HtlcInfo info, Address to) {
        return Calls.send(Address.HTLC, to, info.amount(), info.tokenStandard(), new byte[0]);
    }

    /** An entry as go-zenon's {@code HtlcInfo.String()} renders it in log lines. */
    public static String format(HtlcInfo h) {
        return "Id:" + h.id() + " TimeLocked:" + h.timeLocked() + " HashLocked:" + h.hashLocked() + " TokenStandard:" + h.tokenStandard()
                + " Amount:" + h.amount() + " ExpirationTime:" + h.expirationTime() + " HashType:" + h.hashType() + " KeyMaxSize:"
                + h.keyMaxSize() + " HashLock:" + Base64.getEncoder().encodeToString(h.hashLock());
    }
}
