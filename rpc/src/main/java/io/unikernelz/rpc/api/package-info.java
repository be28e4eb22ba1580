/**
 * The chain-backed JSON-RPC methods of go-zenon's public API ({@code rpc/api/**}): {@code ledger.*},
 * {@code embedded.<contract>.*} and the node-state {@code stats.*} methods, with go-zenon's parameters, result JSON
 * and error texts.
 *
 * <h2>Wiring</h2>
 * {@link io.unikernelz.rpc.api.RpcApi#methods} builds every method from a
 * {@link io.unikernelz.rpc.api.NodeServices} (chain, supervisor, election, sync and network state);
 * {@link io.unikernelz.rpc.api.NodeServices#forChain} covers a node without p2p.
 *
 * <h2>What the methods read</h2>
 * Like go-zenon, each call reads the momentum store at the frontier momentum once, and accounts (contract storage
 * included) at their frontier with unconfirmed blocks, through {@link io.unikernelz.rpc.api.LedgerAccess}. Contract
 * state is decoded with the definition records of {@code io.unikernelz.vm.embedded.definition}, so the read methods
 * answer for every contract whether or not its logic runs yet. Pillar weights and epoch production figures come from
 * the consensus election and points ({@code io.unikernelz.consensus}).
 *
 * <h2>Results</h2>
 * Results are built as Jackson trees in go-zenon's member order: big integers as decimal strings, uint64 as numbers,
 * nulls where go-zenon prints them. docs/rpc.md lists every method.
 */
package io.unikernelz.rpc.api;
