package io.unikernelz.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.rpc.subscribe.AccountBlockEvent;
import io.unikernelz.rpc.subscribe.MomentumEvent;
import io.unikernelz.rpc.subscribe.SubscriptionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fan-out rules and activation order, without a network (dispatch runs on the test thread). */
class SubscriptionManagerTest {
    private final SubscriptionManager manager = new SubscriptionManager(RpcJson.newMapper(), 4, new SubscriptionIds());

    @AfterEach
    void close() {
        manager.close();
    }

    private static final class Sink {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final Session session = new Session("test", sent::add);

        List<JsonNode> results() {
            return sent.stream().map(s -> {
                try {
                    return TestServer.JSON.readTree(s).get("params").get("result");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
        }
    }

    private static final Address A = Address.parse("z1qqwttth8sj5fchuqyr0ctum63hax2rqfyswk8y");
    private static final Address B = Address.parse("z1qqw8f3qxx9zg92xgckqdpfws3dw07d26afsj74");

    private static Hash h(int b) {
        byte[] x = new byte[32];
        java.util.Arrays.fill(x, (byte) b);
        return Hash.wrap(x);
    }

    @Test
    void notificationsWaitForActivationAndKeepTheirOrder() {
        Sink sink = new Sink();
        Subscription sub = manager.subscribe(sink.session, SubscriptionKind.MOMENTUMS, null);
        manager.dispatch(Events.empty(1));
        manager.dispatch(Events.empty(2));
        assertThat(sink.sent).as("nothing before the subscribe answer is written").isEmpty();
        sub.activate();
        manager.dispatch(Events.empty(3));
        assertThat(sink.results()).extracting(r -> r.get(0).get("height").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(sink.sent.getFirst()).isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"ledger.subscription\",\"params\":{\"subscription\":\""
                + sub.id() + "\",\"result\":[{\"hash\":\"" + Events.empty(1).hash() + "\",\"height\":1}]}}");
    }

    @Test
    void momentumWithoutBlocksNotifiesNoBlockSubscriber() {
        Sink sink = new Sink();
        manager.subscribe(sink.session, SubscriptionKind.ALL_ACCOUNT_BLOCKS, null).activate();
        manager.subscribe(sink.session, SubscriptionKind.ACCOUNT_BLOCKS_BY_ADDRESS, A).activate();
        manager.dispatch(Events.empty(5));
        assertThat(sink.sent).isEmpty();
    }

    @Test
    void unreceivedOnlyCountsSendsToTheAddress() {
        Sink sink = new Sink();
        manager.subscribe(sink.session, SubscriptionKind.UNRECEIVED_ACCOUNT_BLOCKS_BY_ADDRESS, A).activate();
        // a receive on A and a send from B to A, a send from A to B
        AccountBlockEvent receiveOnA = new AccountBlockEvent(3, h(1), 2, A, Address.ZERO, h(9));
        AccountBlockEvent sendToA = new AccountBlockEvent(2, h(2), 5, B, A, Hash.ZERO);
        AccountBlockEvent sendToB = new AccountBlockEvent(2, h(3), 3, A, B, Hash.ZERO);
        manager.dispatch(new MomentumEvent(h(7), 9, List.of(receiveOnA, sendToA, sendToB)));
        assertThat(sink.results()).hasSize(1);
        assertThat(sink.results().getFirst()).hasSize(1);
        assertThat(sink.results().getFirst().get(0).get("hash").asText()).isEqualTo(h(2).toString());
    }

    @Test
    void byAddressListsBlocksInMomentumOrderWithDescendantsAfterTheirParent() {
        Sink sink = new Sink();
        manager.subscribe(sink.session, SubscriptionKind.ACCOUNT_BLOCKS_BY_ADDRESS, A).activate();
        AccountBlockEvent child = new AccountBlockEvent(4, h(5), 11, A, B, Hash.ZERO);
        AccountBlockEvent parent = new AccountBlockEvent(5, h(4), 10, A, Address.ZERO, h(8), List.of(child));
        AccountBlockEvent other = new AccountBlockEvent(2, h(6), 1, B, A, Hash.ZERO);
        AccountBlockEvent last = new AccountBlockEvent(2, h(3), 12, A, B, Hash.ZERO);
        manager.dispatch(new MomentumEvent(h(7), 9, List.of(parent, other, last)));
        assertThat(sink.results().getFirst()).extracting(n -> n.get("height").asLong()).containsExactly(10L, 11L, 12L);
    }

    @Test
    void limitPerSessionAndCleanupOnClose() {
        Sink sink = new Sink();
        for (int i = 0; i < 4; i++) manager.subscribe(sink.session, SubscriptionKind.MOMENTUMS, null);
        assertThatThrownBy(() -> manager.subscribe(sink.session, SubscriptionKind.MOMENTUMS, null))
                .isInstanceOfSatisfying(RpcException.class, e -> {
                    assertThat(e.code()).isEqualTo(-32000);
                    assertThat(e.getMessage()).isEqualTo("too many subscriptions on this connection (at most 4)");
                });
        Sink other = new Sink();
        manager.subscribe(other.session, SubscriptionKind.MOMENTUMS, null).activate();
        assertThat(manager.count()).isEqualTo(5);

        manager.sessionClosed(sink.session);
        assertThat(manager.count()).isEqualTo(1);
        assertThatThrownBy(() -> manager.subscribe(sink.session, SubscriptionKind.MOMENTUMS, null))
                .isInstanceOf(RpcException.class).hasMessage("the connection is closing");
        manager.dispatch(Events.empty(1));
        assertThat(sink.sent).isEmpty();
        assertThat(other.sent).hasSize(1);
    }

    @Test
    void eventsPublishedThroughTheListenerArriveOnTheWorker() throws Exception {
        Sink sink = new Sink();
        java.util.concurrent.CountDownLatch got = new java.util.concurrent.CountDownLatch(1);
        Session session = new Session("latched", text -> {
            sink.sent.add(text);
            got.countDown();
        });
        manager.subscribe(session, SubscriptionKind.MOMENTUMS, null).activate();
        manager.start();
        manager.momentumInserted(Events.empty(77));
        assertThat(got.await(WsClient.WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(sink.results().getFirst().get(0).get("height").asLong()).isEqualTo(77);
    }

    @Test
    void subscriptionIdsLookLikeGoZenons() {
        assertThat(SubscriptionIds.encode(new byte[16])).isEqualTo("0x0");
        byte[] b = new byte[16];
        b[1] = 0x0a;
        b[15] = 0x01;
        assertThat(SubscriptionIds.encode(b)).isEqualTo("0xa0000000000000000000000000001");
        b[0] = (byte) 0xff;
        assertThat(SubscriptionIds.encode(b)).isEqualTo("0xff0a0000000000000000000000000001");
        SubscriptionIds ids = new SubscriptionIds();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = ids.get();
            assertThat(id).matches("0x([1-9a-f][0-9a-f]{0,31}|0)");
            seen.add(id);
        }
        assertThat(seen).hasSize(1000);
    }
}
