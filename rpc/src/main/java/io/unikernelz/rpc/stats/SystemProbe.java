package io.unikernelz.rpc.stats;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Gathers {@link OsInfo} the way gopsutil does on Linux: distribution from
 * {@code /etc/os-release}, kernel from {@code /proc/sys/kernel/osrelease}, memory from
 * {@code /proc/meminfo} (MemTotal, MemAvailable). Elsewhere, or when a file is missing (a
 * minimal appliance has no os-release), it falls back to what the JVM reports.
 */
public final class SystemProbe {
    /** gopsutil's platform families, by os-release ID. */
    private static final Map<String, String> FAMILIES = families();

    private final Path root;
    private final String osName;
    private final String osVersion;
    private final IntSupplier cpus;
    private final IntSupplier threads;
    private final LongSupplier jvmTotalMemory;
    private final LongSupplier jvmFreeMemory;

    /**
     * @param root           filesystem root to read /etc and /proc under ("/" for the real system)
     * @param osName         the JVM's os.name
     * @param osVersion      the JVM's os.version
     * @param cpus           processors available
     * @param threads        live threads
     * @param jvmTotalMemory physical memory as the JVM sees it, used when /proc/meminfo is absent
     * @param jvmFreeMemory  free physical memory as the JVM sees it, likewise
     */
    public SystemProbe(Path root, String osName, String osVersion, IntSupplier cpus, IntSupplier threads,
                       LongSupplier jvmTotalMemory, LongSupplier jvmFreeMemory) {
        if (root == null || osName == null || osVersion == null || cpus == null || threads == null
                || jvmTotalMemory == null || jvmFreeMemory == null) {
            throw new IllegalArgumentException("system probe inputs must not be null");
        }
        this.root = root;
        this.osName = osName;
        this.osVersion = osVersion;
        this.cpus = cpus;
        this.threads = threads;
        this.jvmTotalMemory = jvmTotalMemory;
        this.jvmFreeMemory = jvmFreeMemory;
    }

    /** Probes this machine. */
    public static SystemProbe live() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threadBean = ManagementFactory.getThreadMXBean();
        return new SystemProbe(Path.of("/"), System.getProperty("os.name", ""), System.getProperty("os.version", ""),
                Runtime.getRuntime()::availableProcessors, threadBean::getThreadCount,
                os::getTotalMemorySize, os::getFreeMemorySize);
    }

    public OsInfo osInfo() {
        String os = goos(osName);
        String platform = "";
        String family = "";
        String platformVersion = "";
        String kernel = osVersion;
        long total = jvmTotalMemory.getAsLong();
        long free = jvmFreeMemory.getAsLong();
        if (os.equals("linux")) {
            Map<String, String> release = keyValues(read("etc/os-release").orElse(""));
            platform = release.getOrDefault("ID", "").toLowerCase(Locale.ROOT);
            platformVersion = release.getOrDefault("VERSION_ID", "");
            family = FAMILIES.getOrDefault(platform, "");
            if (family.isEmpty()) {
                for (String like : release.getOrDefault("ID_LIKE", "").split("\\s+")) {
                    family = FAMILIES.getOrDefault(like.toLowerCase(Locale.ROOT), "");
                    if (!family.isEmpty()) break;
                }
            }
            kernel = read("proc/sys/kernel/osrelease").map(String::strip).filter(s -> !s.isEmpty()).orElse(osVersion);
            Map<String, Long> mem = meminfo(read("proc/meminfo").orElse(""));
            if (mem.containsKey("MemTotal")) {
                total = mem.get("MemTotal");
                free = mem.getOrDefault("MemAvailable", mem.getOrDefault("MemFree", free));
            }
        } else {
            platform = osName;
            platformVersion = osVersion;
        }
        return new OsInfo(os, platform, family, platformVersion, kernel, Math.max(0, total), Math.max(0, free),
                Math.max(1, cpus.getAsInt()), Math.max(0, threads.getAsInt()));
    }

    /** Go's GOOS names for the JVM's os.name. */
    static String goos(String osName) {
        String n = osName.toLowerCase(Locale.ROOT);
        if (n.startsWith("linux")) return "linux";
        if (n.startsWith("mac") || n.startsWith("darwin")) return "darwin";
        if (n.startsWith("windows")) return "windows";
        if (n.startsWith("freebsd")) return "freebsd";
        if (n.startsWith("openbsd")) return "openbsd";
        if (n.startsWith("netbsd")) return "netbsd";
        if (n.startsWith("sunos") || n.startsWith("solaris")) return "solaris";
        return n.replace(" ", "");
    }

    private Optional<String> read(String relative) {
        Path p = root.resolve(relative);
        try {
            return Files.isReadable(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** os-release lines KEY=value or KEY="value". */
    static Map<String, String> keyValues(String text) {
        Map<String, String> out = new HashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (line.isBlank() || line.startsWith("#") || eq <= 0) continue;
            String value = line.substring(eq + 1).strip();
            if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'') && value.charAt(value.length() - 1) == value.charAt(0)) {
                value = value.substring(1, value.length() - 1);
            }
            out.put(line.substring(0, eq).strip(), value);
        }
        return out;
    }

    /** /proc/meminfo lines "Name:   123 kB", in bytes. */
    static Map<String, Long> meminfo(String text) {
        Map<String, Long> out = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            String[] parts = line.substring(colon + 1).strip().split("\\s+");
            try {
                long v = Long.parseLong(parts[0]);
                out.put(line.substring(0, colon).strip(), parts.length > 1 && parts[1].equalsIgnoreCase("kB") ? v * 1024 : v);
            } catch (NumberFormatException e) {
                // not a numeric line; gopsutil skips those too
            }
        }
        return out;
    }

    private static Map<String, String> families() {
        Map<String, String> m = new HashMap<>();
        List.of("debian", "ubuntu", "linuxmint", "raspbian", "pop", "elementary", "kali").forEach(d -> m.put(d, "debian"));
        List.of("oracle", "ol", "centos", "redhat", "rhel", "scientific", "enterpriseenterprise", "amazon", "amzn",
                "xenserver", "cloudlinux", "ibm_powerkvm", "rocky", "almalinux").forEach(d -> m.put(d, "rhel"));
        List.of("suse", "opensuse", "opensuse-leap", "opensuse-tumbleweed", "opensuse-tumbleweed-kubic", "sles",
                "sled", "caasp").forEach(d -> m.put(d, "suse"));
        m.put("fedora", "fedora");
        m.put("gentoo", "gentoo");
        m.put("coreos", "coreos");
        m.put("arch", "arch");
        m.put("manjaro", "arch");
        m.put("alpine", "alpine");
        m.put("exherbo", "exherbo");
        m.put("slackware", "slackware");
        return Map.copyOf(m);
    }
}
