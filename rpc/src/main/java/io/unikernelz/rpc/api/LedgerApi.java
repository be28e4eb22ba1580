package io.unikernelz.rpc.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.chain.verifier.VerifierErrors;
import io.unikernelz.core.json.AccountBlockJson;
import io.unikernelz.core.json.JsonFormatException;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.rpc.Params;
import io.unikernelz.rpc.RpcException;
import io.unikernelz.rpc.RpcMethod;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.MomentumStore;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The {@code ledger} namespace (go-zenon {@code rpc/api/ledger.go}). */
final class LedgerApi {
    /** go-zenon unreceivedMaxPageIndex / unreceivedMaxPageSize / unreceivedQuerySize. */
    static final long UNRECEIVED_MAX_PAGE_INDEX = 10;
    static final long UNRECEIVED_MAX_PAGE_SIZE = 50;
    static final int UNRECEIVED_QUERY_SIZE = 500;

    private static final Pattern NONCE = Pattern.compile("[0-9a-fA-F]{16}");

    private final NodeServices services;
    private final LedgerAccess ledger;
    /** Publishing is one step at a time: execute against the frontier, then add to the pool. */
    private final Object publishLock = new Object();

    LedgerApi(NodeServices services) {
        this.services = services;
        this.ledger = services.ledger();
    }

    List<RpcMethod> methods() {
        return List.of(
                new ApiMethod("ledger.publishRawTransaction", 1, this::publishRawTransaction),
                new ApiMethod("ledger.getUnconfirmedBlocksByAddress", 3, this::unconfirmedBlocks),
                new ApiMethod("ledger.getFrontierAccountBlock", 1, this::frontierAccountBlock),
                new ApiMethod("ledger.getAccountBlockByHash", 1, this::accountBlockByHash),
                new ApiMethod("ledger.getAccountBlocksByHeight", 3, this::accountBlocksByHeight),
                new ApiMethod("ledger.getAccountBlocksByPage", 3, this::accountBlocksByPage),
                new ApiMethod("ledger.getAccountInfoByAddress", 1, this::accountInfo),
                new ApiMethod("ledger.getUnreceivedBlocksByAddress", 3, this::unreceivedBlocks),
                new ApiMethod("ledger.getFrontierMomentum", 0, p -> BlockShapes.momentum(Frontier.of(ledger).momentum)),
                new ApiMethod("ledger.getMomentumBeforeTime", 1, this::momentumBeforeTime),
                new ApiMethod("ledger.getMomentumByHash", 1, this::momentumByHash),
                new ApiMethod("ledger.getMomentumsByHeight", 2, this::momentumsByHeight),
                new ApiMethod("ledger.getMomentumsByPage", 2, this::momentumsByPage),
                new ApiMethod("ledger.getDetailedMomentumsByHeight", 2, this::detailedMomentumsByHeight));
    }

    // ---------------------------------------------------------------- publishing

    private Object publishRawTransaction(Params params) {
        JsonNode raw = params.raw(0);
        if (raw.isNull()) throw RpcException.serverError("parameter must not be null");
        AccountBlock block = parseBlock(raw);
        long ours = ledger.chainIdentifier();
        if (block.chainIdentifier() != 0 && block.chainIdentifier() != ours) {
            throw RpcException.serverError("the block has a different network Id (" + Long.toUnsignedString(block.chainIdentifier())
                    + ") from the node (" + Long.toUnsignedString(ours) + ")");
        }
        Frontier f = Frontier.of(ledger);
        if (!block.tokenStandard().equals(TokenStandard.ZERO)
                && Shapes.tokenInfo(f.store.account(Address.TOKEN).storageReader(), block.tokenStandard()).isEmpty()) {
            // go-zenon's text, typographic apostrophe included
            throw RpcException.serverError("ts doesn\u2019t exist");
        }
        synchronized (publishLock) {
            AccountBlockTransaction transaction = services.supervisor().applyBlock(block);
            services.publish().accept(transaction);
        }
        return null;
    }

