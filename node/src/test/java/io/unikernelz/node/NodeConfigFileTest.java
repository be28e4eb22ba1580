package io.unikernelz.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.rpc.RpcConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeConfigFileTest {
    @TempDir
    Path dir;

    @Test
    void operatorSetsRpcLimitsInConfigJsonAndUnsetOnesKeepSafeDefaults() throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, """
                {"DataPath": "/var/lib/znn", "rpc": {"HTTPPort": 41000, "MaxRequestBytes": 65536, "maxBatchLength": 10,
                 "MaxWSConnections": 4, "HTTPCors": ["https://wallet.example"]}}
                """);
        NodeConfigFile cfg = NodeConfigFile.read(file);
        assertThat(cfg.dataPath()).isEqualTo("/var/lib/znn");
        assertThat(cfg.httpPort()).isEqualTo(41000);
        RpcConfig rpc = cfg.applyLimits(RpcConfig.defaults());
        assertThat(rpc.maxRequestBytes()).isEqualTo(65536);
        assertThat(rpc.maxBatchSize()).isEqualTo(10);
        assertThat(rpc.maxWsConnections()).isEqualTo(4);
        assertThat(rpc.maxSubscriptionsPerConnection()).isEqualTo(RpcConfig.defaults().maxSubscriptionsPerConnection());
        assertThat(rpc.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(cfg.origins()).containsExactly("https://wallet.example");
    }

    @Test
    void nonsenseLimitsAreRefusedNamingTheSetting() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"RPC\": {\"MaxBatchLength\": 0}}");
        NodeConfigFile cfg = NodeConfigFile.read(file);
        assertThatThrownBy(() -> cfg.applyLimits(RpcConfig.defaults())).hasMessageContaining("maxBatchSize");
    }
}
