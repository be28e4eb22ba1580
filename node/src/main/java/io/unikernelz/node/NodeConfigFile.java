package io.unikernelz.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The subset of go-zenon's {@code config.json} (node/config.go) this node honours: DataPath, GenesisFile, Producer
 * (KeyFilePath, Password, Index, Address) and RPC (EnableHTTP, EnableWS, HTTPHost, HTTPPort, WSHost, WSPort, HTTPCors,
 * WSOrigins), plus this node's RPC limits (RPC.MaxRequestBytes, MaxBatchLength, MaxWSConnections,
 * MaxSubscriptionsPerConnection). Keys match case-insensitively, as in Go. Absent values stay null so command-line
 * flags and defaults apply.
 */
public record NodeConfigFile(String dataPath, String genesisFile, String producerKeyFile, String producerPassword,
                             Integer producerIndex, String producerAddress, Boolean enableHttp, Boolean enableWs,
                             String httpHost, Integer httpPort, String wsHost, Integer wsPort, List<String> origins,
                             Integer maxRequestBytes, Integer maxBatchLength, Integer maxWsConnections,
                             Integer maxSubscriptionsPerConnection) {
    public static final NodeConfigFile EMPTY = new NodeConfigFile(null, null, null, null, null, null, null, null, null, null, null, null,
            List.of(), null, null, null, null);

    /** The RPC settings of this file applied over {@code base} (limits left unset keep the base's safe defaults). */
    public io.unikernelz.rpc.RpcConfig applyLimits(io.unikernelz.rpc.RpcConfig base) {
        return base.withLimits(
                maxRequestBytes != null ? maxRequestBytes : base.maxRequestBytes(),
                maxBatchLength != null ? maxBatchLength : base.maxBatchSize(),
                maxWsConnections != null ? maxWsConnections : base.maxWsConnections(),
                maxSubscriptionsPerConnection != null ? maxSubscriptionsPerConnection : base.maxSubscriptionsPerConnection());
    }

    public static NodeConfigFile read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) throw new IOException("config file " + file + " must hold a JSON object");
        JsonNode producer = field(root, "Producer");
        JsonNode rpc = field(root, "RPC");
        List<String> origins = new ArrayList<>();
        for (String k : List.of("HTTPCors", "WSOrigins")) {
            JsonNode list = field(rpc, k);
            if (list != null && list.isArray()) list.forEach(n -> origins.add(n.asText()));
        }
        return new NodeConfigFile(text(root, "DataPath"), text(root, "GenesisFile"), text(producer, "KeyFilePath"),
                text(producer, "Password"), integer(producer, "Index"), text(producer, "Address"), bool(rpc, "EnableHTTP"),
                bool(rpc, "EnableWS"), text(rpc, "HTTPHost"), integer(rpc, "HTTPPort"), text(rpc, "WSHost"), integer(rpc, "WSPort"),
                List.copyOf(origins), integer(rpc, "MaxRequestBytes"), integer(rpc, "MaxBatchLength"), integer(rpc, "MaxWSConnections"),
                integer(rpc, "MaxSubscriptionsPerConnection"));
    }

    private static JsonNode field(JsonNode obj, String name) {
        if (obj == null || !obj.isObject()) return null;
        for (var e : obj.properties()) {
            if (e.getKey().equalsIgnoreCase(name)) return e.getValue().isNull() ? null : e.getValue();
        }
        return null;
    }

    private static String text(JsonNode obj, String name) {
        JsonNode n = field(obj, name);
        return n == null || n.asText().isEmpty() ? null : n.asText();
    }

    private static Integer integer(JsonNode obj, String name) {
        JsonNode n = field(obj, name);
        return n == null ? null : n.asInt();
    }

    private static Boolean bool(JsonNode obj, String name) {
        JsonNode n = field(obj, name);
        return n == null ? null : n.asBoolean();
    }
}
