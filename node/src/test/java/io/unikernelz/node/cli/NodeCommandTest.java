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
