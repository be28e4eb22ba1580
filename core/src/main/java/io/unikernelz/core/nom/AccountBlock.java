package io.unikernelz.core.nom;

import io.unikernelz.core.crypto.Ed25519;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA3Digest;

/**
 * An account-chain block, field for field as go-zenon's nom.AccountBlock (struct order). Immutable: derive changed
 * copies with {@link #toBuilder()}. All integers are uint64 held in a long (read them with the unsigned helpers).
 *
 * <p>{@code data}, {@code publicKey} and {@code signature} may be absent (go's nil slice: JSON null, not on the wire);
 * absent and empty are equal for hashing, encoding and {@link #equals}, but JSON output keeps the difference.
 * The nonce is 8 raw bytes, held as the big-endian long of those bytes.
 */
public final class AccountBlock {
    /** Amounts must fit go-zenon's 32-byte big-endian encoding. */
    public static final int AMOUNT_MAX_BITS = 256;

    private final long version;
    private final long chainIdentifier;
    private final long blockType;
    private final Hash hash;
    private final Hash previousHash;
    private final long height;
    private final HashHeight momentumAcknowledged;
    private final Address address;
    private final Address toAddress;
    private final BigInteger amount;
    private final TokenStandard tokenStandard;
    private final Hash fromBlockHash;
    private final List<AccountBlock> descendantBlocks;
    private final byte[] data;
    private final long fusedPlasma;
    private final long difficulty;
    private final long nonce;
    private final long basePlasma;
    private final long totalPlasma;
    private final Hash changesHash;
    private final byte[] publicKey;
    private final byte[] signature;

