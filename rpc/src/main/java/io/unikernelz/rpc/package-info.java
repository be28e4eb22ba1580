/**
 * JSON-RPC 2.0 server of the node, compatible with go-zenon's (go-ethereum's rpc package).
 *
 * <h2>Adding a method</h2>
 * One class per method implementing {@link io.unikernelz.rpc.RpcMethod}: {@code name()} returns
 * the full name ({@code embedded.plasma.get}); {@code response(Params)} reads positional
 * arguments with {@link io.unikernelz.rpc.Params} ({@code atMost(n)} first, then typed getters
 * such as {@code address(0)}, {@code pageIndex(1)}, {@code pageSize(2)}) and returns a record
 * or Jackson tree. {@link io.unikernelz.rpc.RpcJson} decides the JSON: hashes hex, addresses and
 * token standards bech32, {@code BigInteger} decimal strings, {@code byte[]} base64, nulls kept.
 * Throw {@link io.unikernelz.rpc.RpcException#serverError} for go-zenon's -32000 API errors.
 * Collect methods in a {@link io.unikernelz.rpc.MethodRegistry} and pass it to
 * {@link io.unikernelz.rpc.RpcServer#start}.
 *
 * <h2>Subscriptions</h2>
 * {@code ledger.subscribe}/{@code ledger.unsubscribe} are built in (WebSocket only). The chain
 * feeds them through a {@link io.unikernelz.rpc.subscribe.SubscriptionSource}, most simply a
 * {@link io.unikernelz.rpc.subscribe.LedgerEventBus} on which it publishes one
 * {@link io.unikernelz.rpc.subscribe.MomentumEvent} per inserted momentum.
 *
 * <h2>Deliberate differences from go-zenon</h2>
 * Loopback bind and no browser origins by default (see {@link io.unikernelz.rpc.RpcConfig});
 * a request from a disallowed Origin is refused (403) rather than served without CORS headers;
 * batches, WebSocket connections, subscriptions per connection and WebSocket messages are
 * bounded; JSON null for a required scalar argument is an invalid-params error instead of zero;
 * a malformed WebSocket message is answered without closing the connection.
 */
package io.unikernelz.rpc;
