package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.HtlcInfo;
import java.util.List;

/**
 * HTLC {@code Create(address hashLocked, int64 expirationTime, uint8 hashType, uint8 keyMaxSize, bytes hashLock)}:
 * locks the sent funds (any token, non-zero amount) under an entry whose id is the send hash. {@code hashLocked} can
 * unlock it with a preimage before {@code expirationTime}; the sender can reclaim it afterwards (go-zenon
 * implementation/htlc.go CreateHtlcMethod).
 */
public final class HtlcCreate implements EmbeddedMethod {
    private static final Method METHOD = Abis.HTLC.method("Create");

    /** The decoded call. */
    private record Params(Address hashLocked, long expirationTime, int hashType, int keyMaxSize, byte[] hashLock) {
        static Params of(byte[] data) {
            Values v = Calls.decode(METHOD, data);
            return new Params(v.address("hashLocked"), v.longValue("expirationTime"), v.intValue("hashType"), v.intValue("keyMaxSize"),
                    v.bytes("hashLock"));
        }

        byte[] encode() {
            return METHOD.encode(hashLocked, expirationTime, hashType, keyMaxSize, hashLock);
        }
    }

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        return validate(null, block);
    }

    /** As the one-argument form, plus go-zenon's log line for a zero amount. */
    @Override
    public AccountBlock validateSendBlock(AccountVmContext context, AccountBlock block) {
        return validate(context, block);
    }

    private static AccountBlock validate(AccountVmContext context, AccountBlock block) {
        Params p = Params.of(block.data());
        HtlcSupport.checkHashLock(p.hashType(), p.hashLock());
        if (block.amount().signum() == 0) {
            if (context != null) HtlcSupport.log(context).debug("invalid create - cannot create zero amount", "address", block.address());
            throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        }
        return Calls.withData(block, p.encode());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send;
        try {
            send = validateSendBlock(context, sendBlock);
        } catch (NomException e) {
            HtlcSupport.log(context).debug("invalid create - syntactic validation failed", "address", sendBlock.address(), "reason", e.error());
            throw e;
        }
        Params p = Params.of(send.data());
        long now = context.frontierMomentum().timestamp();
        if (now >= p.expirationTime()) {
            HtlcSupport.log(context).debug("invalid create - cannot create already expired", "address", send.address(), "time", now,
                    "expiration-time", p.expirationTime());
            throw VmErrors.INVALID_EXPIRATION_TIME.exception();
        }

        HtlcInfo info = new HtlcInfo(send.hash(), send.address(), p.hashLocked(), send.tokenStandard(), send.amount(), p.expirationTime(),
                p.hashType(), p.keyMaxSize(), p.hashLock());
        context.storage().put(info.storageKey(), info.encodeValue());
        HtlcSupport.log(context).debug("created", "htlcInfo", HtlcSupport.format(info));
        return List.of();
    }
}
