package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.store.State;
import io.unikernelz.store.StateReader;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.ContractParameters;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.embedded.definition.SecurityInfo;
import io.unikernelz.vm.embedded.definition.TimeChallengeInfo;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guardian and time-challenge rules the bridge and liquidity contracts share (go-zenon implementation/common.go
 * TimeChallenge, CheckSecurityInitialized; NominateGuardians and ProposeAdministrator in bridge.go/liquidity.go).
 * Each contract keeps its own {@link SecurityInfo} and challenges in its own storage.
 */
public final class SecurityRules {
    private SecurityRules() {}

    /** go-zenon GetSecurityInfoVariable: no guardians and the network's minimum delays until nominated. */
    public static SecurityInfo securityInfo(StateReader storage, ContractParameters params) {
        byte[] value = storage.get(SecurityInfo.key());
        return CommonState.present(value) ? SecurityInfo.decode(SecurityInfo.key(), value)
                : SecurityInfo.initial(params.minAdministratorDelay(), params.minSoftDelay());
    }

    static SecurityInfo securityInfo(AccountVmContext context) {
        return securityInfo(context.storage(), context.parameters());
    }

    /** go-zenon CheckSecurityInitialized: at least the minimum number of guardians, else {@code ErrSecurityNotInitialized}. */
    static SecurityInfo requireInitialized(AccountVmContext context) {
        SecurityInfo info = securityInfo(context);
        if (info.guardians().size() < context.parameters().minGuardians()) throw VmErrors.SECURITY_NOT_INITIALIZED.exception();
        return info;
    }

    static void save(State storage, SecurityInfo info) {
        storage.put(info.storageKey(), info.encodeValue());
    }

    /** The stored challenge of a method, if any. */
    public static Optional<TimeChallengeInfo> timeChallenge(StateReader storage, String methodName) {
        byte[] key = TimeChallengeInfo.key(methodName);
        byte[] value = storage.get(key);
        return CommonState.present(value) ? Optional.of(TimeChallengeInfo.decode(key, value)) : Optional.empty();
    }

    /**
     * go-zenon TimeChallenge: an administrator change takes two calls with the same parameters. The first (or one
     * with other parameters) records {@code paramsHash} at the current height and returns false — the caller then
     * succeeds without applying anything. A repeat more than {@code delay} momentums later clears the challenge and
     * returns true (apply now); a repeat before that fails with {@code ErrTimeChallengeNotDue}. The record is saved
     * either way.
     */
    static boolean passTimeChallenge(AccountVmContext context, String methodName, byte[] paramsHash, long delay) {
        State storage = context.storage();
        Hash hash = Hash.wrap(paramsHash);
        long height = context.frontierMomentum().height();
        TimeChallengeInfo current = timeChallenge(storage, methodName).orElse(new TimeChallengeInfo(methodName, Hash.ZERO, 0));
        TimeChallengeInfo updated;
        if (current.paramsHash().equals(hash)) {
            if (Long.compareUnsigned(current.challengeStartHeight() + delay, height) >= 0) throw VmErrors.TIME_CHALLENGE_NOT_DUE.exception();
            updated = new TimeChallengeInfo(current.methodName(), Hash.ZERO, current.challengeStartHeight());
        } else {
            updated = new TimeChallengeInfo(current.methodName(), hash, height);
        }
        storage.put(updated.storageKey(), updated.encodeValue());
        return updated.paramsHash().isZero();
    }

    /** Guardians in the order go-zenon sorts them: by their bech32 text. */
    static List<Address> sortedGuardians(List<Address> guardians) {
        List<Address> sorted = new ArrayList<>(guardians);
        sorted.sort(Comparator.comparing(Address::toString));
        return sorted;
    }

    /** The NominateGuardians challenge parameters: SHA3-256 of the sorted guardians' bytes. */
    static byte[] guardiansHash(List<Address> sortedGuardians) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Address a : sortedGuardians) out.writeBytes(a.rawBytes());
        return Sha3.sha3(out.toByteArray());
    }

    /** The nominated guardians with one empty vote each. */
    static SecurityInfo withGuardians(SecurityInfo info, List<Address> sortedGuardians) {
        return new SecurityInfo(sortedGuardians, Collections.nCopies(sortedGuardians.size(), Address.ZERO), info.administratorDelay(),
                info.softDelay());
    }

    /** The outcome of a guardian's vote: the security record to save and the new administrator once a majority agrees. */
    record Vote(SecurityInfo security, Optional<Address> elected) {}

    /**
     * go-zenon ProposeAdministrator voting: the sender's (first) guardian slot takes {@code proposed}
     * ({@code ErrNotGuardian} if the sender is none); then votes are counted in slot order, and the first address
     * whose count exceeds half the guardians (both counted in uint8, as go-zenon does) is elected and every vote
     * cleared.
     */
    static Vote vote(SecurityInfo info, Address sender, Address proposed) {
        List<Address> votes = new ArrayList<>(info.guardiansVotes());
        int slot = info.guardians().indexOf(sender);
        if (slot < 0) throw VmErrors.NOT_GUARDIAN.exception();
        votes.set(slot, proposed);

        int threshold = (info.guardians().size() / 2) & 0xff;
        Map<Address, Integer> counts = new HashMap<>();
        Optional<Address> elected = Optional.empty();
        for (Address v : votes) {
            if (v.isZero()) continue;
            int count = counts.merge(v, 1, (a, b) -> (a + b) & 0xff);
            if (count > threshold) {
                elected = Optional.of(v);
                Collections.fill(votes, Address.ZERO);
                break;
            }
        }
        return new Vote(new SecurityInfo(info.guardians(), votes, info.administratorDelay(), info.softDelay()), elected);
    }
}
