package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.StakeInfo;
import java.math.BigInteger;
import java.util.List;

/**
 * Stake {@code Cancel(id)}: once expired, returns the staked ZNN to its owner and marks the entry revoked; the next
 * reward update pays its last partial epoch and deletes it (go-zenon implementation/stake.go CancelStakeMethod). The
 * entry is looked up under the caller's address, so another address gets {@code ErrDataNonExistent}.
 */
public final class CancelStakeMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.STAKE.method("Cancel");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_W_RESPONSE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Hash id = Calls.decode(METHOD, block.data()).hash("id");
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode(id));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Hash id = Calls.decode(METHOD, send.data()).hash("id");
        State storage = context.storage();
        StakeInfo info = StakeState.stakeInfo(storage, id, send.address()).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        long now = context.frontierMomentum().timestamp();
        if (info.expirationTime() > now) throw VmErrors.REVOKE_NOT_DUE.exception();

        // a second cancel before the update removes the entry pays out its (now zero) amount again
        StakeInfo revoked = new StakeInfo(info.stakeAddress(), info.id(), BigInteger.ZERO, info.weightedAmount(), info.startTime(), now,
                info.expirationTime());
        storage.put(revoked.storageKey(), revoked.encodeValue());
        context.contractLog("stake").debug("revoked stake entry", "id", revoked.id(), "owner", revoked.stakeAddress(), "start-time",
                revoked.startTime(), "revoke-time", revoked.revokeTime());
        return List.of(Calls.send(Address.STAKE, info.stakeAddress(), info.amount(), TokenStandard.ZNN, null));
    }
}
