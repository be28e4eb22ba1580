package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.TokenPair;
import io.unikernelz.vm.embedded.definition.WrapTokenRequest;
import io.unikernelz.vm.embedded.definition.ZtsFeesInfo;
import java.math.BigInteger;
import java.util.List;

/**
 * Bridge {@code WrapToken(networkClass, chainId, toAddress)} (go-zenon implementation/bridge.go WrapTokenMethod):
 * takes the sent tokens for a bridgeable pair of an operational bridge and records a wrap request (id = send hash,
 * fee = amount × feePercentage / 10 000, accumulated per token) for the orchestrator to sign. Tokens the bridge owns
 * are burned, less the fee; others stay in the contract.
 */
public final class BridgeWrapToken implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("WrapToken");
    private static final Method BURN = Abis.TOKEN.method("Burn");
    /** go-zenon MaximumFee: fees are in 1/10 000. */
    static final long MAXIMUM_FEE = 10_000;

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Values v = Calls.decode(METHOD, block.data());
        String toAddress = v.string("toAddress");
        if (!BridgeCrypto.isHexAddress(toAddress)) throw VmErrors.FORBIDDEN_PARAM.exception();
        if (block.amount().signum() <= 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        return Calls.withData(block, METHOD.encode(v.longValue("networkClass"), v.longValue("chainId"), toAddress));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Values v = Calls.decode(METHOD, send.data());
        long networkClass = v.longValue("networkClass");
        long chainId = v.longValue("chainId");
        BridgeState.requireOperational(context);
        State storage = context.storage();
        TokenPair pair = BridgeState.requirePair(storage, networkClass, chainId, send.tokenStandard().toString());
        if (!pair.bridgeable()) throw VmErrors.TOKEN_NOT_BRIDGEABLE.exception();
        if (send.amount().compareTo(pair.minAmount()) < 0) throw VmErrors.INVALID_MIN_AMOUNT.exception();

        BigInteger fee = send.amount().multiply(BigInteger.valueOf(pair.feePercentage())).divide(BigInteger.valueOf(MAXIMUM_FEE));
        WrapTokenRequest request = new WrapTokenRequest(networkClass, chainId, send.hash(), BridgeCrypto.lower(v.string("toAddress")),
                send.tokenStandard(), pair.tokenAddress(), send.amount(), fee, "", context.frontierMomentum().height());
        ZtsFeesInfo fees = BridgeState.fees(storage, send.tokenStandard());
        BridgeState.save(storage, new ZtsFeesInfo(fees.tokenStandard(), fees.accumulatedFee().add(fee)));
        BridgeState.save(storage, request);

        if (!pair.owned()) return List.of();
        return List.of(Calls.send(Address.BRIDGE, Address.TOKEN, send.amount().subtract(fee), send.tokenStandard(), BURN.encode()));
    }
}
