/**
 * Versioned chain state with go-zenon's patch semantics.
 *
 * <ul>
 *   <li>{@link io.unikernelz.store.Patch}: ordered puts/deletes; {@code dump()} is goleveldb's batch record buffer and
 *       {@code hash()} the ChangesHash.
 *   <li>{@link io.unikernelz.store.StateLayer}: in-memory layer over a {@link io.unikernelz.store.StateReader};
 *       tombstones, {@code changes()} in ascending key order, nested {@code snapshot()}s with {@code merge()}/
 *       {@code drop()}, and {@code subspace(prefix)} views ({@link io.unikernelz.store.State}).
 *   <li>{@link io.unikernelz.store.VersionedStore}: the RocksDB-backed committed state; one atomic, synced write per
 *       height, rollback patches, consistent {@link io.unikernelz.store.StateView}s (current or historical).
 *   <li>{@link io.unikernelz.store.Frontier}: the three frontier records go-zenon keeps per committed entry.
 * </ul>
 */
package io.unikernelz.store;
