package io.unikernelz.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.rpc.subscribe.AccountBlockEvent;
import io.unikernelz.rpc.subscribe.LedgerEventListener;
import io.unikernelz.rpc.subscribe.MomentumEvent;
import io.unikernelz.rpc.subscribe.SubscriptionKind;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Owns every live subscription and turns chain events into go-zenon's notifications
 * ({@code rpc/api/subscribe/api.go}): momentums get {@code [{hash,height}]}; account blocks
 * (each followed by its descendants) get {@code [{blockType,hash,height,address,toAddress,fromHash}]},
 * all of them for {@code allAccountBlocks}, those of the address for
 * {@code accountBlocksByAddress}, and the sends to the address for
 * {@code unreceivedAccountBlocksByAddress}. A momentum without blocks notifies no block
 * subscriber.
 *
 * <p>Events are queued and fanned out on one thread so the chain's writer never waits for
 * RPC clients; like go-zenon, events beyond a full queue are dropped (and logged).
 */
final class SubscriptionManager implements LedgerEventListener, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SubscriptionManager.class.getName());
    private static final int QUEUE_CAPACITY = 1024;

    private record MomentumPayload(Hash hash, long height) {}

    private record BlockPayload(long blockType, Hash hash, long height, Address address, Address toAddress, Hash fromHash) {
        static BlockPayload of(AccountBlockEvent b) {
            return new BlockPayload(b.blockType(), b.hash(), b.height(), b.address(), b.toAddress(), b.fromHash());
        }
    }

    private final ObjectMapper mapper;
    private final int maxPerSession;
    private final Supplier<String> ids;
    private final Map<SubscriptionKind, Set<Subscription>> byKind = new EnumMap<>(SubscriptionKind.class);
    private final BlockingQueue<MomentumEvent> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread worker;
    private volatile boolean closed;

    SubscriptionManager(ObjectMapper mapper, int maxPerSession, Supplier<String> ids) {
        this.mapper = mapper;
        this.maxPerSession = maxPerSession;
        this.ids = ids;
        for (SubscriptionKind k : SubscriptionKind.values()) byKind.put(k, ConcurrentHashMap.newKeySet());
        this.worker = Thread.ofVirtual().name("rpc-subscriptions").unstarted(this::run);
    }

    void start() {
        worker.start();
    }

    /** Creates an inactive subscription; the caller activates it once the response is written. */
    Subscription subscribe(Session session, SubscriptionKind kind, Address address) {
        if (closed) throw RpcException.serverError("the RPC server is shutting down");
        Map<String, Subscription> own = session.subscriptionMap();
        synchronized (session) {
            if (session.isClosed()) throw RpcException.serverError("the connection is closing");
            if (own.size() >= maxPerSession) {
                throw RpcException.serverError("too many subscriptions on this connection (at most " + maxPerSession + ")");
            }
            String id;
            do {
                id = ids.get();
            } while (own.containsKey(id));
            Subscription sub = new Subscription(id, kind, address, session);
            own.put(id, sub);
            byKind.get(kind).add(sub);
            return sub;
        }
    }

    /** go-zenon's unsubscribe: only the connection that made a subscription can end it. */
    boolean unsubscribe(Session session, String id) {
        Subscription sub = session.subscriptionMap().remove(id);
        if (sub == null) return false;
        remove(sub);
        return true;
    }

    void sessionClosed(Session session) {
        synchronized (session) {
            session.markClosed();
            for (Subscription sub : session.subscriptions()) {
                session.subscriptionMap().remove(sub.id());
                remove(sub);
            }
        }
    }

    int count() {
        return byKind.values().stream().mapToInt(Set::size).sum();
    }

    private void remove(Subscription sub) {
        sub.close();
        byKind.get(sub.kind()).remove(sub);
    }

    @Override
    public void momentumInserted(MomentumEvent event) {
        if (closed || event == null) return;
        if (!queue.offer(event)) {
            LOG.log(Level.WARNING, "RPC subscription queue full, dropping notifications of momentum {0} at height {1}",
                    event.hash(), Long.toUnsignedString(event.height()));
        }
    }

    private void run() {
        while (!closed) {
            MomentumEvent event;
            try {
                event = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                dispatch(event);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "RPC subscription fan-out failed for momentum " + event.hash(), e);
            }
        }
    }

    /** Sends the notifications of one event (on the caller's thread). */
    void dispatch(MomentumEvent event) {
        Set<Subscription> momentumSubs = byKind.get(SubscriptionKind.MOMENTUMS);
        if (!momentumSubs.isEmpty()) {
            String payload = json(List.of(new MomentumPayload(event.hash(), event.height())));
            momentumSubs.forEach(s -> s.deliver(payload));
        }
        List<AccountBlockEvent> blocks = new ArrayList<>();
        for (AccountBlockEvent b : event.accountBlocks()) blocks.addAll(b.flatten());
        if (blocks.isEmpty()) return;

        Set<Subscription> all = byKind.get(SubscriptionKind.ALL_ACCOUNT_BLOCKS);
        if (!all.isEmpty()) {
            String payload = json(blocks.stream().map(BlockPayload::of).toList());
            all.forEach(s -> s.deliver(payload));
        }
        Map<Address, List<BlockPayload>> byAddress = new LinkedHashMap<>();
        Map<Address, List<BlockPayload>> unreceivedByAddress = new LinkedHashMap<>();
        for (AccountBlockEvent b : blocks) {
            byAddress.computeIfAbsent(b.address(), a -> new ArrayList<>()).add(BlockPayload.of(b));
            if (b.isSend()) unreceivedByAddress.computeIfAbsent(b.toAddress(), a -> new ArrayList<>()).add(BlockPayload.of(b));
        }
        deliverByAddress(byKind.get(SubscriptionKind.ACCOUNT_BLOCKS_BY_ADDRESS), byAddress);
        deliverByAddress(byKind.get(SubscriptionKind.UNRECEIVED_ACCOUNT_BLOCKS_BY_ADDRESS), unreceivedByAddress);
    }

    private void deliverByAddress(Set<Subscription> subs, Map<Address, List<BlockPayload>> grouped) {
        if (subs.isEmpty() || grouped.isEmpty()) return;
        Map<Address, String> encoded = new HashMap<>();
        for (Subscription s : subs) {
            List<BlockPayload> mine = grouped.get(s.address());
            if (mine != null) s.deliver(encoded.computeIfAbsent(s.address(), a -> json(mine)));
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode subscription payload: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Set<Subscription> subs : byKind.values()) {
            subs.forEach(Subscription::close);
            subs.clear();
        }
    }
}
