package io.unikernelz.store;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.types.Bytes;
import java.nio.charset.StandardCharsets;

/** The deterministic per-height patches the crash-safety child commits, and the state they add up to. */
final class Workload {
    static final int KEYS = 24;
    static final byte[] COUNTER = "ctr".getBytes(StandardCharsets.US_ASCII);

    private Workload() {}

    /** Height h: counter = h; keys k0..k23 rewritten (or deleted when (h+i)%5==0); one of seven "m" keys set. */
    static Patch patch(long h) {
        Patch.Builder b = Patch.builder().put(COUNTER, Bytes.be8(h));
        for (int i = 0; i < KEYS; i++) {
            byte[] key = {'k', (byte) (i >> 8), (byte) i};
            if ((h + i) % 5 == 0) {
                b.delete(key);
            } else {
                byte[] seed = Sha3.sha3(Bytes.be8(h), Bytes.be4(i));
                byte[] value = new byte[32 + (int) ((h * 31 + i * 17) % 480)];
                for (int j = 0; j < value.length; j++) value[j] = seed[j % seed.length];
                b.put(key, value);
            }
        }
        b.put(new byte[] {'m', (byte) (h % 7)}, Bytes.be8(h));
        return b.build();
    }

    /** The state after committing heights 1..h. */
    static StateLayer stateAt(long h) {
        StateLayer s = StateLayer.empty();
        for (long x = 1; x <= h; x++) s.apply(patch(x));
        return s;
    }
}
