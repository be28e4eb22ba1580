package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.LiquidityStakeEntry;
import java.math.BigInteger;
import java.util.List;

/**
 * Liquidity {@code CancelLiquidityStake(id)} (go-zenon implementation/liquidity.go CancelLiquidityStakeMethod): once
 * expired, returns the staked tokens to their owner and marks the entry revoked (amount 0); the next reward update
 * pays its last partial epoch and deletes it. The entry is looked up under the caller's address.
 */
public final class LiquidityCancelStake implements EmbeddedMethod {
    private static final Method METHOD = Abis.LIQUIDITY.method("CancelLiquidityStake");

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
        LiquidityStakeEntry entry = LiquidityState.stakeEntry(context.storage(), id, send.address())
                .orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        long now = context.frontierMomentum().timestamp();
        if (entry.expirationTime() > now) throw VmErrors.REVOKE_NOT_DUE.exception();

        // a second cancel before the update removes the entry pays out its (now zero) amount again
        LiquidityStakeEntry revoked = new LiquidityStakeEntry(entry.stakeAddress(), entry.id(), BigInteger.ZERO, entry.tokenStandard(),
                entry.weightedAmount(), entry.startTime(), now, entry.expirationTime());
        LiquidityState.save(context.storage(), revoked);
        context.contractLog("stake").debug("revoked liquidity stake entry", "id", revoked.id(), "owner", revoked.stakeAddress(), "start-time",
                revoked.startTime(), "revoke-time", revoked.revokeTime());
        return List.of(Calls.send(Address.LIQUIDITY, entry.stakeAddress(), entry.amount(), entry.tokenStandard(), null));
    }
}
