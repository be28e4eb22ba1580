package io.unikernelz.store;

/** Writable subspace of a layer: key {@code k} maps to {@code prefix || k}; writes land in that layer. */
final class PrefixedState implements State {
    private final StateLayer layer;
    private final byte[] prefix;

    PrefixedState(StateLayer layer, byte[] prefix) {
        this.layer = layer;
        this.prefix = prefix;
    }

    private byte[] full(byte[] key) {
        return ByteKeys.concat(prefix, ByteKeys.require(key, "key"));
    }

    @Override
    public byte[] get(byte[] key) {
        return layer.get(full(key));
    }

    @Override
    public boolean has(byte[] key) {
        return layer.has(full(key));
    }

    @Override
    public void put(byte[] key, byte[] value) {
        layer.put(full(key), ByteKeys.require(value, "value"));
    }

    @Override
    public void delete(byte[] key) {
        layer.delete(full(key));
    }

    @Override
    public StateIterator iterator(byte[] sub) {
        return PrefixedReader.stripping(layer.iterator(ByteKeys.concat(prefix, ByteKeys.require(sub, "prefix"))), prefix.length);
    }

    @Override
    public Patch changes() {
        return layer.changesUnder(prefix);
    }

    @Override
    public StateLayer snapshot() {
        return StateLayer.on(this);
    }

    @Override
    public State subspace(byte[] sub) {
        return new PrefixedState(layer, ByteKeys.concat(prefix, ByteKeys.require(sub, "prefix")));
    }

    @Override
    public String toString() {
        return "subspace " + io.unikernelz.core.types.Hex.encode(prefix) + " of " + layer;
    }
}
