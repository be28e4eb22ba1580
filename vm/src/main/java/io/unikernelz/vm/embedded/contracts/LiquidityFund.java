package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import java.math.BigInteger;
import java.util.List;

/**
 * Liquidity {@code Fund(znnReward, qsrReward)} (go-zenon implementation/liquidity.go FundMethod): only the spork
 * address may call it; once the Accelerator spork is enforced it donates the two amounts from this contract's
 * balance to the Accelerator ({@code ErrInvalidTokenOrAmount} when the balance does not cover both). A zero amount
 * makes the Accelerator's Donate, and so the whole call, fail.
 */
public final class LiquidityFund implements EmbeddedMethod {
    private static final Method METHOD = Abis.LIQUIDITY.method("Fund");
    private static final Method DONATE = Abis.COMMON.method("Donate");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        return validate(block, ContractParameters.mainnet());
    }

    @Override
    public AccountBlock validateSendBlock(AccountVmContext context, AccountBlock block) {
        return validate(block, context.parameters());
    }

    private static AccountBlock validate(AccountBlock block, ContractParameters params) {
        if (!block.address().equals(params.sporkAddress())) throw VmErrors.PERMISSION_DENIED.exception();
        Values v = Calls.decode(METHOD, block.data());
        return Calls.withData(block, METHOD.encode(v.bigInteger("znnReward"), v.bigInteger("qsrReward")));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validate(sendBlock, context.parameters());
        if (!context.isAcceleratorSporkEnforced()) return List.of();
        Values v = Calls.decode(METHOD, send.data());
        BigInteger znn = v.bigInteger("znnReward");
        BigInteger qsr = v.bigInteger("qsrReward");
        VmLog.Logger log = context.contractLog("liquidity");
        if (context.balance(TokenStandard.ZNN).compareTo(znn) < 0 || context.balance(TokenStandard.QSR).compareTo(qsr) < 0) {
            log.debug("invalid send reward - not enough funds");
            throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        }
        log.debug("donate reward to accelerator", "znn-amount", znn, "qsr-amount", qsr);
        return List.of(Calls.send(Address.LIQUIDITY, Address.ACCELERATOR, znn, TokenStandard.ZNN, DONATE.encode()),
                Calls.send(Address.LIQUIDITY, Address.ACCELERATOR, qsr, TokenStandard.QSR, DONATE.encode()));
    }
}
