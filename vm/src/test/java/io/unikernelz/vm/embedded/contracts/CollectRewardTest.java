package io.unikernelz.vm.embedded.contracts;

import static io.unikernelz.vm.embedded.contracts.ContractFixture.USER1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.SharedData;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.definition.RewardDeposit;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectRewardTest {
    private static final Method COLLECT = Abis.COMMON.method("CollectReward");
    private static final Method MINT = Abis.TOKEN.method("Mint");

    private final ContractFixture stake = new ContractFixture(Address.STAKE);
    private final CollectRewardMethod collect = new CollectRewardMethod(CollectRewardMethod.PLASMA_ACCELERATOR);

    @Test
    void paysBothCoinsThroughMintCallsCarryingZnn() {
        stake.put(new RewardDeposit(USER1, BigInteger.valueOf(5), BigInteger.valueOf(2_166_666_666_666L)));
        List<AccountBlock> out = stake.receive(collect, stake.send(USER1, COLLECT.encode()));
        assertThat(out).hasSize(2);
        for (AccountBlock b : out) {
            assertThat(b.address()).isEqualTo(Address.STAKE);
            assertThat(b.toAddress()).isEqualTo(Address.TOKEN);
            assertThat(b.amount()).isZero();
            assertThat(b.tokenStandard()).isEqualTo(TokenStandard.ZNN);
        }
        assertThat(out.get(0).data()).isEqualTo(MINT.encode(TokenStandard.ZNN, BigInteger.valueOf(5), USER1));
        assertThat(out.get(1).data()).isEqualTo(MINT.encode(TokenStandard.QSR, BigInteger.valueOf(2_166_666_666_666L), USER1));
        assertThat(stake.storageValue(RewardDeposit.key(USER1))).isNull();
        stake.receiveFails(collect, stake.send(USER1, COLLECT.encode()), VmErrors.NOTHING_TO_WITHDRAW);
    }

    @Test
    void onlyNonZeroCoinsArePaid() {
        stake.put(new RewardDeposit(USER1, BigInteger.ZERO, BigInteger.TEN));
        assertThat(stake.receive(collect, stake.send(USER1, COLLECT.encode()))).singleElement()
                .satisfies(b -> assertThat(b.data()).isEqualTo(MINT.encode(TokenStandard.QSR, BigInteger.TEN, USER1)));
        // an all-zero record (written by a zero reward) counts as nothing
        stake.put(new RewardDeposit(USER1, BigInteger.ZERO, BigInteger.ZERO));
        stake.receiveFails(collect, stake.send(USER1, COLLECT.encode()), VmErrors.NOTHING_TO_WITHDRAW);
    }

    @Test
    void staticRulesAndPlasma() {
        ContractFixture.sendFails(collect, stake.send(USER1, BigInteger.ONE, TokenStandard.ZNN, COLLECT.encode()), VmErrors.INVALID_TOKEN_OR_AMOUNT);
        ContractFixture.sendFails(collect, stake.send(USER1, new byte[] {1}), VmErrors.UNPACK_ERROR);
        assertThat(new CollectRewardMethod(CollectRewardMethod.PLASMA_ORIGIN).plasma()).isEqualTo(126_000);
        assertThat(collect.plasma()).isEqualTo(52_500);
        assertThat(CollectRewardMethod.PLASMA_LIQUIDITY).isEqualTo(94_500);
    }

    /**
     * Real mainnet CollectReward receives: with the deposit the descendants reveal, the method emits the same
     * descendants (recipient, amount, token standard and call data byte for byte).
     */
    @Test
    void mainnetCollectRewardDescendants() throws IOException {
        JsonNode records = new ObjectMapper().readTree(SharedData.conformance("blocks/account-blocks.json").toFile()).get("records");
        int checked = 0;
        for (JsonNode send : records) {
            JsonNode receive = send.get("pairedAccountBlock");
            if (receive == null || receive.isNull() || !receive.path("descendantBlocks").isArray()) continue;
            if (!COLLECT.matches(bytes(send.get("data")))) continue;
            Address contract = Address.parse(send.get("toAddress").asText());
            Address caller = Address.parse(send.get("address").asText());

            BigInteger znn = BigInteger.ZERO;
            BigInteger qsr = BigInteger.ZERO;
            List<JsonNode> expected = new ArrayList<>();
            for (JsonNode d : receive.get("descendantBlocks")) {
                expected.add(d);
                Values mint = MINT.decode(bytes(d.get("data")));
                if (mint.tokenStandard("tokenStandard").equals(TokenStandard.ZNN)) znn = mint.bigInteger("amount");
                else qsr = mint.bigInteger("amount");
            }
            ContractFixture fixture = new ContractFixture(contract);
            fixture.put(new RewardDeposit(caller, znn, qsr));
            List<AccountBlock> out = fixture.receive(collect, fixture.send(caller, bytes(send.get("data"))));
            assertThat(out).hasSameSizeAs(expected);
            for (int i = 0; i < out.size(); i++) {
                JsonNode e = expected.get(i);
                assertThat(out.get(i).address()).isEqualTo(Address.parse(e.get("address").asText()));
                assertThat(out.get(i).toAddress()).isEqualTo(Address.parse(e.get("toAddress").asText()));
                assertThat(out.get(i).amount()).isEqualTo(new BigInteger(e.get("amount").asText()));
                assertThat(out.get(i).tokenStandard()).isEqualTo(TokenStandard.parse(e.get("tokenStandard").asText()));
                assertThat(out.get(i).data()).isEqualTo(bytes(e.get("data")));
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    private static byte[] bytes(JsonNode base64) {
        return base64 == null || base64.isNull() ? new byte[0] : Base64.getDecoder().decode(base64.asText());
    }
}
