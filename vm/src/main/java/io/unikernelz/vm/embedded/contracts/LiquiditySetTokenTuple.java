package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Bech32;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.LiquidityInfo;
import io.unikernelz.vm.embedded.definition.SecurityInfo;
import io.unikernelz.vm.embedded.definition.TokenTuple;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Liquidity {@code SetTokenTuple(tokenStandards, znnPercentages, qsrPercentages, minAmounts)} (go-zenon
 * implementation/liquidity.go SetTokenTupleMethod): the administrator replaces the list of stakeable tokens and
 * their reward shares, behind a soft-delay time challenge. The four lists must have equal lengths and, unless empty,
 * name distinct non-zero tokens whose ZNN and QSR shares each add up to 10 000 (summed in uint32, as go-zenon does).
 * The token standards are stored as the caller wrote them.
 */
public final class LiquiditySetTokenTuple implements EmbeddedMethod {
    static final Method METHOD = Abis.LIQUIDITY.method("SetTokenTuple");
    private static final long UINT32_MASK = 0xFFFF_FFFFL;

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    /** The call's four lists. */
    private record Params(List<String> tokenStandards, List<Long> znnPercentages, List<Long> qsrPercentages, List<BigInteger> minAmounts) {
        static Params of(Values v) {
            return new Params(v.list("tokenStandards", String.class), v.list("znnPercentages", Long.class), v.list("qsrPercentages", Long.class),
                    v.list("minAmounts", BigInteger.class));
        }

        byte[] encode() {
            return METHOD.encode(tokenStandards, znnPercentages, qsrPercentages, minAmounts);
        }
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Params p = Params.of(Calls.decode(METHOD, block.data()));
        Calls.requireNoAmount(block);
        int n = p.tokenStandards().size();
        if (n != p.znnPercentages().size() || n != p.qsrPercentages().size() || n != p.minAmounts().size()) {
            throw VmErrors.FORBIDDEN_PARAM.exception();
        }
        if (n != 0) {
            long totalZnn = 0;
            long totalQsr = 0;
            Set<TokenStandard> seen = new HashSet<>();
            for (int i = 0; i < n; i++) {
                TokenStandard zts = parseZts(p.tokenStandards().get(i));
                if (zts.isZero() || !seen.add(zts)) throw VmErrors.FORBIDDEN_PARAM.exception();
                totalZnn = (totalZnn + p.znnPercentages().get(i)) & UINT32_MASK;
                totalQsr = (totalQsr + p.qsrPercentages().get(i)) & UINT32_MASK;
            }
            if (totalZnn != LiquidityState.TOTAL_PERCENTAGES || totalQsr != LiquidityState.TOTAL_PERCENTAGES) {
                throw VmErrors.INVALID_PERCENTAGES.exception();
            }
        }
        return Calls.withData(block, p.encode());
    }

    /**
     * go-zenon types.ParseZTS, whose error the send is rejected with. The prefix and size texts are go-zenon's; a
     * malformed bech32 string reports this node's decoder message rather than btcutil's.
     */
    private static TokenStandard parseZts(String s) {
        Bech32.Decoded d;
        try {
            d = Bech32.decode(s);
        } catch (IllegalArgumentException e) {
            throw new NomError("types.ParseZTS", e.getMessage()).exception();
        }
        if (!TokenStandard.HRP.equals(d.hrp())) throw new NomError("types.ParseZTS", "invalid ZTS String prefix " + d.hrp()).exception();
        if (d.data().length != TokenStandard.SIZE) {
            throw new NomError("types.ParseZTS", "invalid ZTS size error " + d.data().length).exception();
        }
        return TokenStandard.wrap(d.data());
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Params p = Params.of(Calls.decode(METHOD, send.data()));
        SecurityRules.requireInitialized(context);
        LiquidityInfo info = LiquidityState.liquidityInfo(context);
        LiquidityState.requireAdministrator(info, send.address());

        List<TokenTuple> tuples = new ArrayList<>(p.tokenStandards().size());
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        for (int i = 0; i < p.tokenStandards().size(); i++) {
            TokenTuple t = new TokenTuple(p.tokenStandards().get(i), p.znnPercentages().get(i), p.qsrPercentages().get(i), p.minAmounts().get(i));
            tuples.add(t);
            packed.writeBytes(t.encode());
        }
        SecurityInfo security = SecurityRules.securityInfo(context);
        // the challenge covers the packed tuples, concatenated
        if (!SecurityRules.passTimeChallenge(context, METHOD.name(), Sha3.sha3(packed.toByteArray()), security.softDelay())) return List.of();
        LiquidityState.save(context.storage(), new LiquidityInfo(info.administrator(), info.isHalted(), info.znnReward(), info.qsrReward(), tuples));
        return List.of();
    }
}
