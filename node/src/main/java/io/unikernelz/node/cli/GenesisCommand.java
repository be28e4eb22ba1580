package io.unikernelz.node.cli;

import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.chain.genesis.GenesisConfig;
import io.unikernelz.chain.genesis.GenesisConfigReader;
import io.unikernelz.chain.genesis.GenesisConfigWriter;
import io.unikernelz.chain.genesis.GenesisException;
import io.unikernelz.chain.genesis.MockGenesis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unikernel-z genesis …}: genesis files (go-zenon's JSON format). */
@Command(name = "genesis", mixinStandardHelpOptions = true, description = "Work with go-zenon genesis files.",
        subcommands = {GenesisCommand.Hash.class, GenesisCommand.Mock.class})
public final class GenesisCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** {@code genesis hash FILE.json}: prints the genesis momentum hash (hex); exit 1 with go-zenon's error class. */
    @Command(name = "hash", mixinStandardHelpOptions = true,
            description = {"Print the genesis momentum hash of a go-zenon genesis JSON file.",
                    "Exit 1 with a clear error for an unreadable, incomplete, malformed or inconsistent file."})
    public static final class Hash implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "Genesis JSON file.")
        Path file;

        @Option(names = "--no-checks", description = "Skip go-zenon's consistency checks (balances, supplies); go-zenon's own "
                + "empty test genesis is hashed either way.")
        boolean noChecks;

        @Override
        public Integer call() {
            try {
                GenesisConfig config = noChecks
                        ? GenesisConfigReader.parseUnchecked(readOrThrow(file))
                        : GenesisConfigReader.read(file);
                spec.commandLine().getOut().println(Genesis.build(config).momentum().hash());
                spec.commandLine().getOut().flush();
                return 0;
            } catch (GenesisException e) {
                spec.commandLine().getErr().println("error: " + file + ": " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 1;
            }
        }

        private static byte[] readOrThrow(Path file) throws GenesisException {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new GenesisException(GenesisException.Kind.UNREADABLE, file + ": " + e.getMessage(), e);
            }
        }
    }

    /** {@code genesis mock FILE.json}: writes go-zenon's test genesis (chain/genesis/mock) as JSON. */
    @Command(name = "mock", mixinStandardHelpOptions = true,
            description = "Write go-zenon's mock test genesis (chain id 100, 3 genesis pillars) as a genesis JSON file.")
    public static final class Mock implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "Where to write it (must not exist).")
        Path file;

        @Override
        public Integer call() {
            try {
                Files.write(file, GenesisConfigWriter.write(new MockGenesis().config()), java.nio.file.StandardOpenOption.CREATE_NEW);
                return 0;
            } catch (IOException e) {
                spec.commandLine().getErr().println("error: cannot write " + file + ": " + e);
                spec.commandLine().getErr().flush();
                return 1;
            }
        }
    }
}
