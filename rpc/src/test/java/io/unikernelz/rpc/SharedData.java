package io.unikernelz.rpc;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared conformance data: system property {@code unikernelz.shared}, else /work/shared. */
final class SharedData {
    private SharedData() {}

    static Path dir() {
        String prop = System.getProperty("unikernelz.shared");
        Path p = prop == null || prop.isBlank() ? Path.of("/work/shared") : Path.of(prop);
        if (!Files.isDirectory(p)) p = Path.of("/work/shared");
        return p;
    }

    static Path resolve(String relative) {
        Path p = dir().resolve(relative);
        if (!Files.exists(p)) throw new IllegalStateException("shared conformance file missing: " + p);
        return p;
    }
}
