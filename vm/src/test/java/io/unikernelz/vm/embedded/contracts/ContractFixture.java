package io.unikernelz.vm.embedded.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.StateLayer;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.PillarReader;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.StorageEntry;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * One embedded contract's account database in memory, with a settable acknowledged momentum, driven the way the VM
 * drives an embedded receive: credit the sent amount, run the method in a saved layer, debit the descendants, keep
 * the layer on success and drop it on a contract error (go-zenon vm.go generateEmbeddedReceive/rollbackEmbedded).
 */
final class ContractFixture {
    static final Address USER1 = Address.parse("z1qzal6c5s9rjnnxd2z7dvdhjxpmmj4fmw56a0mz");
    static final Address USER2 = Address.parse("z1qr4pexnnfaexqqz8nscjjcsajy5hdqfkgadvwx");
    static final Address USER3 = Address.parse("z1qrs2lpccnsneglhnnfwvlsj0qncnxjnwlfmjac");
    /** go-zenon mock genesis time. */
    static final long GENESIS_TIME = 1_000_000_000L;

    final Address contract;
    final StateLayer accountState = StateLayer.empty();
    /** Momentum-level state under the frontier (e.g. the spork contract's storage); each context stacks a layer on it. */
    final StateLayer momentumState = StateLayer.empty();
    final List<VmLog.Record> logs = new ArrayList<>();
    long height = 2;
    long timestamp = GENESIS_TIME + 10;
    PillarReader pillarReader;
    ContractParameters parameters = ContractParameters.mainnet();
    private long sendCounter;

    ContractFixture(Address contract) {
        this.contract = contract;
    }

    /** Moves the acknowledged momentum: go-zenon's mock makes one momentum every 10 seconds. */
    ContractFixture at(long momentumHeight) {
        this.height = momentumHeight;
        this.timestamp = GENESIS_TIME + 10 * (momentumHeight - 1);
        return this;
    }

    ContractFixture atTime(long momentumHeight, long unixSeconds) {
        this.height = momentumHeight;
        this.timestamp = unixSeconds;
        return this;
    }

    AccountVmContext context() {
        MomentumStore momentums = MomentumStore.writable(StateLayer.over(momentumState));
        Momentum frontier = Momentum.builder().version(1).chainIdentifier(100).height(height).timestamp(timestamp)
                .hash(Hash.of(("momentum " + height).getBytes())).build();
        momentums.setFrontierMomentum(frontier);
        Momentum genesis = Momentum.builder().version(1).chainIdentifier(100).height(1).timestamp(GENESIS_TIME).build();
        return new AccountVmContext(contract, 100, accountState, momentums, genesis, () -> {
            if (pillarReader == null) throw new IllegalStateException("test did not configure a pillar reader");
            return pillarReader;
        }, logs::add, parameters);
    }

    /** A user's send block to this contract with a unique hash. */
    AccountBlock send(Address from, BigInteger amount, TokenStandard zts, byte[] data) {
        sendCounter++;
        return AccountBlock.builder().version(1).chainIdentifier(100).blockType(BlockType.USER_SEND).address(from)
                .toAddress(contract).amount(amount).tokenStandard(zts).data(data).height(sendCounter)
                .previousHash(Hash.of(("previous " + sendCounter).getBytes())).build().withComputedHash();
    }

    AccountBlock send(Address from, byte[] data) {
        return send(from, BigInteger.ZERO, TokenStandard.ZNN, data);
    }

    /** Runs the receive; commits its writes and returns the descendants, or rolls back and rethrows. */
    List<AccountBlock> receive(EmbeddedMethod method, AccountBlock send) {
        AccountVmContext context = context();
        context.save();
        context.addBalance(send.tokenStandard(), send.amount());
        List<AccountBlock> descendants;
        try {
            descendants = method.receiveBlock(context, send);
            for (AccountBlock d : descendants) context.subBalance(d.tokenStandard(), d.amount());
        } catch (NomException e) {
            context.reset();
            throw e;
        }
        context.done();
        accountState.apply(context.changes());
        return descendants;
    }

    /** Asserts the receive fails with {@code error} and leaves the contract's database untouched. */
    void receiveFails(EmbeddedMethod method, AccountBlock send, NomError error) {
        String before = accountState.changes().toString();
        assertThatThrownBy(() -> receive(method, send)).isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(error));
        assertThat(accountState.changes().toString()).isEqualTo(before);
    }

    static void sendFails(EmbeddedMethod method, AccountBlock send, NomError error) {
        assertThatThrownBy(() -> method.validateSendBlock(send))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    /** Writes a record into the contract's storage, as an earlier block would have. */
    void put(StorageEntry entry) {
        AccountVmContext c = context();
        c.storage().put(entry.storageKey(), entry.encodeValue());
        accountState.apply(c.changes());
    }

    /** Makes a spork enforced from momentum 2 on (sporks are never active at the genesis momentum). */
    void enforceSpork(Hash sporkId) {
        io.unikernelz.vm.embedded.definition.Spork spork = new io.unikernelz.vm.embedded.definition.Spork(sporkId, "spork", "test spork", true, 2);
        MomentumStore.writable(momentumState).account(Address.SPORK).storage().put(spork.storageKey(), spork.encodeValue());
    }

    /** Credits the contract, as earlier blocks would have. */
    void credit(TokenStandard zts, BigInteger amount) {
        AccountVmContext c = context();
        c.addBalance(zts, amount);
        accountState.apply(c.changes());
    }

    byte[] storageValue(byte[] key) {
        return context().storage().get(key);
    }

    BigInteger balance(TokenStandard zts) {
        return context().balance(zts);
    }

    /** Log lines without the time, in log15's logfmt (values quoted when they hold a space, '=' or '"'). */
    List<String> logLines() {
        List<String> out = new ArrayList<>();
        for (VmLog.Record r : logs) {
            StringBuilder sb = new StringBuilder("lvl=").append(r.level().logfmt()).append(" msg=").append(quote(r.message()));
            for (int i = 0; i < r.context().size(); i += 2) {
                sb.append(' ').append(r.context().get(i)).append('=').append(quote(r.context().get(i + 1)));
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static String quote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '=' || c == '"') return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return s;
    }
}
