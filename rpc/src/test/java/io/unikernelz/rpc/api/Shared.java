package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.json.GoJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared conformance data: system property {@code unikernelz.shared}, else /work/shared. */
final class Shared {
    private Shared() {}

    static Path dir() {
        String prop = System.getProperty("unikernelz.shared");
        Path p = prop == null || prop.isBlank() ? Path.of("/work/shared") : Path.of(prop);
        return Files.isDirectory(p) ? p : Path.of("/work/shared");
    }

    static Path path(String relative) {
        Path p = dir().resolve(relative);
        if (!Files.exists(p)) throw new IllegalStateException("shared conformance file missing: " + p);
        return p;
    }

    static JsonNode json(String relative) {
        try {
            return GoJson.parse(Files.readString(path(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
