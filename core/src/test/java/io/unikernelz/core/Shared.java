package io.unikernelz.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.json.GoJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates /work/shared (system property {@code unikernelz.shared}, set by surefire) and reads its JSON. */
public final class Shared {
    private Shared() {}

    public static Path root() {
        String p = System.getProperty("unikernelz.shared");
        Path root = p == null || p.isBlank() ? Path.of("/work/shared") : Path.of(p);
        return root.toAbsolutePath().normalize();
    }

    public static Path conformance(String relative) {
        return root().resolve("conformance").resolve(relative);
    }

    public static JsonNode json(String relative) {
        try {
            return GoJson.reader().readTree(Files.readString(conformance(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
