package io.unikernelz.vm;

import io.unikernelz.core.crypto.Ed25519;
import java.util.Objects;

/** Signs the 32 hash bytes of a block or momentum the node builds itself (go-zenon vm.SignFunc). */
@FunctionalInterface
public interface SignFunction {
    Signed sign(byte[] hash);

    /** A signature and the public key that verifies it. */
    record Signed(byte[] signature, byte[] publicKey) {
        public Signed {
            signature = Objects.requireNonNull(signature, "signature").clone();
            publicKey = Objects.requireNonNull(publicKey, "publicKey").clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }

        @Override
        public byte[] publicKey() {
            return publicKey.clone();
        }
    }

    /** Signs with an ed25519 key given by its 32-byte seed. */
    static SignFunction ed25519(byte[] seed) {
        byte[] key = Objects.requireNonNull(seed, "seed").clone();
        byte[] publicKey = Ed25519.publicKey(key);
        return hash -> new Signed(Ed25519.sign(key, hash), publicKey);
    }
}
