package io.unikernelz.vm;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (conformance data) the way surefire passes it, with a fallback for IDE runs. */
public final class SharedData {
    private SharedData() {}

    public static Path root() {
        String p = System.getProperty("unikernelz.shared");
        if (p != null && Files.isDirectory(Path.of(p))) return Path.of(p);
        return Path.of("/work/shared");
    }

    public static Path conformance(String relative) {
        return root().resolve("conformance").resolve(relative);
    }
}
