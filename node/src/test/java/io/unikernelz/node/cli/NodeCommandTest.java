package io.unikernelz.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.chain.Chain;
import io.unikernelz.chain.genesis.EmbeddedGenesis;
import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.node.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NodeCommandTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return new Run(cmd.execute(args), out.toString(), err.toString());
    }

    @Test
    void initialisesAFreshMainnetDataDirectoryWithProgress() {
        Path data = tmp.resolve("znn");
        Run first = run("node", "--network", "mainnet", "--data", data.toString(), "--init-only");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Initialising").contains("genesis account blocks: 1000")
                .contains("genesis account blocks: 14094").contains(EmbeddedGenesis.MAINNET_GENESIS_HASH);
        try (Chain chain = Chain.open(data.resolve("nom"), Genesis.build(EmbeddedGenesis.mainnet()))) {
            assertThat(chain.frontierMomentum().hash().toString()).isEqualTo(EmbeddedGenesis.MAINNET_GENESIS_HASH);
        }
        Run second = run("node", "--network", "mainnet", "--data", data.toString(), "--init-only");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).doesNotContain("Initialising");
    }

    @Test
    void aBrokenGenesisWritesNothing() throws Exception {
        String shared = System.getProperty("unikernelz.shared", "/work/shared");
        byte[] full = java.nio.file.Files.readAllBytes(Path.of(shared, "conformance/genesis/mainnet-genesis.json"));
        String text = new String(full, java.nio.charset.StandardCharsets.UTF_8);
        java.util.Map<String, byte[]> broken = java.util.Map.of(
                "truncated.json", java.util.Arrays.copyOf(full, full.length / 3),
                "malformed.json", "{\"ChainIdentifier\": [}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "wrong-totals.json", text.replaceFirst("\"totalSupply\": 157729080145041", "\"totalSupply\": 1")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (var e : broken.entrySet()) {
            Path file = tmp.resolve(e.getKey());
            java.nio.file.Files.write(file, e.getValue());
            Path data = tmp.resolve("data-" + e.getKey());
            Run r = run("node", "--network", "testnet", "--genesis", file.toString(), "--data", data.toString(), "--init-only");
            assertThat(r.exit()).as(e.getKey()).isEqualTo(1);
            assertThat(r.err()).as(e.getKey()).containsAnyOf("incomplete genesis json", "malformed genesis json structure",
                    "invalid genesis config");
            assertThat(data).as("%s leaves no data directory", e.getKey()).doesNotExist();
        }
    }

    @Test
    void testnetNeedsAGenesisFile() {
        Run r = run("node", "--network", "testnet", "--data", tmp.resolve("t").toString(), "--init-only");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("testnet has no embedded genesis");
    }

    @Test
    void aDataDirectoryOfAnotherChainIsRefused() {
        Path data = tmp.resolve("mixed");
        Path mock = tmp.resolve("mock.json");
        assertThat(run("genesis", "mock", mock.toString()).exit()).isZero();
        assertThat(run("node", "--network", "testnet", "--genesis", mock.toString(), "--data", data.toString(), "--init-only").exit()).isZero();
        Run r = run("node", "--network", "mainnet", "--data", data.toString(), "--init-only");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("holds the chain with genesis 0385d849");
    }
}
