package io.unikernelz.core.pow;

import java.math.BigInteger;

/** Plasma constants (go-zenon vm/constants/plasma.go) and the conversions of vm/plasma.go. */
public final class Plasma {
    public static final long ACCOUNT_BLOCK_BASE_PLASMA = 21_000;
    public static final long AB_BYTE_DATA_PLASMA = 68;
    public static final long EMBEDDED_SIMPLE_PLASMA = 52_500;
    public static final long EMBEDDED_W_RESPONSE_PLASMA = 73_500;
    public static final long EMBEDDED_W_DOUBLE_RESPONSE_PLASMA = 94_500;
    public static final long NUM_FUSION_UNITS_FOR_BASE_PLASMA = 10;
    public static final long PLASMA_PER_FUSION_UNIT = ACCOUNT_BLOCK_BASE_PLASMA / NUM_FUSION_UNITS_FOR_BASE_PLASMA;
    /** 1 QSR in base units buys one fusion unit. */
    public static final long COST_PER_FUSION_UNIT = 100_000_000L;
    public static final long POW_DIFFICULTY_PER_PLASMA = 1_500;
    public static final int MAX_DATA_LENGTH = 16 * 1024;
    public static final long MAX_FUSION_UNITS_PER_ACCOUNT = 5_000;
    public static final long MAX_FUSION_PLASMA_FOR_ACCOUNT = MAX_FUSION_UNITS_PER_ACCOUNT * PLASMA_PER_FUSION_UNIT;
    public static final long MAX_PLASMA_FOR_ACCOUNT_BLOCK = MAX_FUSION_PLASMA_FOR_ACCOUNT;
    public static final long MAX_POW_PLASMA_FOR_ACCOUNT_BLOCK = EMBEDDED_W_DOUBLE_RESPONSE_PLASMA;
    public static final long MAX_DIFFICULTY_FOR_ACCOUNT_BLOCK = MAX_POW_PLASMA_FOR_ACCOUNT_BLOCK * POW_DIFFICULTY_PER_PLASMA;
    /** 5 000 QSR; also (quirk kept from go-zenon) the clamp of AvailablePlasma. */
    public static final long MAX_FUSED_AMOUNT_FOR_ACCOUNT = COST_PER_FUSION_UNIT * MAX_FUSION_UNITS_PER_ACCOUNT;

    private static final BigInteger MAX_FUSED_AMOUNT_BIG = BigInteger.valueOf(MAX_FUSED_AMOUNT_FOR_ACCOUNT);

    private Plasma() {}

    /** Plasma bought by PoW of this difficulty (uint64): 0 for 0, capped at 94 500 above the maximum difficulty. */
    public static long difficultyToPlasma(long difficulty) {
        if (difficulty == 0) return 0;
        if (Long.compareUnsigned(difficulty, MAX_DIFFICULTY_FOR_ACCOUNT_BLOCK) > 0) return MAX_POW_PLASMA_FOR_ACCOUNT_BLOCK;
        return difficulty / POW_DIFFICULTY_PER_PLASMA;
    }

    /** Difficulty that buys {@code plasma}; above 94 500 go-zenon answers ErrForbiddenParam. */
    public static long difficultyForPlasma(long plasma) {
        if (Long.compareUnsigned(plasma, MAX_POW_PLASMA_FOR_ACCOUNT_BLOCK) > 0) {
            throw new IllegalArgumentException("plasma " + Long.toUnsignedString(plasma)
                    + " exceeds the PoW maximum of " + MAX_POW_PLASMA_FOR_ACCOUNT_BLOCK);
        }
        return plasma * POW_DIFFICULTY_PER_PLASMA;
    }

    /** Plasma granted by fused QSR (base units): whole fusion units times 2 100, capped at 10 500 000. */
    public static long fusedAmountToPlasma(BigInteger amount) {
        if (amount == null || amount.signum() <= 0) return 0;
        if (amount.compareTo(MAX_FUSED_AMOUNT_BIG) >= 0) return MAX_FUSION_PLASMA_FOR_ACCOUNT;
        return amount.longValueExact() / COST_PER_FUSION_UNIT * PLASMA_PER_FUSION_UNIT;
    }
}
