package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.HtlcInfo;
import java.util.Arrays;
import java.util.List;

/**
 * HTLC {@code Unlock(hash id, bytes preimage)}: before expiry, a preimage of at most {@code keyMaxSize} bytes whose
 * hash is the lock pays the entry to its hash-locked address. The hash-locked address may always unlock; anyone else
 * only while that address allows proxy unlocks (the default) (go-zenon implementation/htlc.go UnlockHtlcMethod).
 */
public final class HtlcUnlock implements EmbeddedMethod {
    private static final Method METHOD = Abis.HTLC.method("Unlock");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_W_RESPONSE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        if (block.amount().signum() > 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        return Calls.withData(block, METHOD.encode(v.hash("id"), v.bytes("preimage")));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send;
        try {
            send = validateSendBlock(context, sendBlock);
        } catch (NomException e) {
            HtlcSupport.log(context).debug("invalid unlock - syntactic validation failed", "address", sendBlock.address(), "reason", e.error());
            throw e;
        }
        Values v = Calls.decode(METHOD, send.data());
        Hash id = v.hash("id");
        byte[] preimage = v.bytes("preimage");

        HtlcInfo info = HtlcSupport.htlcInfo(context.storage(), id).orElse(null);
        if (info == null) {
            HtlcSupport.log(context).debug("invalid unlock - entry does not exist", "id", id, "address", send.address());
            throw VmErrors.DATA_NON_EXISTENT.exception();
        }
        if (!HtlcSupport.proxyUnlockAllowed(context.storage(), info.hashLocked()) && !send.address().equals(info.hashLocked())) {
            HtlcSupport.log(context).debug("invalid unlock - permission denied", "id", info.id(), "address", send.address());
            throw VmErrors.PERMISSION_DENIED.exception();
        }
        long now = context.frontierMomentum().timestamp();
        if (now >= info.expirationTime()) {
            HtlcSupport.log(context).debug("invalid unlock - entry is expired", "id", info.id(), "address", send.address(), "time", now,
                    "expiration-time", info.expirationTime());
            throw VmErrors.EXPIRED.exception();
        }
        if (preimage.length > info.keyMaxSize()) {
            HtlcSupport.log(context).debug("invalid unlock - preimage size greater than entry KeyMaxSize", "id", info.id(), "address",
                    send.address(), "preimage-size", preimage.length, "max-size", info.keyMaxSize());
            throw VmErrors.INVALID_PREIMAGE.exception();
        }
        if (!Arrays.equals(HtlcSupport.hashPreimage(info.hashType(), preimage), info.hashLock())) {
            HtlcSupport.log(context).debug("invalid unlock - wrong preimage", "id", info.id(), "address", send.address(), "preimage",
                    Hex.encode(preimage));
            throw VmErrors.INVALID_PREIMAGE.exception();
        }

        context.storage().delete(info.storageKey());
        HtlcSupport.log(context).debug("unlocked", "htlcInfo", HtlcSupport.format(info), "preimage", Hex.encode(preimage));
        return List.of(HtlcSupport.payout(info, info.hashLocked()));
    }
}
