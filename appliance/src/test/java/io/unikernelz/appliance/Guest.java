package io.unikernelz.appliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One boot of the appliance through {@code image.sh run}, driven from the host the way an
 * operator would: forwarded ports on 127.0.0.1, SIGTERM to the runner for a clean power-off.
 */
final class Guest implements AutoCloseable {
    static final int GUEST_RPC = 35997;
    static final int GUEST_WS = 35998;
    static final int GUEST_P2P = 35995;
    private static final long STOP_SECONDS = 150;
    private static final Pattern HEIGHT = Pattern.compile("\"height\"\\s*:\\s*(\\d+)");

    final int rpcPort;
    final int wsPort;
    final int p2pPort;
    final Path console;
    final Path runnerLog;
    private final Process runner;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Guest(int rpcPort, int wsPort, int p2pPort, Path console, Path runnerLog, Process runner) {
        this.rpcPort = rpcPort;
        this.wsPort = wsPort;
        this.p2pPort = p2pPort;
        this.console = console;
        this.runnerLog = runnerLog;
        this.runner = runner;
    }

    /**
     * Boots the image on {@code dataDisk}; {@code forwards} maps extra host ports to guest ports
     * (to show that nothing else answers there).
     */
    static Guest boot(Repo repo, Path workDir, String name, Path dataDisk, List<int[]> forwards, String append)
            throws IOException {
        int[] ports = freePorts(3);
        Path console = workDir.resolve(name + "-console.log");
        Path log = workDir.resolve(name + "-runner.log");
        List<String> cmd = new ArrayList<>(List.of("bash", repo.imageScript().toString(), "run",
                "--data", dataDisk.toString(), "--data-size", "1G", "--memory", "256",
                "--rpc-port", Integer.toString(ports[0]), "--ws-port", Integer.toString(ports[1]),
                "--p2p-port", Integer.toString(ports[2]), "--accel", "tcg",
                "--timeout", "420", "--boot-timeout", "240", "--console", console.toString(),
                "--append", append));
        for (int[] f : forwards) {
            cmd.add("--forward");
            cmd.add(f[0] + ":" + f[1]);
        }
        Process p = repo.command(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Guest(ports[0], ports[1], ports[2], console, log, p);
    }

    /** The frontier momentum height, if the node answers over the forwarded RPC port. */
    OptionalLong frontierHeight() {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ledger.getFrontierMomentum\",\"params\":[]}";
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + rpcPort + "/"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            Matcher m = HEIGHT.matcher(r.body());
            return r.statusCode() == 200 && m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
        } catch (IOException e) {
            // qemu accepts on a forwarded port before the guest listens: no answer yet.
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** Polls until the frontier height satisfies {@code accept}; fails with the console tail. */
    long awaitHeight(Duration limit, java.util.function.LongPredicate accept, String what) {
        return await(limit, () -> {
            OptionalLong h = frontierHeight();
            return h.isPresent() && accept.test(h.getAsLong()) ? Optional.of(h.getAsLong()) : Optional.empty();
        }, what);
    }

    <T> T await(Duration limit, Supplier<Optional<T>> probe, String what) {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            Optional<T> v = probe.get();
            if (v.isPresent()) {
                return v.get();
            }
            if (!runner.isAlive()) {
                throw new AssertionError("the guest stopped while waiting for " + what + "\n" + diagnostics());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
        throw new AssertionError("no " + what + " within " + limit.toSeconds() + " s\n" + diagnostics());
    }

    /**
     * Whether something in the guest accepted a TCP connection on this forwarded port. qemu
     * accepts on the host side first, then closes the socket as soon as the guest refuses; a
     * guest service keeps it open (or answers).
     */
    static boolean guestAccepts(int hostPort) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", hostPort), 5_000);
            s.setSoTimeout(8_000);
            InputStream in = s.getInputStream();
            return in.read() >= 0;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a WebSocket upgrade on this port is answered with 101. */
    static boolean webSocketUpgrades(int hostPort) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", hostPort), 5_000);
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] head = s.getInputStream().readNBytes(12);
            return new String(head, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 101");
        } catch (IOException e) {
            return false;
        }
    }

    /** Presses the power button (SIGTERM to the runner) and waits for the guest to be off. */
    int powerOff(Duration limit) throws InterruptedException {
        List<ProcessHandle> qemu = runner.descendants().toList();
        runner.destroy();
        if (!runner.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            runner.destroyForcibly();
            qemu.forEach(ProcessHandle::destroyForcibly);
            throw new AssertionError("the runner did not stop within " + limit.toSeconds() + " s\n" + diagnostics());
        }
        return runner.exitValue();
    }

    String consoleText() {
        try {
            return Files.exists(console) ? Files.readString(console, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String diagnostics() {
        StringBuilder b = new StringBuilder();
        try {
            if (Files.exists(runnerLog)) {
                b.append("--- runner (").append(runnerLog).append(")\n").append(tail(Files.readString(runnerLog), 40));
            }
        } catch (IOException e) {
            b.append("(runner log unreadable: ").append(e.getMessage()).append(")\n");
        }
        b.append("\n--- console (").append(console).append(")\n").append(tail(consoleText(), 60));
        return b.toString();
    }

    private static String tail(String text, int lines) {
        String[] all = text.split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.copyOfRange(all, from, all.length));
    }

    static int[] freePorts(int n) throws IOException {
        int[] out = new int[n];
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                held.add(s);
                out[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
        return out;
    }

    /** Stops whatever still runs; an interrupt while waiting kills the processes at once and stays set on the thread. */
    @Override
    public void close() {
        // qemu runs in a session of its own: remember it before the runner goes away.
        List<ProcessHandle> qemu = runner.descendants().toList();
        if (runner.isAlive()) {
            runner.destroy();
            try {
                if (!runner.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                    runner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                runner.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        for (ProcessHandle h : qemu) {
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
    }
}
