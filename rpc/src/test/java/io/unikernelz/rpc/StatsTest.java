package io.unikernelz.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.rpc.stats.BuildInfo;
import io.unikernelz.rpc.stats.OsInfo;
import io.unikernelz.rpc.stats.StatsMethods;
import io.unikernelz.rpc.stats.SystemProbe;
import io.unikernelz.rpc.subscribe.SubscriptionSource;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** stats.osInfo / stats.processInfo: real values, go-zenon's shapes (shared/conformance/rpc/stats). */
class StatsTest {
    private static Path fakeRoot(String name) throws URISyntaxException {
        return Path.of(StatsTest.class.getResource("/fakeroot/" + name).toURI());
    }

    private static SystemProbe probe(Path root, String osName) {
        return new SystemProbe(root, osName, "6.1.0-jvm", () -> 4, () -> 37, () -> 8_000_000_000L, () -> 3_000_000_000L);
    }

    @Test
    void linuxDistributionKernelAndMemoryAsGopsutilReportsThem() throws Exception {
        OsInfo info = probe(fakeRoot("ubuntu"), "Linux").osInfo();
        // the same machine as the second real sample in conformance/rpc/stats/osInfo.json
        assertThat(info).isEqualTo(new OsInfo("linux", "ubuntu", "debian", "20.04", "5.13.0-1022-aws",
                16777961472L, 12365844480L, 4, 37));
    }

    @Test
    void minimalImageFallsBackToTheJvm() throws Exception {
        OsInfo info = probe(fakeRoot("bare"), "Linux").osInfo();
        assertThat(info).isEqualTo(new OsInfo("linux", "", "", "", "6.1.0-jvm", 8_000_000_000L, 3_000_000_000L, 4, 37));
        OsInfo mac = probe(fakeRoot("bare"), "Mac OS X").osInfo();
        assertThat(mac.os()).isEqualTo("darwin");
        assertThat(mac.platform()).isEqualTo("Mac OS X");
        assertThat(probe(fakeRoot("bare"), "Windows 11").osInfo().os()).isEqualTo("windows");
    }

    @Test
    void liveProbeOfThisMachine() {
        OsInfo info = SystemProbe.live().osInfo();
        assertThat(info.numCPU()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(info.memoryTotal()).isPositive();
        assertThat(info.memoryFree()).isBetween(0L, info.memoryTotal());
        assertThat(info.numGoroutine()).isPositive();
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertThat(info.os()).isEqualTo("linux");
            assertThat(info.kernelVersion()).isNotBlank();
        }
    }

    @Test
    void buildInfoComesFromTheJar() {
        BuildInfo b = BuildInfo.fromClasspath();
        assertThat(b.version()).startsWith("v0.").doesNotContain("${");
        assertThat(b.commit()).isNotBlank().doesNotContain("${");
    }

    /** Field names, order and JSON types of our results equal those of the real go-zenon samples. */
    @Test
    void resultShapesMatchRealGoZenonOutput() throws Exception {
        MethodRegistry registry = MethodRegistry.builder().addAll(StatsMethods.standalone()).build();
        try (RpcServer server = RpcServer.start(RpcConfig.defaults().withPorts(0, 0).withWs(false, 0), registry, SubscriptionSource.none());
             TestServerClient client = new TestServerClient(server.httpPort())) {
            for (String method : List.of("osInfo", "processInfo")) {
                JsonNode ours = client.call("stats." + method).get("result");
                JsonNode samples = TestServer.JSON.readTree(Files.readString(SharedData.resolve("conformance/rpc/stats/" + method + ".json")));
                for (JsonNode real : samples) {
                    assertThat(names(ours)).as(method).containsExactlyElementsOf(names(real));
                    for (String f : names(real)) {
                        assertThat(ours.get(f).getNodeType()).as(method + "." + f).isEqualTo(real.get(f).getNodeType());
                    }
                }
            }
        }
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    /** A plain HTTP client for a server started outside TestServer. */
    private record TestServerClient(java.net.http.HttpClient http, int port) implements AutoCloseable {
        TestServerClient(int port) {
            this(java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build(), port);
        }

        JsonNode call(String method) throws Exception {
            var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":[]}"))
                    .build();
            return TestServer.JSON.readTree(http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        }

        @Override
        public void close() {
            http.close();
        }
    }
}
