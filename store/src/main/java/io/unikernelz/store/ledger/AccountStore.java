package io.unikernelz.store.ledger;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.proto.AccountBlockProtoCodec;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.Frontier;
import io.unikernelz.store.State;
import io.unikernelz.store.StateEntry;
import io.unikernelz.store.StateReader;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One account's database (go-zenon chain/account): frontier records 0x00–0x02 with proto(AccountBlock), balances
 * {@code 0x03‖zts → big32}, contract storage under {@code 0x04}, chain plasma {@code 0x05 → big32}, received marks
 * {@code 0x06‖fromHash → be8(1)} and the contract sequencer's front index {@code 0x07 → be8}.
 */
public final class AccountStore {
    static final byte BALANCE = 0x03;
    static final byte STORAGE = 0x04;
    static final byte CHAIN_PLASMA = 0x05;
    static final byte RECEIVED = 0x06;
    static final byte SEQUENCER_FRONT = 0x07;

    private final Address address;
    private final StateReader reader;
    private final State writer;

    private AccountStore(Address address, StateReader reader, State writer) {
        this.address = Objects.requireNonNull(address, "address");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.writer = writer;
    }

    public static AccountStore writable(Address address, State state) {
        return new AccountStore(address, state, state);
    }

    public static AccountStore readOnly(Address address, StateReader reader) {
        return new AccountStore(address, reader, null);
    }

    public Address address() {
        return address;
    }

    public StateReader reader() {
        return reader;
    }

    private State w() {
        if (writer == null) throw new IllegalStateException("account store of " + address + " is read-only");
        return writer;
    }

    // ---- frontier / blocks

    public HashHeight identifier() {
        return Frontier.identifier(reader);
    }

    public Optional<AccountBlock> frontier() {
        HashHeight id = identifier();
        return id.height() == 0 ? Optional.empty() : byHeight(id.height());
    }

    public Optional<AccountBlock> byHeight(long height) {
        return Frontier.entryByHeight(reader, height).map(AccountBlockProtoCodec::decode);
    }

    public Optional<AccountBlock> byHash(Hash hash) {
        return Frontier.entryByHash(reader, hash).map(AccountBlockProtoCodec::decode);
    }

    public void setFrontier(AccountBlock block) {
        Frontier.set(w(), block.identifier(), AccountBlockProtoCodec.encode(block));
    }

    // ---- balances

    public static byte[] balanceKey(TokenStandard zts) {
        return Bytes.concat(new byte[] {BALANCE}, zts.rawBytes());
    }

    public BigInteger balance(TokenStandard zts) {
        return Bytes.unsigned(reader.get(balanceKey(zts)));
    }

    public void setBalance(TokenStandard zts, BigInteger balance) {
        if (balance.signum() < 0) throw new IllegalArgumentException("negative balance for " + zts + " of " + address);
        w().put(balanceKey(zts), Bytes.big32(balance));
    }

    public void addBalance(TokenStandard zts, BigInteger amount) {
        setBalance(zts, balance(zts).add(amount == null ? BigInteger.ZERO : amount));
    }

    /** Subtracts; the caller checked funds (go-zenon writes the key even for a zero amount or the zero ZTS). */
    public void subBalance(TokenStandard zts, BigInteger amount) {
        setBalance(zts, balance(zts).subtract(amount == null ? BigInteger.ZERO : amount));
    }

    /** Every balance key, in key order. */
    public Map<TokenStandard, BigInteger> balances() {
        Map<TokenStandard, BigInteger> out = new LinkedHashMap<>();
        for (StateEntry e : reader.entries(new byte[] {BALANCE})) {
            byte[] k = e.key();
            if (k.length != 1 + TokenStandard.SIZE) continue;
            out.put(TokenStandard.wrap(java.util.Arrays.copyOfRange(k, 1, k.length)), Bytes.unsigned(e.value()));
        }
        return out;
    }

    // ---- contract storage

    /** The contract storage (go-zenon Storage(): a subset under 0x04; a missing key reads as null here). */
    public State storage() {
        return w().subspace(new byte[] {STORAGE});
    }

    public StateReader storageReader() {
        return reader.subspace(new byte[] {STORAGE});
    }

    // ---- plasma

    public BigInteger chainPlasma() {
        return Bytes.unsigned(reader.get(new byte[] {CHAIN_PLASMA}));
    }

    /** Always writes the key, even when adding 0 (it lands in the ChangesHash). */
    public void addChainPlasma(long plasma) {
        BigInteger v = chainPlasma().add(BigInteger.valueOf(plasma).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));
        w().put(new byte[] {CHAIN_PLASMA}, Bytes.big32(v));
    }

    // ---- receive marks and sequencer

    private static byte[] receivedKey(Hash fromHash) {
        return Bytes.concat(new byte[] {RECEIVED}, fromHash.rawBytes());
    }

    public void markAsReceived(Hash fromHash) {
        w().put(receivedKey(fromHash), Bytes.be8(1));
    }

    public boolean isReceived(Hash fromHash) {
        return reader.has(receivedKey(fromHash));
    }

    public long sequencerFrontIndex() {
        byte[] v = reader.get(new byte[] {SEQUENCER_FRONT});
        return v == null ? 0 : Bytes.readBe8(v, 0);
    }

    public void sequencerPopFront() {
        w().put(new byte[] {SEQUENCER_FRONT}, Bytes.be8(sequencerFrontIndex() + 1));
    }
}
