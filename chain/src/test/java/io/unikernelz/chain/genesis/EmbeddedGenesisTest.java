package io.unikernelz.chain.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.chain.SharedData;
import io.unikernelz.core.types.Hex;
import java.nio.file.Files;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class EmbeddedGenesisTest {
    @Test
    void embeddedMainnetGenesisIsGoZenonsFileByteForByte() throws Exception {
        byte[] json = EmbeddedGenesis.mainnetJson();
        assertThat(Hex.encode(MessageDigest.getInstance("SHA-256").digest(json)))
                .isEqualTo("be1ea67ecc33f1effe3bac86c7b23f94916bdc654cbf7db0a80e3244e6038206");
        assertThat(json).isEqualTo(Files.readAllBytes(SharedData.conformance("genesis/mainnet-genesis.json")));
        assertThat(Genesis.build(EmbeddedGenesis.mainnet()).momentum().hash().toString()).isEqualTo(EmbeddedGenesis.MAINNET_GENESIS_HASH);
    }
}
