package io.unikernelz.node.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.wallet.InvalidMnemonicException;
import io.unikernelz.wallet.KeyFile;
import io.unikernelz.wallet.KeyFileException;
import io.unikernelz.wallet.KeyPair;
import io.unikernelz.wallet.KeyStore;
import io.unikernelz.wallet.Mnemonic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unikernel-z wallet …}: derive accounts from a mnemonic, open go-zenon/syrius key files, create wallets.
 * Errors are printed as one "error: …" line on stderr with exit code 1; usage errors keep picocli's code 2.
 */
@Command(name = "wallet", mixinStandardHelpOptions = true,
        description = "Mnemonics, account derivation (m/44'/73404'/i') and go-zenon key files.",
        subcommands = {WalletCommand.Derive.class, WalletCommand.AddressCmd.class, WalletCommand.New.class})
public final class WalletCommand implements Callable<Integer> {
    static final int EXIT_ERROR = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: derive, address or new");
    }

    /** Shared plumbing: output streams, JSON printing and turning wallet failures into a one-line error. */
    abstract static class Sub implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print one JSON object instead of text lines.")
        boolean json;

        abstract int run() throws IOException;

        @Override
        public final Integer call() {
            try {
                return run();
            } catch (InvalidMnemonicException | KeyFileException e) {
                return fail(e.getMessage());
            } catch (NoSuchFileException e) {
                return fail("file not found: " + e.getFile());
            } catch (FileAlreadyExistsException e) {
                return fail("file already exists: " + e.getFile() + " (refusing to overwrite a key file)");
            } catch (IOException e) {
                return fail("I/O error: " + e);
            }
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        int fail(String message) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: " + message);
            err.flush();
            return EXIT_ERROR;
        }

        void print(ObjectNode node, String text) {
            PrintWriter out = out();
            if (json) {
                try {
                    out.println(JSON.writeValueAsString(node));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("cannot serialise output", e);
                }
            } else {
                out.print(text);
            }
            out.flush();
        }

        static ObjectNode object() {
            return JSON.createObjectNode();
        }
    }

    @Command(name = "derive", mixinStandardHelpOptions = true,
            description = "Derive account N of a mnemonic: address and public key.")
    static final class Derive extends Sub {
        @Option(names = "--mnemonic", required = true, paramLabel = "WORDS", description = "BIP-39 mnemonic (12-24 English words).")
        String mnemonic;

        @Option(names = "--index", defaultValue = "0", paramLabel = "N", description = "Account index (default ${DEFAULT-VALUE}).")
        int index;

        @Override
        int run() {
            if (index < 0) return fail("--index must be 0 or more, got " + index);
            KeyPair kp = KeyStore.fromMnemonic(mnemonic).derive(index);
            String publicKey = Base64.getEncoder().encodeToString(kp.publicKey());
            ObjectNode o = object();
            o.put("index", index);
            o.put("address", kp.address().toString());
            o.put("publicKey", publicKey);
            print(o, "index:     " + index + "\n"
                    + "address:   " + kp.address() + "\n"
                    + "publicKey: " + publicKey + "\n");
            return 0;
        }
    }

    @Command(name = "address", mixinStandardHelpOptions = true,
            description = "Open a key file and print its base address (account 0).")
    static final class AddressCmd extends Sub {
        @Option(names = "--keyfile", required = true, paramLabel = "FILE", description = "go-zenon / syrius key file.")
        Path keyFile;

        @Option(names = "--password", required = true, paramLabel = "PASS", description = "Key file password.")
        String password;

        @Override
        int run() throws IOException {
            KeyStore ks = KeyFile.read(keyFile, password);
            ObjectNode o = object();
            o.put("address", ks.baseAddress().toString());
            print(o, "address: " + ks.baseAddress() + "\n");
            return 0;
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Create a new mnemonic; with --keyfile also write it encrypted as a go-zenon key file.")
    static final class New extends Sub {
        @Option(names = "--keyfile", paramLabel = "FILE", description = "Write an encrypted key file here (never overwrites).")
        Path keyFile;

        @Option(names = "--password", paramLabel = "PASS", description = "Password for the key file (required with --keyfile).")
        String password;

        @Option(names = "--words", defaultValue = "24", paramLabel = "N", description = "12, 15, 18, 21 or 24 (default ${DEFAULT-VALUE}).")
        int words;

        @Override
        int run() throws IOException {
            if (words < 12 || words > 24 || words % 3 != 0) return fail("--words must be 12, 15, 18, 21 or 24, got " + words);
            if (keyFile != null && password == null) return fail("--password is required with --keyfile");
            if (keyFile == null && password != null) return fail("--password only applies with --keyfile");
            KeyStore ks = KeyStore.fromMnemonic(Mnemonic.generate(new SecureRandom(), words));
            if (keyFile != null) KeyFile.write(keyFile, password, ks.entropy());
            ObjectNode o = object();
            o.put("mnemonic", ks.mnemonic().phrase());
            o.put("address", ks.baseAddress().toString());
            if (keyFile != null) o.put("keyFile", keyFile.toString());
            print(o, "mnemonic: " + ks.mnemonic().phrase() + "\n"
                    + "address:  " + ks.baseAddress() + "\n"
                    + (keyFile != null ? "keyFile:  " + keyFile + "\n" : "")
                    + "Write the mnemonic down and keep it secret: it is the only backup of this wallet.\n");
            return 0;
        }
    }
}
