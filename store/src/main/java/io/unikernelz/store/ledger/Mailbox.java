package io.unikernelz.store.ledger;

import io.unikernelz.core.proto.AccountHeaderProtoCodec;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.State;
import io.unikernelz.store.StateEntry;
import io.unikernelz.store.StateIterator;
import io.unikernelz.store.StateReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An account's mailbox in the momentum state (go-zenon chain/account/mailbox): unreceived marks {@code 0x04‖hash},
 * pending marks {@code 0x05‖hash} (deleted on receive), the block that received a send {@code 0x06‖sendHash}, and the
 * contract sequencer: count {@code 0x07} and {@code 0x08‖be8(n)} → the n-th send to the contract.
 */
public final class Mailbox {
    static final byte UNRECEIVED = 0x04;
    static final byte PENDING = 0x05;
    static final byte RECEIVED_BY = 0x06;
    static final byte SEQUENCER_COUNT = 0x07;
    static final byte SEQUENCER_ENTRY = 0x08;

    private final Address address;
    private final StateReader reader;
    private final State writer;

    Mailbox(Address address, StateReader reader, State writer) {
        this.address = Objects.requireNonNull(address);
        this.reader = reader;
        this.writer = writer;
    }

    public Address address() {
        return address;
    }

    private State w() {
        if (writer == null) throw new IllegalStateException("mailbox of " + address + " is read-only");
        return writer;
    }

    private static byte[] key(byte prefix, Hash hash) {
        return Bytes.concat(new byte[] {prefix}, hash.rawBytes());
    }

    public void markAsUnreceived(Hash sendHash) {
        w().put(key(UNRECEIVED, sendHash), Bytes.be8(1));
        w().put(key(PENDING, sendHash), Bytes.be8(1));
    }

    public void markAsReceived(Hash sendHash) {
        w().delete(key(PENDING, sendHash));
    }

    public boolean isPending(Hash sendHash) {
        return reader.has(key(PENDING, sendHash));
    }

    public void markBlockThatReceives(Hash sendHash, AccountHeader receiveHeader) {
        w().put(key(RECEIVED_BY, sendHash), AccountHeaderProtoCodec.encode(receiveHeader));
    }

    public Optional<AccountHeader> blockWhichReceives(Hash sendHash) {
        return Optional.ofNullable(reader.get(key(RECEIVED_BY, sendHash))).map(AccountHeaderProtoCodec::decode);
    }

    /** Hashes of pending (unreceived) sends in key order, at most {@code atMost}. */
    public List<Hash> pendingHashes(int atMost) {
        List<Hash> out = new ArrayList<>();
        try (StateIterator it = reader.iterator(new byte[] {PENDING})) {
            while (it.hasNext() && out.size() < atMost) {
                StateEntry e = it.next();
                if (e.key().length == 1 + Hash.SIZE) out.add(Hash.wrap(java.util.Arrays.copyOfRange(e.key(), 1, e.key().length)));
            }
        }
        return out;
    }

    public long sequencerSize() {
        byte[] v = reader.get(new byte[] {SEQUENCER_COUNT});
        return v == null ? 0 : Bytes.readBe8(v, 0);
    }

    public void sequencerPushBack(AccountHeader sendHeader) {
        long total = sequencerSize() + 1;
        w().put(new byte[] {SEQUENCER_COUNT}, Bytes.be8(total));
        w().put(Bytes.concat(new byte[] {SEQUENCER_ENTRY}, Bytes.be8(total)), AccountHeaderProtoCodec.encode(sendHeader));
    }

    public Optional<AccountHeader> sequencerByHeight(long n) {
        return Optional.ofNullable(reader.get(Bytes.concat(new byte[] {SEQUENCER_ENTRY}, Bytes.be8(n))))
                .map(AccountHeaderProtoCodec::decode);
    }
}
