package io.unikernelz.chain.genesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.chain.SharedData;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class GenesisConfigWriterTest {
    @Test
    void mockGenesisRoundTripsThroughJsonWithTheSameHash() throws Exception {
        GenesisConfig mock = new MockGenesis().config();
        GenesisConfig back = GenesisConfigReader.parse(GenesisConfigWriter.write(mock));
        assertThat(back).isEqualTo(mock);
        assertThat(Genesis.build(back).momentum().hash().toString())
                .isEqualTo("0385d849ee33b94c8783288c148e3ae741c2ecec98b08b3f59d6bcc219168fe5");
    }

    @Test
    void mainnetGenesisRoundTripsThroughJson() throws Exception {
        GenesisConfig mainnet = GenesisConfigReader.read(SharedData.conformance("genesis/mainnet-genesis.json"));
        assertThat(GenesisConfigReader.parse(GenesisConfigWriter.write(mainnet))).isEqualTo(mainnet);
    }

    @Test
    void emptyGenesisRoundTrips() throws Exception {
        GenesisConfig empty = GenesisConfigReader.parseUnchecked(Files.readAllBytes(SharedData.conformance("genesis/empty-genesis.json")));
        assertThat(GenesisConfigReader.parseUnchecked(GenesisConfigWriter.write(empty))).isEqualTo(empty);
    }
}
