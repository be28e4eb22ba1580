package io.unikernelz.appliance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The repository under test: its root (surefire's {@code unikernelz.root}), the node build and the image script. */
record Repo(Path root, Path buildDir) {

    static Repo locate(Path buildDir) {
        String p = System.getProperty("unikernelz.root");
        Path root = p == null || p.isBlank() ? Path.of("..") : Path.of(p);
        return new Repo(root.toAbsolutePath().normalize(), buildDir);
    }

    Path imageScript() {
        return root.resolve("appliance/image.sh");
    }

    Path nodeJar() {
        return root.resolve("node/target/unikernel-z-node.jar");
    }

    Path imageDir() {
        return buildDir.resolve("image");
    }

    /** The node must be built: these tests boot the real node, never a stand-in. */
    void requireNode() {
        if (!Files.isRegularFile(nodeJar()) || !Files.isDirectory(root.resolve("node/target/lib"))) {
            throw new AssertionError("the appliance tests boot the real node, but " + nodeJar()
                    + " (and node/target/lib) is missing: build it first (./unikernel-z build, or mvn install -pl node -am)");
        }
    }

    ProcessBuilder command(List<String> cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
        pb.environment().put("UNIKERNELZ_BUILD_DIR", buildDir.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb;
    }
}
