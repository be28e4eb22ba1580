package io.unikernelz.vm.embedded.definition;

/**
 * A value an embedded contract keeps in its storage: the key inside the contract's storage space and the
 * ABI-encoded value, byte-identical to go-zenon {@code vm/embedded/definition}. Each implementation also has a
 * static {@code decode(key, value)} that reverses both.
 */
public interface StorageEntry {
    /** The storage key (without the account-level 0x04 storage prefix). */
    byte[] storageKey();

    /** The value as go-zenon's {@code Save} writes it (ABI-packed variable, no selector). */
    byte[] encodeValue();
}
