package io.unikernelz.node;

import io.unikernelz.node.cli.DevnetCommand;
import io.unikernelz.node.cli.GenesisCommand;
import io.unikernelz.node.cli.NodeCommand;
import io.unikernelz.node.cli.VerifyCommand;
import io.unikernelz.node.cli.WalletCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code unikernel-z} command line: a registry of subcommands, one line each. */
@Command(name = "unikernel-z", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A Zenon Network of Momentum node, byte-compatible with go-zenon.",
        subcommands = {
            DevnetCommand.class,
            NodeCommand.class,
            VerifyCommand.class,
            WalletCommand.class,
            GenesisCommand.class,
        })
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
    }

    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The jar's Implementation-Version, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"unikernel-z " + (v == null ? "dev" : v)};
        }
    }
}
