package io.unikernelz.store.ledger;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.proto.AccountHeaderProtoCodec;
import io.unikernelz.core.proto.MomentumProtoCodec;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.Frontier;
import io.unikernelz.store.Patch;
import io.unikernelz.store.State;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.StoreException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The momentum-level state (go-zenon chain/momentum): momentum frontier records with proto(Momentum), account
 * databases under {@code 0x03‖address}, mailboxes under {@code 0x04‖address}, confirmation heights
 * {@code 0x05‖blockHash → be8}, the ZNN delegation-weight index {@code 0x08‖address → big32} and account headers by
 * hash {@code 0x09‖blockHash → proto(AccountHeader)}.
 */
public final class MomentumStore {
    static final byte ACCOUNT = 0x03;
    static final byte MAILBOX = 0x04;
    static final byte CONFIRMATION = 0x05;
    static final byte ZNN_BALANCE = 0x08;
    static final byte HEADER_BY_HASH = 0x09;

    private final StateReader reader;
    private final State writer;

    private MomentumStore(StateReader reader, State writer) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.writer = writer;
    }

    public static MomentumStore writable(State state) {
        return new MomentumStore(state, state);
    }

    public static MomentumStore readOnly(StateReader reader) {
        return new MomentumStore(reader, null);
    }

    public StateReader reader() {
        return reader;
    }

    private State w() {
        if (writer == null) throw new IllegalStateException("momentum store is read-only");
        return writer;
    }

    private static byte[] prefixed(byte prefix, byte[] rest) {
        return Bytes.concat(new byte[] {prefix}, rest);
    }

    // ---- momentums

    public HashHeight identifier() {
        return Frontier.identifier(reader);
    }

    public Optional<Momentum> frontierMomentum() {
        HashHeight id = identifier();
        return id.height() == 0 ? Optional.empty() : momentumByHeight(id.height());
    }

    public Optional<Momentum> momentumByHeight(long height) {
        return Frontier.entryByHeight(reader, height).map(MomentumProtoCodec::decode);
    }

    public Optional<Momentum> momentumByHash(Hash hash) {
        return Frontier.entryByHash(reader, hash).map(MomentumProtoCodec::decode);
    }

    public void setFrontierMomentum(Momentum momentum) {
        Frontier.set(w(), momentum.identifier(), MomentumProtoCodec.encode(momentum));
    }

    // ---- accounts

    public AccountStore account(Address address) {
        byte[] prefix = prefixed(ACCOUNT, address.rawBytes());
        return writer == null
                ? AccountStore.readOnly(address, reader.subspace(prefix))
                : AccountStore.writable(address, writer.subspace(prefix));
    }

    public Mailbox mailbox(Address address) {
        byte[] prefix = prefixed(MAILBOX, address.rawBytes());
        return writer == null
                ? new Mailbox(address, reader.subspace(prefix), null)
                : new Mailbox(address, writer.subspace(prefix), writer.subspace(prefix));
    }

    /** The momentum height that confirmed the block, or 0 when unconfirmed. */
    public long confirmationHeight(Hash blockHash) {
        byte[] v = reader.get(prefixed(CONFIRMATION, blockHash.rawBytes()));
        return v == null ? 0 : Bytes.readBe8(v, 0);
    }

    public BigInteger znnWeight(Address address) {
        return Bytes.unsigned(reader.get(prefixed(ZNN_BALANCE, address.rawBytes())));
    }

    public Optional<AccountHeader> headerByHash(Hash blockHash) {
        return Optional.ofNullable(reader.get(prefixed(HEADER_BY_HASH, blockHash.rawBytes()))).map(AccountHeaderProtoCodec::decode);
    }

    /** A confirmed (or genesis) account block by hash, including descendant blocks. */
    public Optional<AccountBlock> accountBlockByHash(Hash blockHash) {
        return headerByHash(blockHash).flatMap(h -> account(h.address()).byHeight(h.height()));
    }

    public Optional<AccountBlock> accountBlock(AccountHeader header) {
        return account(header.address()).byHeight(header.height());
    }

    /**
     * Applies one confirmed account transaction (go-zenon momentumStore.AddAccountBlockTransaction): the account patch
     * replayed under {@code 0x03‖address}, the ZNN weight index rewritten, then for the block and each descendant its
     * header, confirmation height and mailbox effects. An empty patch (a descendant's) is skipped.
     */
    public void addAccountBlockTransaction(AccountHeader header, Patch accountPatch) {
        if (accountPatch.isEmpty()) return;
        long confirmation = identifier().height() + 1;
        AccountStore account = account(header.address());
        w().subspace(prefixed(ACCOUNT, header.address().rawBytes())).apply(accountPatch);
        w().put(prefixed(ZNN_BALANCE, header.address().rawBytes()), Bytes.big32(account.balance(TokenStandard.ZNN)));

        AccountBlock block = account.byHeight(header.height())
                .orElseThrow(() -> new StoreException("account patch for " + header.address() + " lacks block at height " + header.height()));
        List<AccountBlock> all = new ArrayList<>();
        all.add(block);
        all.addAll(block.descendantBlocks());
        for (AccountBlock b : all) {
            w().put(prefixed(HEADER_BY_HASH, b.hash().rawBytes()), AccountHeaderProtoCodec.encode(b.header()));
            w().put(prefixed(CONFIRMATION, b.hash().rawBytes()), Bytes.be8(confirmation));
            if (b.isSend()) {
                Mailbox to = mailbox(b.toAddress());
                to.markAsUnreceived(b.hash());
                if (b.toAddress().isEmbedded()) to.sequencerPushBack(b.header());
            } else if (b.blockType() != BlockType.GENESIS_RECEIVE) {
                AccountBlock from = accountBlockByHash(b.fromBlockHash())
                        .orElseThrow(() -> new StoreException("confirmed receive " + b.hash() + " points at unknown send " + b.fromBlockHash()));
                mailbox(from.address()).markBlockThatReceives(b.fromBlockHash(), b.header());
                mailbox(b.address()).markAsReceived(b.fromBlockHash());
            }
        }
    }
}
