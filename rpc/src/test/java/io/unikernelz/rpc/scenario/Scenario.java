package io.unikernelz.rpc.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.chain.genesis.MockGenesis;
import io.unikernelz.consensus.mock.MockZenon;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.rpc.MethodRegistry;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcJson;
import io.unikernelz.rpc.api.NodeServices;
import io.unikernelz.rpc.api.RpcApi;
import io.unikernelz.vm.NomError;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A go-zenon scenario test's world: the mock node ({@link MockZenon}) and the RPC API on top of it, called the way
 * the server calls a method (positional JSON params in, the result as the tree the server would send).
 */
final class Scenario implements AutoCloseable {
    static final long ZEXP = MockGenesis.ZEXP;
    private static final ObjectMapper JSON = RpcJson.newMapper();

    final MockZenon z;
    private final MethodRegistry rpc;

    Scenario(MockZenon z) {
        this.z = z;
        this.rpc = MethodRegistry.builder().addAll(RpcApi.chainMethods(NodeServices.forChain(z.chain, z.supervisor, z.election))).build();
    }

    Address user(int oneBased) {
        return z.g.user(oneBased).address();
    }

    /** Runs an RPC method; its RpcException (go-zenon's returned error) propagates. */
    JsonNode call(String method, Object... args) {
        String params;
        try {
            params = JSON.writeValueAsString(Arrays.asList(args));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode params of " + method, e);
        }
        Object result = rpc.find(method).orElseThrow(() -> new AssertionError("no RPC method " + method)).response(Params.fromJson(params));
        return JSON.valueToTree(result);
    }

    /** common.Json(result).Equals(t, expected). */
    static void expectJson(JsonNode actual, String expected) {
        assertThat(GoText.indented(actual)).isEqualTo(GoText.expected(expected));
    }

    /** common.Json(result).HideHashes().Equals(t, expected). */
    static void expectJsonHidingHashes(JsonNode actual, String expected) {
        assertThat(GoText.hideHashes(GoText.indented(actual))).isEqualTo(GoText.expected(expected));
    }

    /** A template like go-zenon's {@code &nom.AccountBlock{...}} literals: unset token and amount are zero. */
    static AccountBlock.Builder block(Address from, Address to) {
        return AccountBlock.builder().address(from).toAddress(to).tokenStandard(TokenStandard.ZERO).amount(BigInteger.ZERO);
    }

    static AccountBlock.Builder transfer(Address from, Address to, TokenStandard zts, long amount) {
        return block(from, to).tokenStandard(zts).amount(BigInteger.valueOf(amount));
    }

    /** The send's header as an RPC account block shows it. */
    static AccountHeader header(JsonNode rpcBlock) {
        return new AccountHeader(Address.parse(rpcBlock.get("address").textValue()), Hash.parse(rpcBlock.get("hash").textValue()),
                rpcBlock.get("height").asLong());
    }

    /** A momentum's identifier as the RPC shows it. */
    static HashHeight identifier(JsonNode rpcMomentum) {
        return new HashHeight(Hash.parse(rpcMomentum.get("hash").textValue()), rpcMomentum.get("height").asLong());
    }

    /** go-zenon's test helper autoreceive: receives every block ledger.getUnreceivedBlocksByAddress(address, 0, 50) lists. */
    void autoreceive(Address address) {
        for (JsonNode send : call("ledger.getUnreceivedBlocksByAddress", address, 0, 50).get("list")) {
            z.insertReceiveBlock(header(send), null, null, MockZenon.SKIP_VM_CHANGES);
        }
    }

    /** go-zenon mock CallContract: the send; {@link #expectContractResult} checks how the contract received it. */
    AccountBlock callContract(AccountBlock.Builder template) {
        return z.callContract(template.build());
    }

    /** {@code CallContract(...).Error(t, expected)}: the error the contract's receive returned, or none. */
    void expectContractResult(AccountBlock send, NomError expected) {
        assertThat(z.contractError(send.hash())).as("contract result of %s", send.hash()).isEqualTo(Optional.ofNullable(expected));
    }

    /** Embedded-contract log lines (go-zenon SaveLogs(common.EmbeddedLogger)) as log15's logfmt prints them. */
    List<String> embeddedLog() {
        List<String> out = new ArrayList<>();
        for (String line : z.vmLogLines()) if (line.contains(" module=embedded")) out.add(line);
        return out;
    }

    /** SaveLogs(common.EmbeddedLogger).HideHashes().Equals(t, expected). */
    void expectEmbeddedLogHidingHashes(String expected) {
        assertThat(GoText.hideHashes(String.join("\n", embeddedLog()))).isEqualTo(GoText.expected(expected));
    }

    @Override
    public void close() {
        z.close();
    }
}
