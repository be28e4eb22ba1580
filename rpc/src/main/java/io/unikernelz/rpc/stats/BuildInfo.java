package io.unikernelz.rpc.stats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Version and source commit of this build, as {@code stats.processInfo} reports them
 * (go-zenon: {@code metadata.Version}, {@code metadata.GitCommit}).
 */
public record BuildInfo(String version, String commit) {
    private static final String RESOURCE = "/io/unikernelz/rpc/build-info.properties";

    public BuildInfo {
        if (version == null || version.isBlank()) throw new IllegalArgumentException("build version is empty");
        if (commit == null || commit.isBlank()) throw new IllegalArgumentException("build commit is empty");
    }

    /**
     * Reads what the build stamped into the rpc jar: the project version (prefixed "v", as
     * go-zenon prints "v0.0.8") and the commit passed as {@code -Dunikernelz.commit=<sha>} when
     * building ("unknown" when the build was not told).
     */
    public static BuildInfo fromClasspath() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("build info resource " + RESOURCE + " is missing from the rpc jar");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        String version = clean(p.getProperty("version"));
        String commit = clean(p.getProperty("commit"));
        return new BuildInfo(version.startsWith("v") ? version : "v" + version, commit);
    }

    /** An unfiltered ${...} placeholder means the build did not provide the value. */
    private static String clean(String value) {
        if (value == null || value.isBlank() || value.contains("${")) return "unknown";
        return value.strip();
    }
}
