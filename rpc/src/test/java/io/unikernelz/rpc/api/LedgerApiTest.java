package io.unikernelz.rpc.api;

import static io.unikernelz.rpc.api.Harness.heights;
import static io.unikernelz.rpc.api.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.chain.genesis.MockGenesis;
import io.unikernelz.consensus.mock.MockZenon;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger namespace against go-zenon's own RPC expectations (vm/embedded/tests/rpc_ledger_test.go). */
class LedgerApiTest {
    @TempDir
    Path dir;

    static final long ZEXP = MockGenesis.ZEXP;

    static AccountBlock send(Address from, Address to, long amount) {
        return AccountBlock.builder().address(from).toAddress(to).tokenStandard(TokenStandard.ZNN).amount(BigInteger.valueOf(amount)).build();
    }

    /** go-zenon simpleSendSetup: User1 sends 100 ZNN to User2, who receives it; each step cemented. */
    static void simpleSendSetup(Harness h) {
        h.z.insertSendBlock(send(h.z.g.user(1).address(), h.z.g.user(2).address(), 100 * ZEXP), null, MockZenon.SKIP_VM_CHANGES);
        h.z.insertNewMomentum();
        h.autoreceive(h.z.g.user(2).address());
        h.z.insertNewMomentum();
    }

    @Test
    void accountBlocksByHeightIsByteForByteGoZenons() {
        JsonNode expected = Shared.json("conformance/blocks/devnet-go-zenon-rpc-output.json").get("records").get(0).get("rpcResult");
        try (Harness h = new Harness(dir)) {
            simpleSendSetup(h);
            JsonNode actual = h.call("ledger.getAccountBlocksByHeight", h.z.g.user(1).address(), 2, 1);
            assertThat(text(actual)).isEqualTo(text(expected));
        }
    }
}