    /**
     * The block as a client sends it (go-zenon {@code api.AccountBlock} JSON): missing members are zero, RPC extras
     * (token, confirmationDetail, pairedAccountBlock) are ignored, and a nonce that is not 16 hex digits is read as
     * zero, as go-zenon ignores its parse error.
     */
    static AccountBlock parseBlock(JsonNode raw) {
        if (!raw.isObject()) {
            throw RpcException.invalidParams("invalid argument 0: expected an account block object, got " + raw.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        ObjectNode node = ((ObjectNode) raw).deepCopy();
        rejectUnrepresentableAmount(node);
        JsonNode nonce = node.get("nonce");
        if (nonce == null || !nonce.isTextual() || !NONCE.matcher(nonce.textValue()).matches()) node.put("nonce", "0000000000000000");
        try {
            return AccountBlockJson.fromJson(node, "block");
        } catch (JsonFormatException e) {
            throw RpcException.invalidParams("invalid argument 0: " + e.getMessage());
        }
    }

    /**
     * A negative or wider-than-256-bit amount cannot be held by an account block here; go-zenon decodes it and its
     * verifier rejects it, so answer with the verifier's error.
     */
    private static void rejectUnrepresentableAmount(ObjectNode node) {
        JsonNode amount = node.get("amount");
        BigInteger value;
        try {
            value = amount == null || amount.isNull() ? BigInteger.ZERO
                    : amount.isIntegralNumber() ? amount.bigIntegerValue() : new BigInteger(amount.asText().isEmpty() ? "0" : amount.asText());
        } catch (NumberFormatException e) {
            return; // the block parser reports it
        }
        if (value.signum() >= 0 && value.bitLength() <= AccountBlock.AMOUNT_MAX_BITS) return;
        JsonNode type = node.get("blockType");
        boolean send = type != null && type.isIntegralNumber() && BlockType.isSend(type.longValue());
        if (!send) throw RpcException.serverError(VerifierErrors.AB_AMOUNT_MUST_BE_ZERO.message());
        throw RpcException.serverError((value.signum() < 0 ? VerifierErrors.AB_AMOUNT_NEGATIVE : VerifierErrors.AB_AMOUNT_TOO_BIG).message());
    }

    // ---------------------------------------------------------------- account blocks

    private Object unconfirmedBlocks(Params params) {
        Address address = params.address(0);
        long pageIndex = params.pageIndex(1);
        long pageSize = params.uint32(2);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        Frontier f = Frontier.of(ledger);
        List<AccountBlock> unconfirmed = ledger.unconfirmedBlocks(address);
        return blockList(new BlockShapes(f).accountBlocks(Paging.page(unconfirmed, pageIndex, pageSize)), unconfirmed.size(), false);
    }

    private Object frontierAccountBlock(Params params) {
        Address address = params.address(0);
        Frontier f = Frontier.of(ledger);
        return f.account(address).frontier().<JsonNode>map(b -> new BlockShapes(f).accountBlock(b)).orElse(Shapes.NODES.nullNode());
    }

    private Object accountBlockByHash(Params params) {
        Hash hash = params.hash(0);
        Frontier f = Frontier.of(ledger);
        return f.store.accountBlockByHash(hash).<JsonNode>map(b -> new BlockShapes(f).accountBlock(b)).orElse(Shapes.NODES.nullNode());
    }

    private Object accountBlocksByHeight(Params params) {
        Address address = params.address(0);
        long height = params.uint64(1);
        long count = params.uint64(2);
        return accountBlocksByHeight(Frontier.of(ledger), address, height, count);
    }

    private static ObjectNode accountBlocksByHeight(Frontier f, Address address, long height, long count) {
        Params.checkHeight(height);
        Params.checkCount(count);
        AccountStore account = f.account(address);
        Optional<AccountBlock> frontier = account.frontier();
        if (frontier.isEmpty()) return blockList(Shapes.NODES.arrayNode(), 0, false);
        List<AccountBlock> blocks = new ArrayList<>();
        for (long i = 0; i < count; i++) account.byHeight(height + i).ifPresent(blocks::add); // go's uint64 sum wraps too
        return blockList(new BlockShapes(f).accountBlocks(blocks), frontier.get().height(), false);
    }

    private Object accountBlocksByPage(Params params) {
        Address address = params.address(0);
        long pageIndex = params.pageIndex(1);
        long pageSize = params.uint32(2);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        Frontier f = Frontier.of(ledger);
        Optional<AccountBlock> frontier = f.account(address).frontier();
        if (frontier.isEmpty()) return blockList(Shapes.NODES.arrayNode(), 0, false);
        long[] window = pageWindow(frontier.get().height(), pageIndex, pageSize);
        if (window == null) return blockList(Shapes.NODES.arrayNode(), frontier.get().height(), false);
        ObjectNode answer = accountBlocksByHeight(f, address, window[0], window[1]);
        reverse((ArrayNode) answer.get("list"));
        return answer;
    }

    /**
     * The heights of page {@code pageIndex} counted from the top (go-zenon's By-Page arithmetic, including the uint32
     * sum {@code pageIndex + 1}): {start, count}, or null for a page past the bottom.
     */
    static long[] pageWindow(long frontierHeight, long pageIndex, long pageSize) {
        long pages = (pageIndex + 1) & 0xFFFF_FFFFL;
        long start = frontierHeight - pages * pageSize + 1;
        long count = pageSize;
        long tooMuch = 1 - start;
        if (tooMuch > 0) {
            start = 1;
            count -= tooMuch;
        }
        return count < 1 ? null : new long[] {start, count};
    }

    private Object accountInfo(Params params) {
        Address address = params.address(0);
        Frontier f = Frontier.of(ledger);
        AccountStore account = f.account(address);
        long height = account.frontier().map(AccountBlock::height).orElse(0L);
        // go's encoding/json prints map keys sorted
        Map<String, ObjectNode> balances = new TreeMap<>();
        for (Map.Entry<TokenStandard, BigInteger> e : account.balances().entrySet()) {
            Shapes.tokenInfo(f.store.account(Address.TOKEN).storageReader(), e.getKey()).ifPresent(token -> {
                ObjectNode info = Shapes.object();
                info.set("token", Shapes.token(token));
                info.put("balance", Shapes.big(e.getValue()));
                balances.put(e.getKey().toString(), info);
            });
        }
        ObjectNode o = Shapes.object();
        o.put("address", address.toString());
        o.put("accountHeight", height);
        ObjectNode map = o.putObject("balanceInfoMap");
        balances.forEach(map::set);
        return o;
    }

    private Object unreceivedBlocks(Params params) {
        Address address = params.address(0);
        long pageIndex = params.pageIndex(1);
        long pageSize = params.uint32(2);
        Params.checkPageSize(pageSize, UNRECEIVED_MAX_PAGE_SIZE);
        Params.checkPageIndexBelow(pageIndex, UNRECEIVED_MAX_PAGE_INDEX);
        Frontier f = Frontier.of(ledger);
        AccountStore account = f.account(address);
        List<Hash> hashes = f.store.mailbox(address).pendingHashes(UNRECEIVED_QUERY_SIZE);
        List<Optional<AccountBlock>> blocks = new ArrayList<>();
        for (Hash h : hashes) {
            if (account.isReceived(h)) continue;
            blocks.add(f.store.accountBlockByHash(h));
        }
        List<AccountBlock> page = Paging.page(blocks, pageIndex, pageSize).stream().flatMap(Optional::stream).toList();
        return blockList(new BlockShapes(f).accountBlocks(page), blocks.size(), hashes.size() == UNRECEIVED_QUERY_SIZE);
    }

    /** go-zenon {@code AccountBlockList}: {list, count, more}. */
    private static ObjectNode blockList(ArrayNode list, long count, boolean more) {
        ObjectNode o = Shapes.object();
        o.set("list", list);
        o.put("count", count);
        o.put("more", more);
        return o;
    }

    // ---------------------------------------------------------------- momentums

    private Object momentumBeforeTime(Params params) {
        long timestamp = params.int64(0);
        Frontier f = Frontier.of(ledger);
        return BlockShapes.momentumOrNull(momentumBeforeTime(f.store, f.momentum, timestamp));
    }

    /** The last momentum with a timestamp strictly before {@code unixSeconds} (go-zenon GetMomentumBeforeTime). */
    static Optional<Momentum> momentumBeforeTime(MomentumStore store, Momentum frontier, long unixSeconds) {
        if (frontier.timestamp() < unixSeconds) return Optional.of(frontier);
        long lo = 1;
        long hi = frontier.height();
        Optional<Momentum> best = Optional.empty();
        while (lo <= hi) {
            long mid = (lo + hi) >>> 1;
            Momentum m = store.momentumByHeight(mid).orElseThrow(() -> new IllegalStateException("momentum " + mid + " is missing"));
            if (m.timestamp() < unixSeconds) {
                best = Optional.of(m);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    private Object momentumByHash(Params params) {
        Hash hash = params.hash(0);
        return BlockShapes.momentumOrNull(Frontier.of(ledger).store.momentumByHash(hash));
    }

    private Object momentumsByHeight(Params params) {
        long height = params.uint64(0);
        long count = params.uint64(1);
        Frontier f = Frontier.of(ledger);
        return momentumList(f, momentumsByHeight(f, height, count));
    }

    private static List<Momentum> momentumsByHeight(Frontier f, long height, long count) {
        Params.checkHeight(height);
        Params.checkCount(count);
        List<Momentum> out = new ArrayList<>();
        long to = height + count; // uint64 arithmetic as in go: a wrapped range is empty
        for (long h = height; Long.compareUnsigned(h, to) < 0; h++) f.store.momentumByHeight(h).ifPresent(out::add);
        return out;
    }

    private static ObjectNode momentumList(Frontier f, List<Momentum> list) {
        ObjectNode o = Shapes.object();
        o.set("list", BlockShapes.momentums(list));
        o.put("count", f.momentum.height());
        return o;
    }

    private Object momentumsByPage(Params params) {
        long pageIndex = params.pageIndex(0);
        long pageSize = params.uint32(1);
        Params.checkPageSize(pageSize, Params.MAX_PAGE_SIZE);
        Frontier f = Frontier.of(ledger);
        long[] window = pageWindow(f.momentum.height(), pageIndex, pageSize);
        if (window == null) return momentumList(f, List.of());
        List<Momentum> list = new ArrayList<>(momentumsByHeight(f, window[0], window[1]));
        Collections.reverse(list);
        return momentumList(f, list);
    }

    private Object detailedMomentumsByHeight(Params params) {
        long height = params.uint64(0);
        long count = params.uint64(1);
        Params.checkCount(count);
        Frontier f = Frontier.of(ledger);
        BlockShapes shapes = new BlockShapes(f);
        ArrayNode list = Shapes.NODES.arrayNode();
        for (Momentum m : momentumsByHeight(f, height, count)) {
            List<AccountBlock> blocks = new ArrayList<>();
            m.content().headers().forEach(h -> f.store.accountBlock(h).ifPresent(blocks::add));
            ObjectNode detailed = list.addObject();
            detailed.set("blocks", shapes.accountBlocks(blocks));
            detailed.set("momentum", BlockShapes.momentum(m));
        }
        ObjectNode o = Shapes.object();
        o.set("list", list);
        o.put("count", f.momentum.height());
        return o;
    }

    private static void reverse(ArrayNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        Collections.reverse(items);
        array.removeAll();
        items.forEach(array::add);
    }
}
