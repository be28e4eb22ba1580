package io.unikernelz.rpc.stats;

/**
 * {@code stats.osInfo} result, fields in go-zenon's order ({@code OsInfoResponse}); memory in
 * bytes, {@code memoryFree} being the memory available to new work (gopsutil's Available).
 * {@code numGoroutine} reports the JVM's live platform threads, the nearest thing we have.
 */
public record OsInfo(String os, String platform, String platformFamily, String platformVersion,
                     String kernelVersion, long memoryTotal, long memoryFree, int numCPU, int numGoroutine) {
    public OsInfo {
        if (os == null || platform == null || platformFamily == null || platformVersion == null || kernelVersion == null) {
            throw new IllegalArgumentException("OS info strings must not be null (use \"\")");
        }
        if (memoryTotal < 0 || memoryFree < 0) throw new IllegalArgumentException("memory figures must not be negative");
        if (numCPU < 1) throw new IllegalArgumentException("numCPU must be at least 1, got " + numCPU);
    }
}
