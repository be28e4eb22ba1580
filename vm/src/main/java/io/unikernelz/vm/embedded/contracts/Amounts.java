package io.unikernelz.vm.embedded.contracts;

import java.math.BigInteger;

/** Fixed amounts of the embedded contracts (go-zenon vm/constants/embedded.go), in base units (1 ZNN = 10^8). */
public final class Amounts {
    /** 10^8 base units per coin (Decimals). */
    public static final long DECIMALS = 100_000_000L;

    public static final BigInteger PILLAR_STAKE_AMOUNT = coins(15_000);
    /** QSR for the first normal pillar and for every legacy pillar. */
    public static final BigInteger PILLAR_QSR_STAKE_BASE_AMOUNT = coins(150_000);
    /** Extra QSR per active normal pillar already registered. */
    public static final BigInteger PILLAR_QSR_STAKE_INCREASE_AMOUNT = coins(10_000);

    public static final BigInteger SENTINEL_ZNN_REGISTER_AMOUNT = coins(5_000);
    public static final BigInteger SENTINEL_QSR_DEPOSIT_AMOUNT = coins(50_000);

    public static final BigInteger STAKE_MIN_AMOUNT = coins(1);

    public static final BigInteger TOKEN_ISSUE_AMOUNT = coins(1);
    /** 2^255 - 1 (TokenMaxSupplyBig). */
    public static final BigInteger TOKEN_MAX_SUPPLY = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE);
    public static final int TOKEN_NAME_LENGTH_MAX = 40;
    public static final int TOKEN_SYMBOL_LENGTH_MAX = 10;
    public static final int TOKEN_DOMAIN_LENGTH_MAX = 128;
    public static final int TOKEN_MAX_DECIMALS = 18;

    public static final int PILLAR_NAME_LENGTH_MAX = 40;

    private Amounts() {}

    /** {@code n} whole coins in base units. */
    public static BigInteger coins(long n) {
        return BigInteger.valueOf(n).multiply(BigInteger.valueOf(DECIMALS));
    }
}
