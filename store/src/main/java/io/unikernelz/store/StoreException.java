package io.unikernelz.store;

/** A failure of the committed store: the data directory cannot be used, or RocksDB reported an error. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
