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
import io.unikernelz.vm.embedded.EmbeddedMethod;
import java.math.BigInteger;
import java.util.List;

/**
 * Liquidity {@code BurnZnn(burnAmount)} (go-zenon implementation/liquidity.go BurnZnnMethod): only the spork address
 * may call it; once the Accelerator spork is enforced it burns that much of this contract's ZNN through the token
 * contract ({@code ErrInvalidTokenOrAmount} when the balance is smaller).
 */
public final class LiquidityBurnZnn implements EmbeddedMethod {
    private static final Method METHOD = Abis.LIQUIDITY.method("BurnZnn");
    private static final Method BURN = Abis.TOKEN.method("Burn");

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
        BigInteger amount = Calls.decode(METHOD, block.data()).bigInteger("burnAmount");
        return Calls.withData(block, METHOD.encode(amount));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validate(sendBlock, context.parameters());
        if (!context.isAcceleratorSporkEnforced()) return List.of();
        BigInteger amount = Calls.decode(METHOD, send.data()).bigInteger("burnAmount");
        VmLog.Logger log = context.contractLog("liquidity");
        if (context.balance(TokenStandard.ZNN).compareTo(amount) < 0) {
            log.debug("invalid burn ZNN - not enough funds");
            throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        }
        log.debug("burn ZNN", "znn-amount", amount);
        return List.of(Calls.send(Address.LIQUIDITY, Address.TOKEN, amount, TokenStandard.ZNN, BURN.encode()));
    }
}
