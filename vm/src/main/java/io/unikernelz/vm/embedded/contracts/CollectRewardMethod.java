package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.RewardDeposit;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Common {@code CollectReward()}: pays the sender's uncollected rewards by asking the token contract to mint them —
 * one {@code Mint} call per non-zero coin, both sent with token standard ZNN and amount 0 (the QSR call too: a
 * go-zenon quirk that is hashed) — and clears the deposit (go-zenon implementation/common.go CollectRewardMethod).
 * The plasma differs per contract and era, hence the constructor argument.
 */
public final class CollectRewardMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.COMMON.method("CollectReward");
    private static final Method MINT = Abis.TOKEN.method("Mint");

    /** S + W: pillar, sentinel and stake before the Accelerator spork. */
    public static final long PLASMA_ORIGIN = Plasma.EMBEDDED_SIMPLE_PLASMA + Plasma.EMBEDDED_W_RESPONSE_PLASMA;
    /** S: pillar, sentinel and stake from the Accelerator spork on. */
    public static final long PLASMA_ACCELERATOR = Plasma.EMBEDDED_SIMPLE_PLASMA;
    /** D: liquidity from the Bridge and Liquidity spork on. */
    public static final long PLASMA_LIQUIDITY = Plasma.EMBEDDED_W_DOUBLE_RESPONSE_PLASMA;

    private final long plasma;

    public CollectRewardMethod(long plasma) {
        if (plasma <= 0) throw new IllegalArgumentException("plasma must be positive, got " + plasma);
        this.plasma = plasma;
    }

    @Override
    public long plasma() {
        return plasma;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Calls.decode(METHOD, block.data());
        Calls.requireNoAmount(block);
        return Calls.withData(block, METHOD.encode());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        State storage = context.storage();
        RewardDeposit deposit = CommonState.rewardDeposit(storage, send.address());
        if (deposit.znn().signum() == 0 && deposit.qsr().signum() == 0) throw VmErrors.NOTHING_TO_WITHDRAW.exception();

        List<AccountBlock> out = new ArrayList<>(2);
        if (deposit.znn().signum() > 0) out.add(mint(send.toAddress(), TokenStandard.ZNN, deposit.znn(), send.address()));
        if (deposit.qsr().signum() > 0) out.add(mint(send.toAddress(), TokenStandard.QSR, deposit.qsr(), send.address()));
        storage.delete(deposit.storageKey());
        return out;
    }

    private static AccountBlock mint(Address contract, TokenStandard coin, BigInteger amount, Address beneficiary) {
        return Calls.send(contract, Address.TOKEN, BigInteger.ZERO, TokenStandard.ZNN, MINT.encode(coin, amount, beneficiary));
    }
}
