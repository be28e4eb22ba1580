package io.unikernelz.chain.genesis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** The mainnet genesis that ships inside the node (go-zenon's embedded genesis JSON, byte for byte, gzipped). */
public final class EmbeddedGenesis {
    /** The genesis momentum hash every mainnet node agrees on (go-zenon embedded_genesis_test.go). */
    public static final String MAINNET_GENESIS_HASH = "9e204601d1b7b1427fe12bc82622e610d8a6ad43c40abf020eb66e538bb8eeb0";

    private EmbeddedGenesis() {}

    /** The raw mainnet genesis JSON. */
    public static byte[] mainnetJson() {
        try (InputStream in = EmbeddedGenesis.class.getResourceAsStream("mainnet-genesis.json.gz")) {
            if (in == null) throw new IllegalStateException("the node was built without its mainnet genesis resource");
            try (GZIPInputStream gz = new GZIPInputStream(in)) {
                return gz.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded mainnet genesis", e);
        }
    }

    /** The parsed and checked mainnet genesis config. */
    public static GenesisConfig mainnet() {
        try {
            return GenesisConfigReader.parse(mainnetJson());
        } catch (GenesisException e) {
            throw new IllegalStateException("the embedded mainnet genesis is broken: " + e.getMessage(), e);
        }
    }
}
