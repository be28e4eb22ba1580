package io.unikernelz.consensus;

import io.unikernelz.chain.Chain;
import io.unikernelz.chain.ChainException;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.store.StateEntry;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.vm.embedded.definition.DelegationInfo;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The election's view of a {@link Chain}: pillar-contract state and the ZNN weight index at a given momentum. */
public final class ChainMomentumView implements MomentumView {
    private final Chain chain;

    public ChainMomentumView(Chain chain) {
        this.chain = chain;
    }

    public static MomentumRef ref(Momentum m) {
        return new MomentumRef(m.hash(), m.height(), m.timestamp());
    }

    @Override
    public Optional<MomentumRef> momentumBefore(long unixSeconds) {
        return chain.momentumBeforeTime(unixSeconds).map(ChainMomentumView::ref);
    }

    private MomentumStore at(MomentumRef at) {
        return chain.momentumStore(at.hashHeight())
                .orElseThrow(() -> new ChainException("momentum " + at.hashHeight() + " is not part of the chain"));
    }

    private static StateReader pillarStorage(MomentumStore ms) {
        return ms.account(Address.PILLAR).storageReader();
    }

    @Override
    public List<Pillar> activePillars(MomentumRef at) {
        List<Pillar> out = new ArrayList<>();
        for (StateEntry e : pillarStorage(at(at)).entries(new byte[] {PillarInfo.PREFIX})) {
            PillarInfo p = PillarInfo.decode(e.key(), e.value());
            if (p.isActive()) out.add(new Pillar(p.name(), p.blockProducingAddress()));
        }
        return out;
    }

    @Override
    public List<Delegation> delegations(MomentumRef at) {
        List<Delegation> out = new ArrayList<>();
        for (StateEntry e : pillarStorage(at(at)).entries(new byte[] {DelegationInfo.PREFIX})) {
            DelegationInfo d = DelegationInfo.decode(e.key(), e.value());
            out.add(new Delegation(d.backer(), d.name()));
        }
        return out;
    }

    @Override
    public BigInteger znnBalance(MomentumRef at, Address address) {
        return at(at).znnWeight(address);
    }
}
