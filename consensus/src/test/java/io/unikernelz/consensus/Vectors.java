package io.unikernelz.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the shared conformance data (system property {@code unikernelz.shared}, else /work/shared). */
final class Vectors {
    private Vectors() {
    }

    static Path shared() {
        String dir = System.getProperty("unikernelz.shared");
        Path path = Path.of(dir == null || dir.isBlank() ? "/work/shared" : dir);
        if (!Files.isDirectory(path)) throw new IllegalStateException("conformance data not found at " + path);
        return path;
    }

    static JsonNode json(String relative) {
        Path file = shared().resolve(relative);
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A signed 64-bit value stored either as a JSON number or as a decimal string. */
    static long int64(JsonNode node) {
        return node.isTextual() ? Long.parseLong(node.asText()) : node.asLong();
    }

    static long[] int64s(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) out[i] = int64(array.get(i));
        return out;
    }

    static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) out[i] = array.get(i).intValue();
        return out;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
