package io.unikernelz.core.nom;

import io.unikernelz.core.crypto.Ed25519;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import java.util.Objects;

/**
 * A momentum, field for field as go-zenon's nom.Momentum. Immutable; derive copies with {@link #toBuilder()}.
 * {@code timestamp} is Unix seconds (go TimestampUnix, JSON "timestamp"). data/publicKey/signature follow the same
 * absent-vs-empty rule as {@link AccountBlock}.
 */
public final class Momentum {
    private final long version;
    private final long chainIdentifier;
    private final Hash hash;
    private final Hash previousHash;
    private final long height;
    private final long timestamp;
    private final byte[] data;
    private final MomentumContent content;
    private final Hash changesHash;
    private final byte[] publicKey;
    private final byte[] signature;

    private Momentum(Builder b) {
        this.version = b.version;
        this.chainIdentifier = b.chainIdentifier;
        this.hash = Objects.requireNonNull(b.hash, "hash");
        this.previousHash = Objects.requireNonNull(b.previousHash, "previousHash");
        this.height = b.height;
        this.timestamp = b.timestamp;
        this.data = ByteFields.copyNullable(b.data);
        this.content = Objects.requireNonNull(b.content, "content");
        this.changesHash = Objects.requireNonNull(b.changesHash, "changesHash");
        ByteFields.requireLengthOrEmpty(b.publicKey, Ed25519.PUBLIC_KEY_SIZE, "publicKey");
        ByteFields.requireLengthOrEmpty(b.signature, Ed25519.SIGNATURE_SIZE, "signature");
        this.publicKey = ByteFields.copyNullable(b.publicKey);
        this.signature = ByteFields.copyNullable(b.signature);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public long version() { return version; }
    public long chainIdentifier() { return chainIdentifier; }
    public Hash hash() { return hash; }
    public Hash previousHash() { return previousHash; }
    public long height() { return height; }

    /** Unix seconds. */
    public long timestamp() { return timestamp; }

    public byte[] data() { return ByteFields.orEmpty(data).clone(); }

    public boolean dataAbsent() { return data == null; }

    public MomentumContent content() { return content; }
    public Hash changesHash() { return changesHash; }

    public byte[] publicKey() { return ByteFields.copyNullable(publicKey); }

    public byte[] signature() { return ByteFields.copyNullable(signature); }

    public boolean hasPublicKey() { return publicKey != null && publicKey.length > 0; }

    public boolean hasSignature() { return signature != null && signature.length > 0; }

    public HashHeight identifier() { return new HashHeight(hash, height); }

    public HashHeight previous() { return new HashHeight(previousHash, height - 1); }

    /** PubKeyToAddress(publicKey); for the unsigned genesis this is the sha3("")-derived address, as go-zenon reports. */
    public Address producer() { return Address.fromPublicKey(publicKey); }

    public Hash dataHash() { return Hash.of(ByteFields.orEmpty(data)); }

    /** The exact bytes whose SHA3-256 is the momentum hash (GUIDE §3). */
    public byte[] hashPreimage() {
        return Bytes.concat(
                Bytes.be8(version), Bytes.be8(chainIdentifier), previousHash.rawBytes(), Bytes.be8(height),
                Bytes.be8(timestamp), dataHash().rawBytes(), content.hash().rawBytes(), changesHash.rawBytes());
    }

    public Hash computeHash() {
        return Hash.of(hashPreimage());
    }

    public boolean hashMatches() { return hash.equals(computeHash()); }

    public boolean signatureValid() {
        return hasPublicKey() && hasSignature() && Ed25519.verify(publicKey, hash.rawBytes(), signature);
    }

    public Momentum withComputedHash() {
        return toBuilder().hash(computeHash()).build();
    }

    /** A copy with the hash recomputed and signed by the producer's 32-byte ed25519 seed. */
    public Momentum sign(byte[] seed) {
        Hash h = computeHash();
        return toBuilder().hash(h).publicKey(Ed25519.publicKey(seed)).signature(Ed25519.sign(seed, h.rawBytes())).build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Momentum m)) return false;
        return version == m.version && chainIdentifier == m.chainIdentifier && hash.equals(m.hash)
                && previousHash.equals(m.previousHash) && height == m.height && timestamp == m.timestamp
                && ByteFields.same(data, m.data) && content.equals(m.content) && changesHash.equals(m.changesHash)
                && ByteFields.same(publicKey, m.publicKey) && ByteFields.same(signature, m.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hash, height, changesHash, ByteFields.hash(signature));
    }

    @Override
    public String toString() {
        return "Momentum{#" + Long.toUnsignedString(height) + " " + hash + ", " + content.size() + " headers}";
    }

    public static final class Builder {
        private long version;
        private long chainIdentifier;
        private Hash hash = Hash.ZERO;
        private Hash previousHash = Hash.ZERO;
        private long height;
        private long timestamp;
        private byte[] data;
        private MomentumContent content = MomentumContent.EMPTY;
        private Hash changesHash = Hash.ZERO;
        private byte[] publicKey;
        private byte[] signature;

        private Builder() {}

        private Builder(Momentum m) {
            version = m.version;
            chainIdentifier = m.chainIdentifier;
            hash = m.hash;
            previousHash = m.previousHash;
            height = m.height;
            timestamp = m.timestamp;
            data = m.data;
            content = m.content;
            changesHash = m.changesHash;
            publicKey = m.publicKey;
            signature = m.signature;
        }

        public Builder version(long v) { version = v; return this; }
        public Builder chainIdentifier(long v) { chainIdentifier = v; return this; }
        public Builder hash(Hash v) { hash = v; return this; }
        public Builder previousHash(Hash v) { previousHash = v; return this; }
        public Builder height(long v) { height = v; return this; }
        public Builder timestamp(long v) { timestamp = v; return this; }
        public Builder data(byte[] v) { data = v; return this; }
        public Builder content(MomentumContent v) { content = v; return this; }
        public Builder changesHash(Hash v) { changesHash = v; return this; }
        public Builder publicKey(byte[] v) { publicKey = v; return this; }
        public Builder signature(byte[] v) { signature = v; return this; }

        public Momentum build() {
            return new Momentum(this);
        }
    }
}
