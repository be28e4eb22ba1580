package io.unikernelz.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Loads conformance data from the shared folder (system property unikernelz.shared, else /work/shared). */
final class Vectors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Vectors() {}

    static Path shared() {
        String p = System.getProperty("unikernelz.shared");
        return Path.of(p == null || p.isBlank() ? "/work/shared" : p);
    }

    static JsonNode wallet(String file) {
        Path path = shared().resolve("conformance/wallet").resolve(file);
        try {
            return JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read conformance file " + path, e);
        }
    }

    static String pretty(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
