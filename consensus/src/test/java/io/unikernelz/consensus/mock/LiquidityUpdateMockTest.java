package io.unikernelz.consensus.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pillars' Update calls reach the liquidity contract before any spork and it mints epoch 0's share to itself
 * through the token contract (go-zenon vm/embedded/tests/accelerator_test.go TestAccelerator_LiquidityDonate and
 * z_liquidity_test.go TestLiquidity_Burn: one-hour epochs, the liquidity balance after momentum 364).
 */
class LiquidityUpdateMockTest {
    private static final String LIQUIDITY = "z1qxemdeddedxlyquydytyxxxxxxxxxxxxflaaae";

    @TempDir
    Path dir;

    @Test
    void epochZeroIsMintedToTheLiquidityContract() {
        try (MockZenon z = MockZenon.withEpochDuration(dir, Duration.ofHours(1))) {
            z.insertMomentumsTo(364);
            z.expectBalance(Address.LIQUIDITY, TokenStandard.ZNN, 187_200_000_000L);
            z.expectBalance(Address.LIQUIDITY, TokenStandard.QSR, 500_000_000_000L);
            assertThat(z.vmLogLines()).containsSubsequence(
                    "t=2001-09-09T02:46:40+0000 lvl=dbug msg=\"updating contract state\" module=embedded contract=common contract=" + LIQUIDITY
                            + " current-height=361 last-update-height=0",
                    "t=2001-09-09T02:46:40+0000 lvl=dbug msg=\"updating liquidity reward\" module=embedded contract=liquidity epoch=0 "
                            + "znn-amount=187200000000 qsr-amount=500000000000",
                    "t=2001-09-09T02:46:40+0000 lvl=dbug msg=\"invalid update - rewards not due yet\" module=embedded contract=liquidity epoch=1",
                    "t=2001-09-09T02:46:50+0000 lvl=dbug msg=\"minted ZTS\" module=embedded contract=token token=\"&{Owner:z1qxemdeddedxpyllarxxxxxxxxxxxxxxxsy3fmg "
                            + "TokenName:Zenon Coin TokenSymbol:ZNN TokenDomain:zenon.network TotalSupply:+19687200000000 MaxSupply:+4611686018427387903 "
                            + "Decimals:8 IsMintable:true IsBurnable:true IsUtility:true TokenStandard:zts1znnxxxxxxxxxxxxx9z4ulx}\" minted-amount=187200000000 "
                            + "to-address=" + LIQUIDITY,
                    "t=2001-09-09T02:46:50+0000 lvl=dbug msg=\"minted ZTS\" module=embedded contract=token token=\"&{Owner:z1qxemdeddedxstakexxxxxxxxxxxxxxxxjv8v62 "
                            + "TokenName:QuasarCoin TokenSymbol:QSR TokenDomain:zenon.network TotalSupply:+181050000000000 MaxSupply:+4611686018427387903 "
                            + "Decimals:8 IsMintable:true IsBurnable:true IsUtility:true TokenStandard:zts1qsrxxxxxxxxxxxxxmrhjll}\" minted-amount=500000000000 "
                            + "to-address=" + LIQUIDITY,
                    "t=2001-09-09T02:47:00+0000 lvl=info msg=\"received donation\" module=embedded contract=common embedded=" + LIQUIDITY
                            + " from-address=z1qxemdeddedxt0kenxxxxxxxxxxxxxxxxh9amk0 zts=zts1znnxxxxxxxxxxxxx9z4ulx amount=187200000000",
                    "t=2001-09-09T02:47:00+0000 lvl=info msg=\"received donation\" module=embedded contract=common embedded=" + LIQUIDITY
                            + " from-address=z1qxemdeddedxt0kenxxxxxxxxxxxxxxxxh9amk0 zts=zts1qsrxxxxxxxxxxxxxmrhjll amount=500000000000");
            assertThat(z.producerLog()).anyMatch(l -> l.contains("update embedded-contract " + LIQUIDITY));
        }
    }
}
