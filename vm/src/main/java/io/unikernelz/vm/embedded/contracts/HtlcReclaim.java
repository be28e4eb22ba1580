package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.HtlcInfo;
import java.util.List;

/**
 * HTLC {@code Reclaim(hash id)}: once an entry has expired (frontier momentum time ≥ expiration), its creator takes
 * the funds back (go-zenon implementation/htlc.go ReclaimHtlcMethod).
 */
public final class HtlcReclaim implements EmbeddedMethod {
    private static final Method METHOD = Abis.HTLC.method("Reclaim");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_W_RESPONSE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Hash id = Calls.decode(METHOD, block.data()).hash("id");
        if (block.amount().signum() > 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        return Calls.withData(block, METHOD.encode(id));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send;
        try {
            send = validateSendBlock(context, sendBlock);
        } catch (NomException e) {
            HtlcSupport.log(context).debug("invalid reclaim - syntactic validation failed", "address", sendBlock.address(), "reason", e.error());
            throw e;
        }
        Hash id = Calls.decode(METHOD, send.data()).hash("id");
        HtlcInfo info = HtlcSupport.htlcInfo(context.storage(), id).orElse(null);
        if (info == null) {
            HtlcSupport.log(context).debug("invalid reclaim - entry does not exist", "id", id, "address", send.address());
            throw VmErrors.DATA_NON_EXISTENT.exception();
        }
        if (!info.timeLocked().equals(send.address())) {
            HtlcSupport.log(context).debug("invalid reclaim - permission denied", "id", info.id(), "address", send.address());
            throw VmErrors.PERMISSION_DENIED.exception();
        }
        long now = context.frontierMomentum().timestamp();
        if (now < info.expirationTime()) {
            HtlcSupport.log(context).debug("invalid reclaim - entry not expired", "id", info.id(), "address", send.address(), "time", now,
                    "expiration-time", info.expirationTime());
            throw VmErrors.RECLAIM_NOT_DUE.exception();
        }

        context.storage().delete(info.storageKey());
        HtlcSupport.log(context).debug("reclaimed", "htlcInfo", HtlcSupport.format(info));
        return List.of(HtlcSupport.payout(info, info.timeLocked()));
    }
}