    private AccountBlock(Builder b) {
        this.version = b.version;
        this.chainIdentifier = b.chainIdentifier;
        this.blockType = b.blockType;
        this.hash = Objects.requireNonNull(b.hash, "hash");
        this.previousHash = Objects.requireNonNull(b.previousHash, "previousHash");
        this.height = b.height;
        this.momentumAcknowledged = Objects.requireNonNull(b.momentumAcknowledged, "momentumAcknowledged");
        this.address = Objects.requireNonNull(b.address, "address");
        this.toAddress = Objects.requireNonNull(b.toAddress, "toAddress");
        this.amount = Objects.requireNonNull(b.amount, "amount");
        if (amount.signum() < 0) throw new IllegalArgumentException("amount must not be negative, got " + amount);
        if (amount.bitLength() > AMOUNT_MAX_BITS) {
            throw new IllegalArgumentException("amount does not fit 32 bytes (" + amount.bitLength() + " bits)");
        }
        this.tokenStandard = Objects.requireNonNull(b.tokenStandard, "tokenStandard");
        this.fromBlockHash = Objects.requireNonNull(b.fromBlockHash, "fromBlockHash");
        Objects.requireNonNull(b.descendantBlocks, "descendantBlocks");
        for (int i = 0; i < b.descendantBlocks.size(); i++) {
            if (b.descendantBlocks.get(i) == null) throw new IllegalArgumentException("descendantBlocks[" + i + "] is null");
        }
        this.descendantBlocks = List.copyOf(b.descendantBlocks);
        this.data = ByteFields.copyNullable(b.data);
        this.fusedPlasma = b.fusedPlasma;
        this.difficulty = b.difficulty;
        this.nonce = b.nonce;
        this.basePlasma = b.basePlasma;
        this.totalPlasma = b.totalPlasma;
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

    // ---- fields, in go-zenon struct order ----

    public long version() { return version; }
    public long chainIdentifier() { return chainIdentifier; }
    public long blockType() { return blockType; }
    public Hash hash() { return hash; }
    public Hash previousHash() { return previousHash; }
    public long height() { return height; }
    public HashHeight momentumAcknowledged() { return momentumAcknowledged; }
    public Address address() { return address; }
    public Address toAddress() { return toAddress; }
    public BigInteger amount() { return amount; }
    public TokenStandard tokenStandard() { return tokenStandard; }
    public Hash fromBlockHash() { return fromBlockHash; }
    public List<AccountBlock> descendantBlocks() { return descendantBlocks; }

    /** The data bytes; empty when absent. */
    public byte[] data() { return ByteFields.orEmpty(data).clone(); }

    /** True when data is go's nil slice (JSON null) rather than an empty one. */
    public boolean dataAbsent() { return data == null; }

    public long fusedPlasma() { return fusedPlasma; }
    public long difficulty() { return difficulty; }

    /** The 8 nonce bytes as a big-endian long: {@code nonceBytes() == Bytes.be8(nonce())}. */
    public long nonce() { return nonce; }

    public byte[] nonceBytes() { return Bytes.be8(nonce); }

    /** The nonce as go-zenon prints it: 16 lower-case hex characters. */
    public String nonceHex() { return Hex.encode(nonceBytes()); }

    public long basePlasma() { return basePlasma; }

    /** go-zenon TotalPlasma; JSON name {@code usedPlasma}. */
    public long totalPlasma() { return totalPlasma; }

    public Hash changesHash() { return changesHash; }

    /** The signer's ed25519 key, or null when absent (contract blocks). */
    public byte[] publicKey() { return ByteFields.copyNullable(publicKey); }

    /** The 64-byte signature, or null when absent. */
    public byte[] signature() { return ByteFields.copyNullable(signature); }

    public boolean hasPublicKey() { return publicKey != null && publicKey.length > 0; }

    public boolean hasSignature() { return signature != null && signature.length > 0; }

    // ---- derived values ----

    public boolean isSend() { return BlockType.isSend(blockType); }

    public boolean isReceive() { return BlockType.isReceive(blockType); }

    public boolean isContractBlock() { return address.isEmbedded(); }

    /** (hash, height) of this block. */
    public HashHeight identifier() { return new HashHeight(hash, height); }

    public AccountHeader header() { return new AccountHeader(address, hash, height); }

    /** The block this one builds on: for a receive with descendants, the first descendant's previous. */
    public HashHeight previous() {
        if (!descendantBlocks.isEmpty()) return descendantBlocks.getFirst().previous();
        return new HashHeight(previousHash, height - 1);
    }

    /** Address of the signing key, PubKeyToAddress(publicKey); of an absent key that is sha3("")-derived. */
    public Address producer() { return Address.fromPublicKey(publicKey); }

    /** sha3 of the concatenated descendant hashes (sha3("") when there are none). */
    public Hash descendantBlocksHash() {
        byte[] all = new byte[Hash.SIZE * descendantBlocks.size()];
        for (int i = 0; i < descendantBlocks.size(); i++) {
            System.arraycopy(descendantBlocks.get(i).hash.rawBytes(), 0, all, i * Hash.SIZE, Hash.SIZE);
        }
        return Hash.of(all);
    }

    public Hash dataHash() { return Hash.of(ByteFields.orEmpty(data)); }

    /** The exact bytes whose SHA3-256 is the block hash (GUIDE §2, go-zenon ComputeHash). */
    public byte[] hashPreimage() {
        return Bytes.concat(
                Bytes.be8(version), Bytes.be8(chainIdentifier), Bytes.be8(blockType),
                previousHash.rawBytes(), Bytes.be8(height),
                momentumAcknowledged.toBytes(),
                address.rawBytes(), toAddress.rawBytes(),
                Bytes.big32(amount), tokenStandard.rawBytes(),
                fromBlockHash.rawBytes(),
                descendantBlocksHash().rawBytes(), dataHash().rawBytes(),
                Bytes.be8(fusedPlasma), Bytes.be8(difficulty), nonceBytes());
    }

    public Hash computeHash() {
        SHA3Digest d = new SHA3Digest(256);
        byte[] pre = hashPreimage();
        d.update(pre, 0, pre.length);
        byte[] out = new byte[Hash.SIZE];
        d.doFinal(out, 0);
        return Hash.wrap(out);
    }

    /** True when the stored hash equals the recomputed one. */
    public boolean hashMatches() { return hash.equals(computeHash()); }

    /** Ed25519 check of the signature over the 32 stored hash bytes; false when key or signature is absent. */
    public boolean signatureValid() {
        return hasPublicKey() && hasSignature() && Ed25519.verify(publicKey, hash.rawBytes(), signature);
    }

    /** A copy with the hash recomputed from the hashed fields. */
    public AccountBlock withComputedHash() {
        return toBuilder().hash(computeHash()).build();
    }

    /**
     * A copy with the hash recomputed, then signed by the 32-byte ed25519 seed: publicKey and signature set.
     * Address is not changed; callers set it to {@code Address.fromPublicKey(Ed25519.publicKey(seed))}.
     */
    public AccountBlock sign(byte[] seed) {
        Hash h = computeHash();
        return toBuilder().hash(h).publicKey(Ed25519.publicKey(seed)).signature(Ed25519.sign(seed, h.rawBytes())).build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof AccountBlock b)) return false;
        return version == b.version && chainIdentifier == b.chainIdentifier && blockType == b.blockType
                && hash.equals(b.hash) && previousHash.equals(b.previousHash) && height == b.height
                && momentumAcknowledged.equals(b.momentumAcknowledged) && address.equals(b.address)
                && toAddress.equals(b.toAddress) && amount.equals(b.amount) && tokenStandard.equals(b.tokenStandard)
                && fromBlockHash.equals(b.fromBlockHash) && descendantBlocks.equals(b.descendantBlocks)
                && ByteFields.same(data, b.data) && fusedPlasma == b.fusedPlasma && difficulty == b.difficulty
                && nonce == b.nonce && basePlasma == b.basePlasma && totalPlasma == b.totalPlasma
                && changesHash.equals(b.changesHash) && ByteFields.same(publicKey, b.publicKey)
                && ByteFields.same(signature, b.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hash, height, address, changesHash, ByteFields.hash(signature));
    }

    @Override
    public String toString() {
        return "AccountBlock{" + BlockType.name(blockType) + " " + address + " #" + Long.toUnsignedString(height)
                + " " + hash + "}";
    }

    /** Mutable builder; every field defaults to go's zero value. */
    public static final class Builder {
        private long version;
        private long chainIdentifier;
        private long blockType;
        private Hash hash = Hash.ZERO;
        private Hash previousHash = Hash.ZERO;
        private long height;
        private HashHeight momentumAcknowledged = HashHeight.ZERO;
        private Address address = Address.ZERO;
        private Address toAddress = Address.ZERO;
        private BigInteger amount = BigInteger.ZERO;
        private TokenStandard tokenStandard = TokenStandard.ZERO;
        private Hash fromBlockHash = Hash.ZERO;
        private List<AccountBlock> descendantBlocks = new ArrayList<>();
        private byte[] data;
        private long fusedPlasma;
        private long difficulty;
        private long nonce;
        private long basePlasma;
        private long totalPlasma;
        private Hash changesHash = Hash.ZERO;
        private byte[] publicKey;
        private byte[] signature;

        private Builder() {}

        private Builder(AccountBlock b) {
            version = b.version;
            chainIdentifier = b.chainIdentifier;
            blockType = b.blockType;
            hash = b.hash;
            previousHash = b.previousHash;
            height = b.height;
            momentumAcknowledged = b.momentumAcknowledged;
            address = b.address;
            toAddress = b.toAddress;
            amount = b.amount;
            tokenStandard = b.tokenStandard;
            fromBlockHash = b.fromBlockHash;
            descendantBlocks = new ArrayList<>(b.descendantBlocks);
            data = b.data;
            fusedPlasma = b.fusedPlasma;
            difficulty = b.difficulty;
            nonce = b.nonce;
            basePlasma = b.basePlasma;
            totalPlasma = b.totalPlasma;
            changesHash = b.changesHash;
            publicKey = b.publicKey;
            signature = b.signature;
        }

        public Builder version(long v) { version = v; return this; }
        public Builder chainIdentifier(long v) { chainIdentifier = v; return this; }
        public Builder blockType(long v) { blockType = v; return this; }
        public Builder hash(Hash v) { hash = v; return this; }
        public Builder previousHash(Hash v) { previousHash = v; return this; }
        public Builder height(long v) { height = v; return this; }
        public Builder momentumAcknowledged(HashHeight v) { momentumAcknowledged = v; return this; }
        public Builder address(Address v) { address = v; return this; }
        public Builder toAddress(Address v) { toAddress = v; return this; }
        public Builder amount(BigInteger v) { amount = v; return this; }
        public Builder tokenStandard(TokenStandard v) { tokenStandard = v; return this; }
        public Builder fromBlockHash(Hash v) { fromBlockHash = v; return this; }

        public Builder descendantBlocks(List<AccountBlock> v) {
            descendantBlocks = new ArrayList<>(Objects.requireNonNull(v, "descendantBlocks"));
            return this;
        }

        public Builder addDescendantBlock(AccountBlock v) { descendantBlocks.add(Objects.requireNonNull(v)); return this; }

        /** null means absent (go nil); the array is copied at build(). */
        public Builder data(byte[] v) { data = v; return this; }
        public Builder fusedPlasma(long v) { fusedPlasma = v; return this; }
        public Builder difficulty(long v) { difficulty = v; return this; }
        public Builder nonce(long v) { nonce = v; return this; }

        public Builder nonce(byte[] v) {
            if (v == null || v.length != 8) {
                throw new IllegalArgumentException("nonce must be 8 bytes, got " + (v == null ? "null" : v.length));
            }
            nonce = Bytes.readBe8(v, 0);
            return this;
        }

        public Builder basePlasma(long v) { basePlasma = v; return this; }
        public Builder totalPlasma(long v) { totalPlasma = v; return this; }
        public Builder changesHash(Hash v) { changesHash = v; return this; }
        public Builder publicKey(byte[] v) { publicKey = v; return this; }
        public Builder signature(byte[] v) { signature = v; return this; }

        public AccountBlock build() {
            return new AccountBlock(this);
        }
    }
}
