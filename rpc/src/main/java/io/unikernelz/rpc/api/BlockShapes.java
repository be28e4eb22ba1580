package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.json.AccountBlockJson;
import io.unikernelz.core.json.MomentumJson;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.ledger.MomentumStore;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Ledger results as go-zenon's API builds them ({@code rpc/api/ledger_types.go}): an RPC account block is the block
 * JSON plus {@code token}, {@code confirmationDetail} and {@code pairedAccountBlock}; an RPC momentum is the momentum
 * JSON plus {@code producer}. Everything is read from the frontier momentum store, so unconfirmed blocks have no
 * confirmation detail and pair only with confirmed blocks.
 */
final class BlockShapes {
    private final MomentumStore store;
    private final Momentum frontier;
    private final Momentum genesis;

    BlockShapes(Frontier f) {
        this.store = f.store;
        this.frontier = f.momentum;
        this.genesis = f.ledger.genesisMomentum();
    }

    // ---- account blocks

    ArrayNode accountBlocks(List<AccountBlock> blocks) {
        ArrayNode a = Shapes.NODES.arrayNode();
        for (AccountBlock b : blocks) a.add(accountBlock(b));
        return a;
    }

    /** go-zenon {@code ledgerAccountBlockToRpc}: the block with its token, confirmation and paired block. */
    ObjectNode accountBlock(AccountBlock block) {
        ObjectNode o = plain(block);
        o.set("token", Shapes.orNull(token(block.tokenStandard())));
        o.set("confirmationDetail", Shapes.orNull(confirmation(block.hash())));
        o.set("pairedAccountBlock", Shapes.orNull(paired(block)));
        return o;
    }

    /**
     * The block JSON of a copy as go-zenon's {@code AccountBlock.Copy} makes it: {@code data} becomes empty bytes
     * (printed "") when absent, in the descendants too.
     */
    private static ObjectNode plain(AccountBlock block) {
        return AccountBlockJson.toJson(copy(block));
    }

    private static AccountBlock copy(AccountBlock b) {
        List<AccountBlock> descendants = new ArrayList<>(b.descendantBlocks().size());
        for (AccountBlock d : b.descendantBlocks()) descendants.add(copy(d));
        return b.toBuilder().data(b.data()).descendantBlocks(descendants).build();
    }

    private ObjectNode token(TokenStandard zts) {
        if (zts.equals(TokenStandard.ZERO)) return null;
        return Shapes.tokenInfo(store.account(Address.TOKEN).storageReader(), zts).map(Shapes::token).orElse(null);
    }

    /** go-zenon {@code addConfirmationInfo}: only for blocks a momentum up to the frontier confirmed. */
    private ObjectNode confirmation(Hash blockHash) {
        long height = store.confirmationHeight(blockHash);
        if (height == 0) return null;
        Optional<Momentum> m = store.momentumByHeight(height);
        if (m.isEmpty() || m.get().height() > frontier.height()) return null;
        return confirmationDetail(m.get());
    }

    private ObjectNode confirmationDetail(Momentum m) {
        ObjectNode o = Shapes.object();
        o.put("numConfirmations", frontier.height() - m.height() + 1);
        o.put("momentumHeight", m.height());
        o.put("momentumHash", m.hash().toString());
        o.put("momentumTimestamp", m.timestamp());
        return o;
    }

    /** go-zenon {@code prefetchPaired}. */
    private ObjectNode paired(AccountBlock block) {
        if (block.blockType() == BlockType.GENESIS_RECEIVE) {
            // go-zenon pairs a genesis block with a blank contract send "confirmed" by the genesis momentum; that
            // block is built, not copied, so its data stays nil (printed null)
            AccountBlock blank = AccountBlock.builder().blockType(BlockType.CONTRACT_SEND).amount(BigInteger.ZERO).build();
            ObjectNode o = AccountBlockJson.toJson(blank);
            o.putNull("token");
            o.set("confirmationDetail", confirmationDetail(genesis));
            o.putNull("pairedAccountBlock");
            return o;
        }
        Optional<AccountBlock> other = block.isSend()
                ? blockWhichReceives(block.hash())
                : store.accountBlockByHash(block.fromBlockHash());
        return other.map(p -> {
            ObjectNode o = plain(p);
            o.set("token", Shapes.orNull(token(p.tokenStandard())));
            o.set("confirmationDetail", Shapes.orNull(confirmation(p.hash())));
            o.putNull("pairedAccountBlock");
            return o;
        }).orElse(null);
    }

    /** go-zenon {@code GetBlockWhichReceives}: the confirmed receive of a confirmed send. */
    private Optional<AccountBlock> blockWhichReceives(Hash sendHash) {
        return store.accountBlockByHash(sendHash)
                .flatMap(send -> store.mailbox(send.address()).blockWhichReceives(sendHash))
                .flatMap(store::accountBlock);
    }

    // ---- momentums

    /** go-zenon {@code ledgerMomentumToRpc}: the momentum plus producer; absent data is printed as "". */
    static ObjectNode momentum(Momentum m) {
        ObjectNode o = MomentumJson.toRpcJson(m);
        o.put("data", Base64.getEncoder().encodeToString(m.data()));
        return o;
    }

    static ArrayNode momentums(List<Momentum> list) {
        return Shapes.array(list, BlockShapes::momentum);
    }

    static JsonNode momentumOrNull(Optional<Momentum> m) {
        return m.<JsonNode>map(BlockShapes::momentum).orElse(Shapes.NODES.nullNode());
    }
}
