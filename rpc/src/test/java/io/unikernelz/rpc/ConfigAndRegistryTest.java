package io.unikernelz.rpc;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigAndRegistryTest {
    @Test
    void defaultsAreSafe() {
        RpcConfig c = RpcConfig.defaults();
        assertThat(c.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(c.httpPort()).isEqualTo(35997);
        assertThat(c.wsPort()).isEqualTo(35998);
        assertThat(c.maxRequestBytes()).isEqualTo(5 * 1024 * 1024);
        assertThat(c.maxBatchSize()).isEqualTo(100);
        assertThat(c.allowedOrigins()).isEmpty();
        assertThat(c.httpEnabled()).isTrue();
        assertThat(c.wsEnabled()).isTrue();
    }

    @Test
    void invalidSettingsAreRejectedWithTheirName() {
        RpcConfig c = RpcConfig.defaults();
        assertThatThrownBy(() -> c.withPorts(70000, 1)).hasMessageContaining("HTTP port must be 0..65535, got 70000");
        assertThatThrownBy(() -> c.withPorts(1234, 1234)).hasMessageContaining("ports must differ");
        assertThatThrownBy(() -> c.withLimits(0, 1, 1, 1)).hasMessageContaining("maxRequestBytes must be positive");
        assertThatThrownBy(() -> c.withBindAddress(" ")).hasMessageContaining("bind address is empty");
        assertThatThrownBy(() -> c.withAllowedOrigins(List.of(""))).hasMessageContaining("allowed origin is empty");
        assertThatThrownBy(() -> c.withTimeouts(Duration.ZERO, Duration.ZERO)).hasMessageContaining("idleTimeout must be positive");
        assertThatThrownBy(() -> new OriginPolicy(List.of("http://"))).hasMessageContaining("is not scheme://host[:port]");
        assertThat(c.withAllowedOrigins(List.of(" HTTPS://Wallet.Example/ ")).allowedOrigins()).containsExactly("https://wallet.example");
    }

    @Test
    void originRulesFollowGoZenon() {
        OriginPolicy none = new OriginPolicy(List.of());
        assertThat(none.allows(null)).isTrue();
        assertThat(none.allows("http://localhost:3000")).isFalse();
        assertThat(none.allows("null")).isFalse();

        OriginPolicy rules = new OriginPolicy(List.of("https://wallet.example", "http://localhost:3000", "explorer.example"));
        assertThat(rules.allows("https://wallet.example")).isTrue();
        assertThat(rules.allows("https://wallet.example:8443")).as("no port in the rule = any port").isTrue();
        assertThat(rules.allows("http://wallet.example")).as("scheme must match").isFalse();
        assertThat(rules.allows("http://localhost:3000")).isTrue();
        assertThat(rules.allows("http://localhost:3001")).isFalse();
        assertThat(rules.allows("chrome-extension://explorer.example")).as("bare host: any scheme").isTrue();
        assertThat(rules.allows("https://sub.explorer.example")).isFalse();

        OriginPolicy any = new OriginPolicy(List.of("*"));
        assertThat(any.allows("https://anything.example")).isTrue();
        assertThat(any.allowsHost("node.example.com")).isTrue();

        assertThat(none.allowsHost("127.0.0.1:35997")).isTrue();
        assertThat(none.allowsHost("[::1]:35997")).isTrue();
        assertThat(none.allowsHost("localhost:35997")).isTrue();
        assertThat(none.allowsHost("rebind.attacker.example:35997")).isFalse();
        assertThat(rules.allowsHost("explorer.example")).isTrue();
    }

    @Test
    void registryRejectsDuplicatesAndReservedNames() {
        RpcMethod a = TestMethods.method("ledger.getFrontierMomentum", p -> null);
        MethodRegistry r = MethodRegistry.of(a, TestMethods.method("stats.osInfo", p -> null));
        assertThat(r.names()).containsExactly("ledger.getFrontierMomentum", "stats.osInfo");
        assertThat(r.find("ledger.getFrontierMomentum")).containsSame(a);
        assertThat(r.find("ledger.nope")).isEmpty();
        assertThatThrownBy(() -> MethodRegistry.of(a, a)).hasMessage("RPC method ledger.getFrontierMomentum is registered twice");
        assertThatThrownBy(() -> MethodRegistry.of(TestMethods.method("ledger.subscribe", p -> null)))
                .hasMessageContaining("reserved for subscriptions");
        assertThatThrownBy(() -> MethodRegistry.of(TestMethods.method("nonamespace", p -> null)))
                .hasMessageContaining("must be <namespace>.<method>");
        assertThatThrownBy(() -> MethodRegistry.of(TestMethods.method("a. b", p -> null))).hasMessageContaining("whitespace");
    }
}
