package io.unikernelz.store;

import java.util.Iterator;

/**
 * Live entries under a prefix in ascending unsigned key order. Close it when done: iterators over the committed
 * store hold native RocksDB resources. Closing twice is harmless.
 */
public interface StateIterator extends Iterator<StateEntry>, AutoCloseable {
    @Override
    void close();
}
