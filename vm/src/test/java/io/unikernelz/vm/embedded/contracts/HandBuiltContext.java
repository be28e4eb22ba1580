package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.StateLayer;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.PillarReader;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.StorageEntry;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An {@link AccountVmContext} built by hand for contract unit tests: the contract's own balances and storage, a
 * momentum store whose frontier momentum has a chosen height and time (plus storage of other contracts, e.g. the
 * pillar contract), go-zenon's mock genesis time, and a log that keeps every record.
 */
final class HandBuiltContext {
    static final long CHAIN_ID = 100;
    /** go-zenon's mock genesis time, 2001-09-09T01:46:40Z. */
    static final long GENESIS_TIME = 1_000_000_000L;
    static final long DAY = 86_400;

    final AccountVmContext context;
    final List<VmLog.Record> logs;

    private HandBuiltContext(AccountVmContext context, List<VmLog.Record> logs) {
        this.context = context;
        this.logs = logs;
    }

    static Builder of(Address contract) {
        return new Builder(contract);
    }

    /** The log lines as {@code message k=v k=v} (logger context included), for compact assertions. */
    List<String> logLines() {
        return logs.stream().map(r -> {
            StringBuilder sb = new StringBuilder(r.message());
            for (int i = 0; i < r.context().size(); i += 2) sb.append(' ').append(r.context().get(i)).append('=').append(r.context().get(i + 1));
            return sb.toString();
        }).collect(Collectors.toList());
    }

    /**
     * Runs a contract receive as the VM does: in a saved layer that is kept on success and dropped on a contract
     * error, so a failed call leaves no writes behind.
     */
    List<AccountBlock> receive(EmbeddedMethod method, AccountBlock send) {
        context.save();
        try {
            List<AccountBlock> out = method.receiveBlock(context, send);
            context.done();
            return out;
        } catch (NomException e) {
            context.reset();
            throw e;
        }
    }

    /** The contract's storage value under {@code key}, or null. */
    byte[] stored(byte[] key) {
        return context.storage().get(key);
    }

    /** A user send to {@code contract} with a deterministic hash derived from {@code label}. */
    static AccountBlock send(Address from, Address contract, TokenStandard zts, BigInteger amount, byte[] data, String label) {
        return AccountBlock.builder().blockType(BlockType.USER_SEND).address(from).toAddress(contract).tokenStandard(zts)
                .amount(amount).data(data).hash(hashOf(label)).build();
    }

    static AccountBlock send(Address from, Address contract, byte[] data, String label) {
        return send(from, contract, TokenStandard.ZERO, BigInteger.ZERO, data, label);
    }

    static Hash hashOf(String label) {
        return Hash.of(label.getBytes(StandardCharsets.UTF_8));
    }

    /** A one-day epoch ticker from the mock genesis, the only consensus data these contracts read. */
    static PillarReader epochsOnly() {
        PillarReader.EpochTicker ticker = new PillarReader.EpochTicker() {
            @Override
            public long startTime(long tick) {
                return GENESIS_TIME + tick * DAY;
            }

            @Override
            public long endTime(long tick) {
                return startTime(tick) + DAY;
            }

            @Override
            public long toTick(long unixSeconds) {
                return unixSeconds <= GENESIS_TIME ? 0 : (unixSeconds - GENESIS_TIME) / DAY;
            }
        };
        return new PillarReader() {
            @Override
            public Map<String, BigInteger> pillarWeights() {
                throw new IllegalStateException("not used by these contracts");
            }

            @Override
            public EpochTicker epochTicker() {
                return ticker;
            }

            @Override
            public EpochStats epochStats(long epoch) {
                throw new IllegalStateException("not used by these contracts");
            }

            @Override
            public Map<String, PillarDelegationDetail> pillarDelegationsByEpoch(long epoch) {
                throw new IllegalStateException("not used by these contracts");
            }
        };
    }

    static final class Builder {
        private final Address contract;
        private final StateLayer account = StateLayer.empty();
        private final StateLayer momentums = StateLayer.empty();
        private long height = 2;
        private long timestamp = GENESIS_TIME + 10;
        private ContractParameters parameters = ContractParameters.mainnet();
        private Supplier<PillarReader> pillarReader = HandBuiltContext::epochsOnly;

        private Builder(Address contract) {
            this.contract = contract;
        }

        /** The acknowledged (frontier) momentum's height and Unix time. */
        Builder frontier(long height, long timestamp) {
            this.height = height;
            this.timestamp = timestamp;
            return this;
        }

        Builder parameters(ContractParameters p) {
            this.parameters = p;
            return this;
        }

        Builder balance(TokenStandard zts, BigInteger amount) {
            AccountStore.writable(contract, account).setBalance(zts, amount);
            return this;
        }

        Builder storage(StorageEntry entry) {
            return storage(entry.storageKey(), entry.encodeValue());
        }

        Builder storage(byte[] key, byte[] value) {
            AccountStore.writable(contract, account).storage().put(key, value);
            return this;
        }

        /** Storage of another account as of the acknowledged momentum (e.g. pillars for the accelerator). */
        Builder momentumStorage(Address other, StorageEntry entry) {
            MomentumStore.writable(momentums).account(other).storage().put(entry.storageKey(), entry.encodeValue());
            return this;
        }

        HandBuiltContext build() {
            Momentum genesis = Momentum.builder().version(1).chainIdentifier(CHAIN_ID).height(1).timestamp(GENESIS_TIME)
                    .build().withComputedHash();
            Momentum frontier = height == 1 ? genesis : Momentum.builder().version(1).chainIdentifier(CHAIN_ID).height(height)
                    .timestamp(timestamp).build().withComputedHash();
            MomentumStore.writable(momentums).setFrontierMomentum(frontier);
            List<VmLog.Record> logs = new ArrayList<>();
            AccountVmContext context = new AccountVmContext(contract, CHAIN_ID, account, MomentumStore.readOnly(momentums), genesis,
                    pillarReader, logs::add, parameters);
            return new HandBuiltContext(context, logs);
        }
    }
}
