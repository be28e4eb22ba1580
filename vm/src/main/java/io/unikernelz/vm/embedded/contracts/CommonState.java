package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.types.Address;
import io.unikernelz.store.State;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.embedded.definition.LastEpochUpdate;
import io.unikernelz.vm.embedded.definition.LastUpdate;
import io.unikernelz.vm.embedded.definition.QsrDeposit;
import io.unikernelz.vm.embedded.definition.RewardDeposit;
import io.unikernelz.vm.embedded.definition.RewardDepositHistory;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The records every reward-paying contract keeps in its own storage (go-zenon definition/common.go): uncollected
 * rewards, per-epoch reward history, deposited QSR, and the update markers. A missing or empty value reads as the
 * zero record, as go-zenon's getters return.
 */
public final class CommonState {
    private CommonState() {}

    static boolean present(byte[] value) {
        return value != null && value.length > 0;
    }

    public static RewardDeposit rewardDeposit(StateReader storage, Address address) {
        byte[] key = RewardDeposit.key(address);
        byte[] value = storage.get(key);
        return present(value) ? RewardDeposit.decode(key, value) : RewardDeposit.empty(address);
    }

    public static RewardDepositHistory rewardDepositHistory(StateReader storage, long epoch, Address address) {
        byte[] key = RewardDepositHistory.key(epoch, address);
        byte[] value = storage.get(key);
        return present(value) ? RewardDepositHistory.decode(key, value) : RewardDepositHistory.empty(epoch, address);
    }

    public static QsrDeposit qsrDeposit(StateReader storage, Address address) {
        byte[] key = QsrDeposit.key(address);
        byte[] value = storage.get(key);
        return present(value) ? QsrDeposit.decode(key, value) : QsrDeposit.empty(address);
    }

    /** Height of the last effective {@code Update()}; 0 when never updated. */
    public static LastUpdate lastUpdate(StateReader storage) {
        byte[] value = storage.get(LastUpdate.key());
        return present(value) ? LastUpdate.decode(LastUpdate.key(), value) : LastUpdate.NONE;
    }

    /** The last rewarded epoch; -1 when none was. */
    public static LastEpochUpdate lastEpochUpdate(StateReader storage) {
        byte[] value = storage.get(LastEpochUpdate.key());
        return present(value) ? LastEpochUpdate.decode(LastEpochUpdate.key(), value) : LastEpochUpdate.NONE;
    }

    /**
     * go-zenon addReward: adds to the address's uncollected rewards and to its history for {@code epoch}. Both
     * records are written even when the amounts are zero — the writes are part of the block's changes hash.
     */
    static void addReward(State storage, long epoch, Address address, BigInteger znn, BigInteger qsr) {
        RewardDeposit deposit = rewardDeposit(storage, address);
        RewardDeposit updated = new RewardDeposit(address, deposit.znn().add(znn), deposit.qsr().add(qsr));
        storage.put(updated.storageKey(), updated.encodeValue());

        RewardDepositHistory history = rewardDepositHistory(storage, epoch, address);
        RewardDepositHistory updatedHistory = new RewardDepositHistory(epoch, address, history.znn().add(znn), history.qsr().add(qsr));
        storage.put(updatedHistory.storageKey(), updatedHistory.encodeValue());
    }

    /**
     * go-zenon checkAndConsumeQsr: takes {@code required} from the owner's deposited QSR, deleting the record when it
     * reaches zero; {@code ErrNotEnoughDepositedQsr} (nothing written) when the deposit is smaller.
     */
    static Optional<NomError> consumeQsr(State storage, Address owner, BigInteger required) {
        QsrDeposit deposit = qsrDeposit(storage, owner);
        if (deposit.qsr().compareTo(required) < 0) return Optional.of(VmErrors.NOT_ENOUGH_DEPOSITED_QSR);
        BigInteger left = deposit.qsr().subtract(required);
        if (left.signum() == 0) {
            storage.delete(deposit.storageKey());
        } else {
            QsrDeposit updated = new QsrDeposit(owner, left);
            storage.put(updated.storageKey(), updated.encodeValue());
        }
        return Optional.empty();
    }
}
