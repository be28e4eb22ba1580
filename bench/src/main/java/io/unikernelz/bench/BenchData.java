package io.unikernelz.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.json.AccountBlockJson;
import io.unikernelz.core.json.GoJson;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Hash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The real inputs of the benchmarks, shipped as resources copied from the conformance data: mainnet account blocks
 * ({@code account-blocks.json}) and accepted PoW nonces ({@code pow-vectors.json}). The Go benchmark in bench/go uses
 * the same first block and the same PoW data hash.
 */
public final class BenchData {
    private BenchData() {}

    /** The first record of account-blocks.json: a signed user send to an embedded contract, with call data. */
    public static AccountBlock firstBlock() {
        JsonNode records = json("account-blocks.json").get("records");
        AccountBlock block = AccountBlockJson.fromJson(records.get(0));
        if (!block.hashMatches() || !block.signatureValid()) {
            throw new IllegalStateException("benchmark block " + block.hash() + " does not verify; the resource is damaged");
        }
        return block;
    }

    /** The PoW data hash of the first accepted PoW vector. */
    public static Hash powData() {
        return Hash.parse(firstPowVector().get("powDataHash").asText());
    }

    /** The first accepted PoW vector (data hash, difficulty, nonce, expected first 8 hash bytes). */
    public static JsonNode firstPowVector() {
        return json("pow-vectors.json").get("vectors").get(0);
    }

    /** One signature of a pillar-like workload: a producer's key, a 32-byte hash and the signature over it. */
    public record Signed(byte[] publicKey, byte[] message, byte[] signature) {}

    /**
     * {@code keys} signers with {@code perKey} different 32-byte messages each, interleaved key by key the way
     * momentums arrive from a rotating set of producers. Seeds and messages are fixed, so every run signs the same.
     */
    public static java.util.List<Signed> rotatingSigners(int keys, int perKey) throws java.security.NoSuchAlgorithmException {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        byte[][] seeds = new byte[keys][];
        for (int k = 0; k < keys; k++) seeds[k] = sha.digest(("unikernel-z bench signer " + k).getBytes(StandardCharsets.UTF_8));
        java.util.List<Signed> out = new java.util.ArrayList<>(keys * perKey);
        for (int m = 0; m < perKey; m++) {
            for (int k = 0; k < keys; k++) {
                byte[] message = sha.digest(("message " + m + " of signer " + k).getBytes(StandardCharsets.UTF_8));
                out.add(new Signed(io.unikernelz.core.crypto.Ed25519.publicKey(seeds[k]), message,
                        io.unikernelz.core.crypto.Ed25519.sign(seeds[k], message)));
            }
        }
        return java.util.List.copyOf(out);
    }

    private static JsonNode json(String resource) {
        try (InputStream in = BenchData.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("benchmark resource " + resource + " is missing from the jar");
            return GoJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark resource " + resource, e);
        }
    }
}
