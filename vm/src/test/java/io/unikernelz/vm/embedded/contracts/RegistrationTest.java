package io.unikernelz.vm.embedded.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.types.Address;
import io.unikernelz.vm.abi.Abi;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.embedded.EmbeddedContracts;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.SporkEra;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The dispatch table routes go-zenon's selectors to these implementations in every era (go-zenon embedded.go). */
class RegistrationTest {
    private static EmbeddedMethod resolve(SporkEra era, Address contract, Abi abi, String method) {
        return EmbeddedContracts.standard().resolve(era, contract, abi.method(method).id());
    }

    @ParameterizedTest
    @EnumSource(SporkEra.class)
    void tokenMethods(SporkEra era) {
        assertThat(resolve(era, Address.TOKEN, Abis.TOKEN, "IssueToken")).isInstanceOf(IssueTokenMethod.class);
        assertThat(resolve(era, Address.TOKEN, Abis.TOKEN, "Mint")).isInstanceOf(MintMethod.class);
        assertThat(resolve(era, Address.TOKEN, Abis.TOKEN, "Burn")).isInstanceOf(BurnMethod.class);
        assertThat(resolve(era, Address.TOKEN, Abis.TOKEN, "UpdateToken")).isInstanceOf(UpdateTokenMethod.class);
    }

    @ParameterizedTest
    @EnumSource(SporkEra.class)
    void pillarMethods(SporkEra era) {
        assertThat(resolve(era, Address.PILLAR, Abis.PILLAR, "Register")).isInstanceOf(RegisterPillarMethod.class);
        assertThat(resolve(era, Address.PILLAR, Abis.PILLAR, "RegisterLegacy")).isInstanceOf(RegisterLegacyPillarMethod.class);
        assertThat(resolve(era, Address.PILLAR, Abis.PILLAR, "Revoke")).isInstanceOf(RevokePillarMethod.class);
        assertThat(resolve(era, Address.PILLAR, Abis.PILLAR, "UpdatePillar")).isInstanceOf(UpdatePillarMethod.class);
        assertThat(resolve(era, Address.PILLAR, Abis.PILLAR, "Delegate")).isInstanceOf(DelegateMethod.class);
        assertThat(resolve(era, Address.PILLAR, Abis.PILLAR, "Undelegate")).isInstanceOf(UndelegateMethod.class);
        assertThat(resolve(era, Address.PILLAR, Abis.PILLAR, "Update")).isInstanceOf(UpdateEmbeddedPillarMethod.class);
        assertThat(resolve(era, Address.PILLAR, Abis.PILLAR, "DepositQsr")).isInstanceOf(DepositQsrMethod.class);
        assertThat(resolve(era, Address.PILLAR, Abis.PILLAR, "WithdrawQsr")).isInstanceOf(WithdrawQsrMethod.class);
        EmbeddedMethod collect = resolve(era, Address.PILLAR, Abis.PILLAR, "CollectReward");
        assertThat(collect).isInstanceOf(CollectRewardMethod.class);
        // S + W before the Accelerator spork, S from it on (go-zenon getAccelerator)
        assertThat(collect.plasma()).isEqualTo(era == SporkEra.ORIGIN ? 126_000 : 52_500);
    }

    @ParameterizedTest
    @EnumSource(SporkEra.class)
    void stakeMethods(SporkEra era) {
        assertThat(resolve(era, Address.STAKE, Abis.STAKE, "Stake")).isInstanceOf(StakeMethod.class);
        assertThat(resolve(era, Address.STAKE, Abis.STAKE, "Cancel")).isInstanceOf(CancelStakeMethod.class);
        assertThat(resolve(era, Address.STAKE, Abis.STAKE, "Update")).isInstanceOf(UpdateEmbeddedStakeMethod.class);
        EmbeddedMethod collect = resolve(era, Address.STAKE, Abis.STAKE, "CollectReward");
        assertThat(collect).isInstanceOf(CollectRewardMethod.class);
        assertThat(collect.plasma()).isEqualTo(era == SporkEra.ORIGIN ? 126_000 : 52_500);
    }

    @ParameterizedTest
    @EnumSource(SporkEra.class)
    void sentinelMethods(SporkEra era) {
        assertThat(resolve(era, Address.SENTINEL, Abis.SENTINEL, "Register")).isInstanceOf(RegisterSentinelMethod.class);
        assertThat(resolve(era, Address.SENTINEL, Abis.SENTINEL, "Revoke")).isInstanceOf(RevokeSentinelMethod.class);
        assertThat(resolve(era, Address.SENTINEL, Abis.SENTINEL, "Update")).isInstanceOf(UpdateEmbeddedSentinelMethod.class);
        assertThat(resolve(era, Address.SENTINEL, Abis.SENTINEL, "DepositQsr")).isInstanceOf(DepositQsrMethod.class);
        assertThat(resolve(era, Address.SENTINEL, Abis.SENTINEL, "WithdrawQsr")).isInstanceOf(WithdrawQsrMethod.class);
        EmbeddedMethod collect = resolve(era, Address.SENTINEL, Abis.SENTINEL, "CollectReward");
        assertThat(collect).isInstanceOf(CollectRewardMethod.class);
        assertThat(collect.plasma()).isEqualTo(era == SporkEra.ORIGIN ? 126_000 : 52_500);
    }
}
