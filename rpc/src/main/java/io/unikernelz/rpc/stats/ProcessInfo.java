package io.unikernelz.rpc.stats;

/** {@code stats.processInfo} result ({@code ProcessInfoResponse}). */
public record ProcessInfo(String version, String commit) {
    public ProcessInfo {
        if (version == null || commit == null) throw new IllegalArgumentException("process info fields must not be null");
    }
}
