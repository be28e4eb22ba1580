package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.GoFormat;
import io.unikernelz.vm.embedded.definition.SentinelInfo;
import java.math.BigInteger;
import java.util.List;

/**
 * Sentinel {@code Revoke()}: only in the revoke window at the end of each cycle from registration; returns the ZNN and
 * the QSR in two descendants and keeps the revoked record (go-zenon implementation/sentinel.go RevokeSentinelMethod).
 */
public final class RevokeSentinelMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.SENTINEL.method("Revoke");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_W_DOUBLE_RESPONSE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Calls.decode(METHOD, block.data());
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        VmLog.Logger log = context.contractLog("sentinel");
        AccountBlock send;
        try {
            send = validateSendBlock(sendBlock);
        } catch (NomException e) {
            log.debug("invalid revoke - syntactic validation failed", "address", sendBlock.address(), "reason", e.error().message());
            throw e;
        }
        long now = context.frontierMomentum().timestamp();
        State storage = context.storage();
        SentinelInfo sentinel = SentinelState.byOwner(storage, send.address()).orElse(null);
        if (sentinel == null) {
            log.debug("invalid revoke - sentinel is not registered", "address", send.address());
            throw VmErrors.DATA_NON_EXISTENT.exception();
        }
        if (!sentinel.isActive()) {
            log.debug("invalid revoke - sentinel is already revoked", "address", send.address());
            throw VmErrors.ALREADY_REVOKED.exception();
        }
        SentinelState.RevokeStatus status = SentinelState.revokeStatus(sentinel.registrationTimestamp(), now, context.parameters());
        if (!status.canRevoke()) {
            log.debug("invalid revoke - cannot be revoked yet", "address", send.address(), "until-revoke", status.seconds());
            throw VmErrors.REVOKE_NOT_DUE.exception();
        }

        SentinelInfo revoked = new SentinelInfo(sentinel.owner(), sentinel.registrationTimestamp(), now, BigInteger.ZERO, BigInteger.ZERO);
        storage.put(revoked.storageKey(), revoked.encodeValue());
        log.debug("successfully revoke", "sentinel", GoFormat.pointer(GoStructs.sentinel(revoked)));
        return List.of(
                Calls.send(Address.SENTINEL, sentinel.owner(), sentinel.znnAmount(), TokenStandard.ZNN, null),
                Calls.send(Address.SENTINEL, sentinel.owner(), sentinel.qsrAmount(), TokenStandard.QSR, null));
    }
}
