package io.unikernelz.rpc.api;

import io.unikernelz.store.StateEntry;
import io.unikernelz.store.StateReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Contract-storage reads with go-zenon's conventions: a missing key and an empty value both mean "does not exist"
 * (go-zenon's definitions test {@code len(data) > 0}); listings go in key order and skip empty values.
 */
final class Storage {
    private Storage() {}

    static Optional<byte[]> get(StateReader storage, byte[] key) {
        byte[] v = storage.get(key);
        return v == null || v.length == 0 ? Optional.empty() : Optional.of(v);
    }

    static List<StateEntry> entries(StateReader storage, byte[] prefix) {
        List<StateEntry> out = new ArrayList<>();
        for (StateEntry e : storage.entries(prefix)) {
            if (e.value().length > 0) out.add(e);
        }
        return out;
    }
}
