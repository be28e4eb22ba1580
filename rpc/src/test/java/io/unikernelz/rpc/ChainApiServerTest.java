package io.unikernelz.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.consensus.mock.MockZenon;
import io.unikernelz.core.json.GoJson;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.rpc.api.NodeServices;
import io.unikernelz.rpc.api.RpcApi;
import io.unikernelz.rpc.subscribe.ChainEventPublisher;
import io.unikernelz.rpc.subscribe.LedgerEventBus;
import io.unikernelz.vm.abi.Abis;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain-backed API behind the real server, as the node wires it: a mock chain, {@link RpcApi#registry}, and a
 * {@link ChainEventPublisher} feeding {@code ledger.subscribe}. A client publishes a block over HTTP and hears about
 * it over WebSocket once a momentum confirms it.
 */
class ChainApiServerTest {
    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    JsonNode post(RpcServer server, String body) throws IOException, InterruptedException {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + "/"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return TestServer.JSON.readTree(res.body());
    }

    JsonNode call(RpcServer server, String method, String params) throws IOException, InterruptedException {
        return post(server, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"" + method + "\",\"params\":" + params + "}");
    }

    static String subscribe(WsClient ws, String params) {
        JsonNode res = ws.call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ledger.subscribe\",\"params\":" + params + "}");
        assertThat(res.get("result").isTextual()).as("subscribe %s: %s", params, res).isTrue();
        return res.get("result").textValue();
    }

    static ObjectNode blockEvent(AccountBlock b) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("blockType", b.blockType());
        o.put("hash", b.hash().toString());
        o.put("height", b.height());
        o.put("address", b.address().toString());
        o.put("toAddress", b.toAddress().toString());
        o.put("fromHash", b.fromBlockHash().toString());
        return o;
    }

    /** What go-zenon notifies for a momentum: each confirmed block in content order, followed by its descendants. */
    static ArrayNode blockEvents(MockZenon z, Momentum m, Address only) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (AccountHeader h : m.content().headers()) {
            AccountBlock b = z.chain.read(ms -> ms.accountBlock(h)).orElseThrow();
            if (only == null || b.address().equals(only)) out.add(blockEvent(b));
            for (AccountBlock d : b.descendantBlocks()) if (only == null || d.address().equals(only)) out.add(blockEvent(d));
        }
        return out;
    }

    @Test
    void publishOverHttpAndHearAboutItOverWebSocket() throws Exception {
        JsonNode published = GoJson.parse(Files.readString(SharedData.resolve("conformance/blocks/devnet-go-zenon-rpc-output.json")))
                .get("records").get(1).get("publishRawTransactionParam");
        try (MockZenon z = new MockZenon(dir)) {
            LedgerEventBus events = new LedgerEventBus();
            z.chain.addListener(new ChainEventPublisher(events));
            NodeServices services = NodeServices.forChain(z.chain, z.supervisor, z.election);
            try (RpcServer server = RpcServer.start(RpcConfig.defaults().withPorts(0, 0), RpcApi.registry(services), events);
                 WsClient ws = WsClient.connect(http, URI.create("ws://127.0.0.1:" + server.wsPort() + "/"))) {
                Address user1 = z.g.user(1).address();
                Address user2 = z.g.user(2).address();
                String momentums = subscribe(ws, "[\"momentums\"]");
                String all = subscribe(ws, "[\"allAccountBlocks\"]");
                String byAddress = subscribe(ws, "[\"accountBlocksByAddress\",\"" + user1 + "\"]");
                String unreceived = subscribe(ws, "[\"unreceivedAccountBlocksByAddress\",\"" + user2 + "\"]");

                JsonNode res = call(server, "ledger.publishRawTransaction", "[" + published + "]");
                assertThat(res.has("result")).as("%s", res).isTrue();
                assertThat(res.get("result").isNull()).isTrue();
                Momentum m = z.insertNewMomentum();

                Map<String, JsonNode> got = new HashMap<>();
                for (int i = 0; i < 4; i++) {
                    JsonNode n = ws.nextJson();
                    assertThat(n.get("method").textValue()).isEqualTo("ledger.subscription");
                    got.put(n.get("params").get("subscription").textValue(), n.get("params").get("result"));
                }
                assertThat(got.get(momentums).toString()).isEqualTo("[{\"hash\":\"" + m.hash() + "\",\"height\":2}]");
                ArrayNode expected = blockEvents(z, m, null);
                assertThat(expected).hasSize(1);
                assertThat(expected.get(0).get("hash").textValue()).isEqualTo(published.get("hash").textValue());
                assertThat(got.get(all).toString()).isEqualTo(expected.toString());
                assertThat(got.get(byAddress).toString()).isEqualTo(expected.toString());
                assertThat(got.get(unreceived).toString()).isEqualTo(expected.toString());

                // a contract receive is notified with its descendant: cancelling a genesis fusion refunds the QSR
                z.callContract(AccountBlock.builder().address(user1).toAddress(Address.PLASMA).amount(BigInteger.ZERO)
                        .data(Abis.PLASMA.encodeMethod("CancelFuse", Hash.parse("117613e734b6cb0fd7b7583f5b0e863a3f0c856cd32fa36f1b60b464d068c5a6")))
                        .build());
                Momentum withSend = z.insertNewMomentum();
                Momentum withReceive = z.insertNewMomentum();
                assertThat(z.contractError(withSend.content().headers().stream()
                        .map(h -> z.chain.read(ms -> ms.accountBlock(h)).orElseThrow()).filter(AccountBlock::isSend).findFirst().orElseThrow()
                        .hash())).isEmpty();
                ArrayNode receiveEvents = blockEvents(z, withReceive, null);
                assertThat(receiveEvents.findValuesAsText("blockType")).contains("5", "4");
                Map<String, JsonNode> seen = new HashMap<>();
                // momentums and allAccountBlocks for both momentums, byAddress for user1's send, nothing for user2
                for (int i = 0; i < 5; i++) {
                    JsonNode n = ws.nextJson();
                    String id = n.get("params").get("subscription").textValue();
                    JsonNode result = n.get("params").get("result");
                    if (id.equals(all) && result.toString().contains("\"blockType\":5")) seen.put("receive", result);
                    else if (id.equals(byAddress)) seen.put("byAddress", result);
                }
                assertThat(seen.get("receive").toString()).isEqualTo(receiveEvents.toString());
                assertThat(seen.get("byAddress").toString()).isEqualTo(blockEvents(z, withSend, user1).toString());

                // node state
                assertThat(call(server, "stats.syncInfo", "[]").get("result").toString())
                        .isEqualTo("{\"state\":2,\"currentHeight\":4,\"targetHeight\":4}");
                assertThat(call(server, "stats.networkInfo", "[]").get("result").toString())
                        .isEqualTo("{\"numPeers\":0,\"peers\":[],\"self\":{\"publicKey\":\"\",\"ip\":\"127.0.0.1\",\"name\":\"*self*\"}}");
                // a batch mixing chain methods, errors and the standalone stats
                JsonNode batch = post(server, "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ledger.getFrontierMomentum\"},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"embedded.plasma.nope\",\"params\":[]},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"embedded.htlc.getById\",\"params\":[\"" + Hash.ZERO + "\"]},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"stats.processInfo\",\"params\":[]}]");
                assertThat(batch.get(0).get("result").get("height").asLong()).isEqualTo(4);
                assertThat(batch.get(1).get("error").toString())
                        .isEqualTo("{\"code\":-32601,\"message\":\"the method embedded.plasma.nope does not exist/is not available\"}");
                assertThat(batch.get(2).get("error").toString()).isEqualTo("{\"code\":-32000,\"message\":\"data non existent\"}");
                assertThat(batch.get(3).get("result").has("commit")).isTrue();
            }
        }
    }
}
