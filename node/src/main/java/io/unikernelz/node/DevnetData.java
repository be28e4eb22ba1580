package io.unikernelz.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.chain.genesis.DevnetGenesis;
import io.unikernelz.chain.genesis.DevnetGenesis.DevnetPillar;
import io.unikernelz.chain.genesis.GenesisConfig;
import io.unikernelz.chain.genesis.GenesisConfigReader;
import io.unikernelz.chain.genesis.GenesisConfigWriter;
import io.unikernelz.chain.genesis.GenesisException;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hex;
import io.unikernelz.wallet.KeyFile;
import io.unikernelz.wallet.KeyPair;
import io.unikernelz.wallet.KeyStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A devnet's data directory: {@code genesis.json} (go-zenon format), {@code devnet.json} (momentum interval),
 * {@code mnemonic.txt} (0600, only when the node generated it), {@code producers/pillar-N.key} (the local pillars'
 * private keys as hex, 0600) and {@code nom/} (the chain). Created once; later runs only read it. The pillar keys are
 * not encrypted: a devnet would have to keep the password beside them, so encryption would protect nothing and cost
 * an Argon2 derivation (64 MiB) at every start. Directories made by earlier versions (go-zenon keyfiles plus a
 * password file) are still read. Real networks use go-zenon keyfiles ({@code node --producer-keyfile}).
 */
public record DevnetData(Path dir, GenesisConfig genesis, long momentumIntervalSec, List<KeyPair> producers, List<Address> funded,
                         String generatedMnemonic) {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final int FUNDED_ACCOUNTS = 3;

    public static boolean exists(Path dir) {
        return Files.exists(dir.resolve("genesis.json"));
    }

    /** Creates a new devnet in an empty (or absent) directory. {@code mnemonic} null means "generate one". */
    public static DevnetData create(Path dir, String mnemonic, int pillars, long intervalSec, Clock clock, SecureRandom random)
            throws IOException {
        if (pillars < 1 || pillars > 30) throw new IllegalArgumentException("--pillars must be between 1 and 30, got " + pillars);
        if (intervalSec < 1) throw new IllegalArgumentException("--momentum-interval must be at least 1 second, got " + intervalSec);
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isPresent()) throw new IOException("devnet data directory " + dir + " is not empty and holds no devnet");
        }
        KeyStore wallet = mnemonic == null ? KeyStore.generate(random, 24) : KeyStore.fromMnemonic(mnemonic);
        List<Address> funded = new ArrayList<>();
        for (int i = 0; i < FUNDED_ACCOUNTS; i++) funded.add(wallet.derive(i).address());

        Path producersDir = Files.createDirectories(dir.resolve("producers"));
        List<KeyPair> keys = new ArrayList<>();
        List<DevnetPillar> pillarList = new ArrayList<>();
        for (int i = 1; i <= pillars; i++) {
            KeyPair pillarKey = KeyStore.generate(random, 24).derive(0);
            writePrivate(producersDir.resolve("pillar-" + i + ".key"), Hex.encode(pillarKey.privateKey()) + "\n");
            keys.add(pillarKey);
            pillarList.add(new DevnetPillar("devnet-pillar-" + i, pillarKey.address()));
        }
        GenesisConfig genesis = DevnetGenesis.config(pillarList, funded, clock.instant().getEpochSecond());
        Files.write(dir.resolve("devnet.json"), JSON.createObjectNode()
                .put("momentumIntervalSec", intervalSec)
                .put("chainIdentifier", genesis.chainIdentifier())
                .put("pillars", pillars)
                .toPrettyString().getBytes(StandardCharsets.UTF_8));
        if (mnemonic == null) writePrivate(dir.resolve("mnemonic.txt"), wallet.mnemonic().phrase() + "\n");
        // written last: its presence marks a complete devnet directory
        Files.write(dir.resolve("genesis.json"), GenesisConfigWriter.write(genesis), StandardOpenOption.CREATE_NEW);
        return new DevnetData(dir, genesis, intervalSec, keys, funded, mnemonic == null ? wallet.mnemonic().phrase() : null);
    }

    /** Reads an existing devnet directory. */
    public static DevnetData open(Path dir) throws IOException, GenesisException {
        GenesisConfig genesis = GenesisConfigReader.read(dir.resolve("genesis.json"));
        JsonNode meta = JSON.readTree(dir.resolve("devnet.json").toFile());
        long interval = meta.path("momentumIntervalSec").asLong(0);
        if (interval < 1) throw new IOException(dir.resolve("devnet.json") + " has no valid momentumIntervalSec");
        Path producersDir = dir.resolve("producers");
        List<KeyPair> keys = new ArrayList<>();
        for (int i = 1; ; i++) {
            Path plain = producersDir.resolve("pillar-" + i + ".key");
            Path keyFile = producersDir.resolve("pillar-" + i + ".json");
            if (Files.exists(plain)) {
                String hex = Files.readString(plain).strip();
                try {
                    keys.add(KeyPair.fromPrivateKey(Hex.decode(hex)));
                } catch (IllegalArgumentException e) {
                    throw new IOException(plain + " does not hold a 32-byte hex private key", e);
                }
            } else if (Files.exists(keyFile)) {
                keys.add(KeyFile.read(keyFile, Files.readString(producersDir.resolve("password")).strip()).derive(0));
            } else {
                break;
            }
        }
        List<Address> funded = new ArrayList<>();
        if (genesis.genesisBlocks() != null) {
            for (var b : genesis.genesisBlocks().blocks()) {
                if (b.balanceList().getOrDefault(io.unikernelz.core.types.TokenStandard.QSR, java.math.BigInteger.ZERO).equals(DevnetGenesis.FUNDED_QSR)) {
                    funded.add(b.address());
                }
            }
        }
        return new DevnetData(dir, genesis, interval, keys, funded, null);
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
