package io.unikernelz.chain.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.chain.SharedData;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GenesisConfigReaderTest {
    private static byte[] mainnet() throws Exception {
        return Files.readAllBytes(SharedData.conformance("genesis/mainnet-genesis.json"));
    }

    @Test
    void readsMainnetGenesisWithMixedKeyCase() throws Exception {
        GenesisConfig g = GenesisConfigReader.parse(mainnet());
        assertThat(g.chainIdentifier()).isEqualTo(1);
        assertThat(g.genesisTimestampSec()).isEqualTo(1637755200L);
        assertThat(g.extraData()).endsWith("#We are all Satoshi#Don't trust. Verify");
        assertThat(g.sporkAddress()).isEqualTo(Address.parse("z1qpxswrfnlll355wrx868xh58j7e2gu2n2u5czv"));
        assertThat(g.pillarConfig().pillars()).hasSize(26);
        assertThat(g.pillarConfig().legacyEntries()).hasSize(110);
        assertThat(g.tokenConfig().tokens()).hasSize(2);
        assertThat(g.swapConfig().entries()).hasSize(5002);
        assertThat(g.plasmaConfig().fusions()).isEmpty();
        assertThat(g.sporkConfig()).isNotNull();
        assertThat(g.sporkConfig().sporks()).isEmpty();
        assertThat(g.genesisBlocks().blocks()).hasSize(14090);
        var zeus = g.pillarConfig().pillars().get(0);
        assertThat(zeus.name()).isEqualTo("Zeus");
        assertThat(zeus.amount()).isEqualTo(BigInteger.valueOf(1500000000000L));
        assertThat(zeus.giveBlockRewardPercentage()).isEqualTo(4);
        var znn = g.tokenConfig().tokens().get(0);
        assertThat(znn.tokenStandard()).isEqualTo(TokenStandard.ZNN);
        assertThat(znn.maxSupply()).isEqualTo(BigInteger.valueOf(9007199254740991L));
    }

    @Test
    void everyTruncationOfTheEmptyGenesisIsIncomplete() throws Exception {
        byte[] full = Files.readAllBytes(SharedData.conformance("genesis/empty-genesis.json"));
        GenesisConfigReader.parseUnchecked(full);
        int lastBrace = new String(full, StandardCharsets.UTF_8).lastIndexOf('}');
        for (int n = 0; n <= lastBrace; n++) {
            byte[] cut = Arrays.copyOf(full, n);
            assertThatThrownBy(() -> GenesisConfigReader.parseUnchecked(cut))
                    .as("truncated at %d", n)
                    .isInstanceOf(GenesisException.class)
                    .satisfies(e -> assertThat(((GenesisException) e).kind()).isEqualTo(GenesisException.Kind.INCOMPLETE))
                    .hasMessageStartingWith("incomplete genesis json");
        }
    }

    @Test
    void everyTruncationOfTheMockGenesisJsonIsIncomplete() throws Exception {
        byte[] full = GenesisConfigWriter.write(new MockGenesis().config());
        GenesisConfigReader.parse(full);
        int lastBrace = new String(full, StandardCharsets.UTF_8).lastIndexOf('}');
        for (int n = 0; n <= lastBrace; n++) {
            byte[] cut = Arrays.copyOf(full, n);
            assertThatThrownBy(() -> GenesisConfigReader.parse(cut))
                    .as("truncated at %d of %d", n, full.length)
                    .isInstanceOfSatisfying(GenesisException.class, e -> assertThat(e.kind()).isEqualTo(GenesisException.Kind.INCOMPLETE));
        }
    }

    @Test
    void truncationsOfTheMainnetGenesisAreIncomplete() throws Exception {
        byte[] full = mainnet();
        Random r = new Random(42);
        int[] cuts = new int[300];
        for (int i = 0; i < cuts.length; i++) cuts[i] = r.nextInt(full.length);
        cuts[0] = 0;
        cuts[1] = 1;
        cuts[2] = full.length - 1;
        for (int n : cuts) {
            byte[] cut = Arrays.copyOf(full, n);
            assertThatThrownBy(() -> GenesisConfigReader.parse(cut))
                    .as("truncated at %d", n)
                    .isInstanceOfSatisfying(GenesisException.class, e -> assertThat(e.kind()).isEqualTo(GenesisException.Kind.INCOMPLETE));
        }
    }

    @Test
    void malformedJsonIsReportedAsMalformed() {
        for (String bad : new String[] {"{\"ChainIdentifier\": 1,,}", "[1,2]", "{\"ChainIdentifier\": \"one\"}",
                "{\"ChainIdentifier\": -1}", "{\"SporkAddress\": \"z1notanaddress\"}", "{\"GenesisBlocks\": {\"Blocks\": [{\"Address\": 5}]}}",
                "{\"PillarConfig\": {\"Pillars\": [{\"PillarType\": 300}]}}", "garbage"}) {
            assertThatThrownBy(() -> GenesisConfigReader.parseUnchecked(bad.getBytes(StandardCharsets.UTF_8)))
                    .as(bad)
                    .isInstanceOfSatisfying(GenesisException.class, e -> assertThat(e.kind()).isEqualTo(GenesisException.Kind.MALFORMED))
                    .hasMessageStartingWith("malformed genesis json structure");
        }
    }

    @Test
    void wrongTotalsFailGoZenonsChecks() throws Exception {
        String text = new String(mainnet(), StandardCharsets.UTF_8);
        // ZNN total supply off by one base unit.
        String wrongSupply = text.replaceFirst("\"totalSupply\": 157729080145041", "\"totalSupply\": 157729080145042");
        assertThat(wrongSupply).isNotEqualTo(text);
        assertThatThrownBy(() -> GenesisConfigReader.parse(wrongSupply.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(GenesisException.class, e -> assertThat(e.kind()).isEqualTo(GenesisException.Kind.INVALID))
                .hasMessageContaining("invalid token total balance for zts1znnxxxxxxxxxxxxx9z4ulx");
        // A pillar stake that does not match the pillar contract's balance.
        String wrongPillar = text.replaceFirst("\"Amount\": 1500000000000", "\"Amount\": 1500000000001");
        assertThatThrownBy(() -> GenesisConfigReader.parse(wrongPillar.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(GenesisException.class, e -> assertThat(e.kind()).isEqualTo(GenesisException.Kind.INVALID))
                .hasMessageContaining("invalid balance for z1qxemdeddedxpyllarxxxxxxxxxxxxxxxsy3fmg");
        // A missing section.
        String noSwap = text.replaceFirst("\"SwapConfig\"", "\"SwapConfigX\"");
        assertThatThrownBy(() -> GenesisConfigReader.parse(noSwap.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("SwapConfig is nil");
    }

    @Test
    void unreadableFileIsReported() {
        assertThatThrownBy(() -> GenesisConfigReader.read(java.nio.file.Path.of("/nonexistent/genesis.json")))
                .isInstanceOfSatisfying(GenesisException.class, e -> assertThat(e.kind()).isEqualTo(GenesisException.Kind.UNREADABLE));
    }
}
