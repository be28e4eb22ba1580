package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.GoStrings;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import io.unikernelz.vm.embedded.definition.TokenPair;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Bridge {@code SetTokenPair(networkClass, chainId, tokenStandard, tokenAddress, bridgeable, redeemable, owned,
 * minAmount, feePercentage, redeemDelay, metadata)} (go-zenon implementation/bridge.go SetTokenPairMethod): the
 * administrator adds a pair to a network or replaces the pair with the same token standard or token address, behind
 * a soft-delay time challenge over the parameters. ZNN and QSR cannot be owned; fees are at most 10 000 (100 %);
 * the redeem delay is at least one momentum; the token address is stored in lower case.
 */
public final class BridgeSetTokenPair implements EmbeddedMethod {
    private static final Method METHOD = Abis.BRIDGE.method("SetTokenPair");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    /** The call's arguments. */
    record Params(long networkClass, long chainId, TokenStandard tokenStandard, String tokenAddress, boolean bridgeable, boolean redeemable,
                  boolean owned, BigInteger minAmount, long feePercentage, long redeemDelay, String metadata) {
        static Params of(Values v) {
            return new Params(v.longValue("networkClass"), v.longValue("chainId"), v.tokenStandard("tokenStandard"), v.string("tokenAddress"),
                    v.bool("bridgeable"), v.bool("redeemable"), v.bool("owned"), v.bigInteger("minAmount"), v.longValue("feePercentage"),
                    v.longValue("redeemDelay"), v.string("metadata"));
        }

        /**
         * go-zenon TokenPairParam.Hash: SHA3-256 over be4(class) ‖ be4(chainId) ‖ zts ‖ lower(tokenAddress) ‖ the three
         * flags as bytes ‖ big32(minAmount) ‖ be4(fee) ‖ be4(redeemDelay) ‖ SHA3-256(metadata).
         */
        byte[] hash() {
            return Sha3.sha3(Bytes.be4((int) networkClass), Bytes.be4((int) chainId), tokenStandard.rawBytes(),
                    GoStrings.encode(BridgeCrypto.lower(tokenAddress)), new byte[] {flag(bridgeable), flag(redeemable), flag(owned)},
                    Bytes.big32(minAmount), Bytes.be4((int) feePercentage), Bytes.be4((int) redeemDelay), Sha3.sha3(GoStrings.encode(metadata)));
        }

        private static byte flag(boolean b) {
            return (byte) (b ? 1 : 0);
        }
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Params p = Params.of(Calls.decode(METHOD, block.data()));
        Calls.requireNoAmount(block);
        boolean coin = p.tokenStandard().equals(TokenStandard.ZNN) || p.tokenStandard().equals(TokenStandard.QSR);
        if (coin && p.owned()) throw VmErrors.FORBIDDEN_PARAM.exception();
        if (!BridgeCrypto.isHexAddress(p.tokenAddress())) throw VmErrors.FORBIDDEN_PARAM.exception();
        if (p.tokenStandard().isZero()) throw VmErrors.FORBIDDEN_PARAM.exception();
        if (p.feePercentage() > BridgeWrapToken.MAXIMUM_FEE) throw VmErrors.FORBIDDEN_PARAM.exception();
        if (p.redeemDelay() == 0) throw VmErrors.FORBIDDEN_PARAM.exception();
        if (!JsonSyntax.isJson(p.metadata())) throw VmErrors.INVALID_JSON_CONTENT.exception();
        return Calls.withData(block, METHOD.encode(p.networkClass(), p.chainId(), p.tokenStandard(), p.tokenAddress(), p.bridgeable(),
                p.redeemable(), p.owned(), p.minAmount(), p.feePercentage(), p.redeemDelay(), p.metadata()));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Params p = Params.of(Calls.decode(METHOD, send.data()));
        BridgeState.requireAdministrator(BridgeState.bridgeInfo(context), send.address());
        NetworkInfo network = BridgeState.requireNetwork(context.storage(), p.networkClass(), p.chainId());
        long delay = SecurityRules.securityInfo(context).softDelay();
        if (!SecurityRules.passTimeChallenge(context, METHOD.name(), p.hash(), delay)) return List.of();

        TokenPair pair = new TokenPair(p.tokenStandard(), BridgeCrypto.lower(p.tokenAddress()), p.bridgeable(), p.redeemable(), p.owned(),
                p.minAmount(), p.feePercentage(), p.redeemDelay(), p.metadata());
        List<TokenPair> pairs = new ArrayList<>(network.tokenPairs());
        boolean found = false;
        for (int i = 0; i < pairs.size(); i++) {
            TokenPair existing = pairs.get(i);
            if (existing.tokenStandard().equals(pair.tokenStandard()) || existing.tokenAddress().equals(pair.tokenAddress())) {
                // a second match would leave two pairs for one token standard or address
                if (found) throw VmErrors.FORBIDDEN_PARAM.exception();
                pairs.set(i, pair);
                found = true;
            }
        }
        if (!found) pairs.add(pair);
        BridgeState.save(context.storage(), new NetworkInfo(network.networkClass(), network.id(), network.name(), network.contractAddress(),
                network.metadata(), pairs));
        return List.of();
    }
}
