package io.unikernelz.store;

/**
 * A writable state: a {@link StateLayer}, or a {@link #subspace(byte[]) subspace} of one. Writes go to the top layer
 * only; what lies below is never modified until a layer is {@link StateLayer#merge() merged}.
 */
public interface State extends StateReader, Patch.Replayer {
    /** Writes {@code value} (copied; may be empty) under {@code key}. */
    @Override
    void put(byte[] key, byte[] value);

    /** Deletes {@code key}: a tombstone that hides any value below; recorded even if the key was absent. */
    @Override
    void delete(byte[] key);

    /** Replays the patch's records in order into this state. */
    default void apply(Patch patch) {
        patch.replay(this);
    }

    /**
     * The writes held by the top layer (within this view), as a patch in ascending key order: one put per written
     * key — even if it rewrote the value already below — and one delete per deleted key (go-zenon {@code Changes}).
     */
    Patch changes();

    /** A fresh empty layer stacked on this state; {@link StateLayer#merge()} commits it back into this state. */
    StateLayer snapshot();

    /** A writable view in which key {@code k} means {@code prefix || k} of this state (go-zenon {@code Subset}). */
    @Override
    State subspace(byte[] prefix);
}
