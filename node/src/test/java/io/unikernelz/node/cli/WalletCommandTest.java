package io.unikernelz.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.wallet.KeyFile;
import io.unikernelz.wallet.Mnemonic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WalletCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MNEMONIC =
            "route become dream access impulse price inform obtain engage ski believe awful absent pig thing vibrant possible exotic flee pepper marble rural fire fancy";

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new WalletCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    static Path shared() {
        String p = System.getProperty("unikernelz.shared");
        return Path.of(p == null || p.isBlank() ? "/work/shared" : p);
    }

    static JsonNode keyFileVector(int i) throws IOException {
        return JSON.readTree(shared().resolve("conformance/wallet/keyfile-vectors.json").toFile()).get("vectors").get(i);
    }

    @Test
    void deriveJsonMatchesTheMnemonicVectors() throws IOException {
        JsonNode vectors = JSON.readTree(shared().resolve("conformance/wallet/mnemonic-vectors.json").toFile()).get("vectors");
        for (JsonNode v : vectors) {
            for (JsonNode a : v.get("accounts")) {
                Result r = run("derive", "--mnemonic", v.get("mnemonic").asText(), "--index", a.get("index").asText(), "--json");
                assertThat(r.exit()).as(r.err()).isZero();
                byte[] pub = java.util.HexFormat.of().parseHex(a.get("publicKey").asText());
                assertThat(r.out()).isEqualTo("{\"index\":" + a.get("index").asInt() + ",\"address\":\"" + a.get("address").asText()
                        + "\",\"publicKey\":\"" + java.util.Base64.getEncoder().encodeToString(pub) + "\"}\n");
            }
        }
    }

    @Test
    void deriveTextDefaultsToIndexZero() {
        Result r = run("derive", "--mnemonic", MNEMONIC);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("""
                index:     0
                address:   z1qqjnwjjpnue8xmmpanz6csze6tcmtzzdtfsww7
                publicKey: PhPXI40OdopWfc6EtUkV8jI/Lc0O+acW2cYavtYxuhA=
                """);
    }

    @Test
    void deriveRejectsBadMnemonicsWithAClearError() {
        Result badWord = run("derive", "--mnemonic", MNEMONIC.replace("dream", "dreams"));
        assertThat(badWord.exit()).isEqualTo(1);
        assertThat(badWord.err()).isEqualTo("error: invalid mnemonic: word 3 'dreams' is not in the BIP-39 English word list\n");
        assertThat(badWord.out()).isEmpty();

        Result checksum = run("derive", "--mnemonic", MNEMONIC.replace("fancy", "fire"));
        assertThat(checksum.exit()).isEqualTo(1);
        assertThat(checksum.err()).contains("checksum mismatch");

        assertThat(run("derive", "--mnemonic", MNEMONIC, "--index", "-1").err()).contains("--index must be 0 or more");
        assertThat(run("derive").exit()).isEqualTo(2); // missing --mnemonic is a usage error
    }

    @Test
    void addressOpensConformanceKeyFiles() throws IOException {
        for (int i = 0; i < 2; i++) {
            JsonNode v = keyFileVector(i);
            Path file = dir.resolve("kf" + i + ".json");
            Files.writeString(file, v.get("keyFile").toString());
            Result text = run("address", "--keyfile", file.toString(), "--password", v.get("password").asText());
            assertThat(text.exit()).as(text.err()).isZero();
            assertThat(text.out()).isEqualTo("address: " + v.get("baseAddress").asText() + "\n");
            Result json = run("address", "--keyfile", file.toString(), "--password", v.get("password").asText(), "--json");
            assertThat(json.out()).isEqualTo("{\"address\":\"" + v.get("baseAddress").asText() + "\"}\n");
        }
    }

    @Test
    void addressWithWrongPasswordFailsCleanly() throws IOException {
        JsonNode v = keyFileVector(1);
        Path file = dir.resolve("kf.json");
        Files.writeString(file, v.get("keyFile").toString());
        byte[] before = Files.readAllBytes(file);
        Result r = run("address", "--keyfile", file.toString(), "--password", "not-the-password");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: wrong password").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        Result missing = run("address", "--keyfile", dir.resolve("nope.json").toString(), "--password", "x");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: file not found:").contains("nope.json");

        Files.writeString(file, "{\"version\": 2}");
        Result corrupt = run("address", "--keyfile", file.toString(), "--password", "x");
        assertThat(corrupt.exit()).isEqualTo(1);
        assertThat(corrupt.err()).contains("'version' must be 1");
    }

    @Test
    void newPrintsAValidMnemonicAndItsAddress() throws IOException {
        Result r = run("new", "--words", "12", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode o = JSON.readTree(r.out());
        Mnemonic m = Mnemonic.fromWords(o.get("mnemonic").asText());
        assertThat(m.words()).hasSize(12);
        Result derived = run("derive", "--mnemonic", m.phrase(), "--json");
        assertThat(JSON.readTree(derived.out()).get("address")).isEqualTo(o.get("address"));
        assertThat(o.has("keyFile")).isFalse();

        Result text = run("new");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).startsWith("mnemonic: ").contains("\naddress:  z1");
        String phrase = text.out().lines().findFirst().orElseThrow().substring("mnemonic: ".length());
        assertThat(Mnemonic.fromWords(phrase).words()).hasSize(24);
    }

    @Test
    void newWritesAKeyFileThatAddressOpens() throws IOException {
        Path file = dir.resolve("wallet.json");
        Result r = run("new", "--keyfile", file.toString(), "--password", "hunter2", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("keyFile").asText()).isEqualTo(file.toString());
        assertThat(KeyFile.read(file, "hunter2").mnemonic().phrase()).isEqualTo(o.get("mnemonic").asText());

        Result addr = run("address", "--keyfile", file.toString(), "--password", "hunter2", "--json");
        assertThat(JSON.readTree(addr.out()).get("address")).isEqualTo(o.get("address"));

        byte[] before = Files.readAllBytes(file);
        Result again = run("new", "--keyfile", file.toString(), "--password", "other");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void newValidatesItsOptions() {
        assertThat(run("new", "--keyfile", dir.resolve("x.json").toString()).err()).contains("--password is required with --keyfile");
        assertThat(run("new", "--password", "x").err()).contains("--password only applies with --keyfile");
        Result words = run("new", "--words", "13");
        assertThat(words.exit()).isEqualTo(1);
        assertThat(words.err()).contains("--words must be 12, 15, 18, 21 or 24, got 13");
        assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
    }

    @Test
    void registeredUnderTheTopLevelCommand() {
        StringWriter out = new StringWriter();
        CommandLine main = io.unikernelz.node.Main.commandLine();
        main.setOut(new PrintWriter(out, true));
        int exit = main.execute("wallet", "derive", "--mnemonic", MNEMONIC, "--index", "1", "--json");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("\"address\":\"z1qr44l6ajstm5gfrvwtsrfg446y6mcv8r60v090\"");
    }

    @Test
    void walletWithoutSubcommandIsAUsageError() {
        Result r = run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("missing subcommand");
    }
}
