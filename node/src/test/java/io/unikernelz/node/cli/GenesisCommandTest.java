package io.unikernelz.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.node.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenesisCommandTest {
    @TempDir
    Path tmp;

    private static Path shared() {
        String p = System.getProperty("unikernelz.shared");
        return p != null ? Path.of(p) : Path.of("/work/shared");
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString().trim(), err.toString().trim());
    }

    @Test
    void printsGoZenonsThreeGenesisHashes() {
        Path mainnet = shared().resolve("conformance/genesis/mainnet-genesis.json");
        assertThat(run("genesis", "hash", mainnet.toString()))
                .isEqualTo(new Run(0, "9e204601d1b7b1427fe12bc82622e610d8a6ad43c40abf020eb66e538bb8eeb0", ""));
        Path empty = shared().resolve("conformance/genesis/empty-genesis.json");
        assertThat(run("genesis", "hash", empty.toString()))
                .isEqualTo(new Run(0, "30a9c36aa27d0b441eff8328a277e417ae0f1661f298f6376858f6819492811a", ""));
        Path mock = tmp.resolve("mock.json");
        assertThat(run("genesis", "mock", mock.toString()).exit()).isZero();
        assertThat(run("genesis", "hash", mock.toString()))
                .isEqualTo(new Run(0, "0385d849ee33b94c8783288c148e3ae741c2ecec98b08b3f59d6bcc219168fe5", ""));
    }

    @Test
    void brokenFilesGiveTheirOwnErrors() throws Exception {
        byte[] full = Files.readAllBytes(shared().resolve("conformance/genesis/empty-genesis.json"));
        Path truncated = tmp.resolve("truncated.json");
        Files.write(truncated, Arrays.copyOf(full, full.length / 2));
        Run r = run("genesis", "hash", truncated.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("incomplete genesis json");
        assertThat(r.out()).isEmpty();

        Path malformed = tmp.resolve("malformed.json");
        Files.writeString(malformed, "{\"ChainIdentifier\": \"x\"}");
        assertThat(run("genesis", "hash", malformed.toString()).err()).contains("malformed genesis json structure");

        assertThat(run("genesis", "hash", tmp.resolve("missing.json").toString()).err()).contains("can't open genesis file");
    }
}
