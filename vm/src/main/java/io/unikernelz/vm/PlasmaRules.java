package io.unikernelz.vm;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.vm.embedded.EmbeddedContracts;
import io.unikernelz.vm.embedded.plasma.PlasmaContract;
import java.math.BigInteger;

/**
 * The plasma rules of go-zenon vm/plasma.go that need chain state; the pure constants and conversions are
 * {@link Plasma} (core).
 */
public final class PlasmaRules {
    private static final BigInteger AVAILABLE_CLAMP = BigInteger.valueOf(Plasma.MAX_FUSED_AMOUNT_FOR_ACCOUNT);

    private PlasmaRules() {}

    /**
     * The smallest plasma a block needs (go-zenon GetBasePlasmaForAccountBlock): 0 for a contract's own block,
     * 21 000 for a receive, 21 000 + 68 per data byte for a plain send, the method's plasma for a contract call.
     *
     * @throws NomException {@code ErrABDataTooBig} above 16 KiB of data, or the dispatch error of a contract call
     *     that does not resolve ({@code ErrContractDoesntExist}, {@code ErrContractMethodNotFound})
     */
    public static long basePlasma(AccountVmContext context, EmbeddedContracts contracts, AccountBlock block) {
        if (block.address().isEmbedded()) return 0;
        if (block.isReceive()) return Plasma.ACCOUNT_BLOCK_BASE_PLASMA;
        if (!block.toAddress().isEmbedded()) {
            int length = block.data().length;
            if (length > Plasma.MAX_DATA_LENGTH) throw VmErrors.AB_DATA_TOO_BIG.exception();
            return length * Plasma.AB_BYTE_DATA_PLASMA + Plasma.ACCOUNT_BLOCK_BASE_PLASMA;
        }
        return contracts.resolve(context, block.toAddress(), block.data()).plasma();
    }

    /**
     * Plasma the account may still spend (go-zenon AvailablePlasma): plasma of the QSR fused for it and the chain
     * plasma recorded for it, both as of the acknowledged momentum, minus the chain plasma its account chain already
     * holds at the block's previous entry (so unconfirmed blocks count). Clamped at 5e11 — go-zenon's clamp uses the
     * fused-QSR constant, not a plasma one; kept for compatibility.
     *
     * @throws IllegalStateException when the result would be negative (go-zenon "got negative available plasma")
     */
    public static long availablePlasma(AccountVmContext context) {
        return availablePlasma(context.momentumStore(), context.address(), context.chainPlasma());
    }

    /** {@link #availablePlasma(AccountVmContext)} from its parts: {@code uncommitted} is the account's own chain plasma. */
    public static long availablePlasma(MomentumStore momentum, Address address, BigInteger uncommitted) {
        BigInteger committed = momentum.account(address).chainPlasma();
        BigInteger fused = fusedAmount(momentum, address);
        BigInteger answer = BigInteger.valueOf(Plasma.fusedAmountToPlasma(fused)).add(committed).subtract(uncommitted);
        if (answer.signum() < 0) throw new IllegalStateException("got negative available plasma for " + address);
        return answer.compareTo(AVAILABLE_CLAMP) > 0 ? Plasma.MAX_FUSED_AMOUNT_FOR_ACCOUNT : answer.longValue();
    }

    /** QSR fused for {@code beneficiary} in the plasma contract's state (go-zenon GetStakeBeneficialAmount). */
    public static BigInteger fusedAmount(MomentumStore momentum, Address beneficiary) {
        return PlasmaContract.fusedAmount(momentum.account(Address.PLASMA).storageReader(), beneficiary).amount();
    }

    /** What embedded.plasma.getRequiredPoWForAccountBlock answers. */
    public record RequiredPoW(long availablePlasma, long basePlasma, long requiredDifficulty) {}

    /**
     * The PoW a block still needs on top of the account's available plasma (go-zenon rpc
     * PlasmaApi.GetRequiredPoWForAccountBlock): none when the available plasma exceeds the base plasma, else the
     * difficulty for the difference. {@code context} is normally {@link Supervisor#frontierContext}.
     *
     * @throws NomException when the base plasma cannot be computed, or {@code ErrForbiddenParam} when the
     *     difference exceeds what PoW can buy
     */
    public static RequiredPoW requiredPoW(AccountVmContext context, EmbeddedContracts contracts, AccountBlock block) {
        long available = availablePlasma(context);
        long base = basePlasma(context, contracts, block);
        if (Long.compareUnsigned(available, base) > 0) return new RequiredPoW(available, base, 0);
        return new RequiredPoW(available, base, difficultyForPlasma(base - available));
    }

    /**
     * PoW difficulty that buys {@code plasma} (go-zenon GetDifficultyForPlasma).
     *
     * @throws NomException {@code ErrForbiddenParam} above the PoW maximum of 94 500 plasma
     */
    public static long difficultyForPlasma(long plasma) {
        if (Long.compareUnsigned(plasma, Plasma.MAX_POW_PLASMA_FOR_ACCOUNT_BLOCK) > 0) throw VmErrors.FORBIDDEN_PARAM.exception();
        return Plasma.difficultyForPlasma(plasma);
    }
}
