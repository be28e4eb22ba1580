package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import io.unikernelz.vm.embedded.definition.ProducingPillar;
import java.math.BigInteger;

/** Rules shared by the pillar registration and update methods (go-zenon implementation/pillars.go). */
final class PillarRegistration {
    private static final Method BURN = Abis.TOKEN.method("Burn");

    private PillarRegistration() {}

    /** go-zenon RegisterParam, the first five arguments of Register, RegisterLegacy and UpdatePillar. */
    record Params(String name, Address producerAddress, Address rewardAddress, int giveBlockRewardPercentage,
                  int giveDelegateRewardPercentage) {
        static Params of(Values v) {
            return new Params(v.string("name"), v.address("producerAddress"), v.address("rewardAddress"),
                    v.intValue("giveBlockRewardPercentage"), v.intValue("giveDelegateRewardPercentage"));
        }
    }

    /** go-zenon checkPillarNameStatic: {@code ErrInvalidName}. */
    static void checkName(String name) {
        if (!NameRules.isValidPillarName(name)) throw VmErrors.INVALID_NAME.exception();
    }

    /** go-zenon checkPillarPercentages: each at most 100, else {@code ErrForbiddenParam}. */
    static void checkPercentages(Params p) {
        if (p.giveBlockRewardPercentage() > 100 || p.giveDelegateRewardPercentage() > 100) throw VmErrors.FORBIDDEN_PARAM.exception();
    }

    /** The static checks of Register and RegisterLegacy before their own: name, percentages. */
    static void checkParams(Params p) {
        checkName(p.name());
        checkPercentages(p);
    }

    /** Registration locks exactly 15 000 ZNN; the QSR comes from the deposit. */
    static void checkStake(AccountBlock block) {
        if (!block.tokenStandard().equals(TokenStandard.ZNN) || block.amount().compareTo(Amounts.PILLAR_STAKE_AMOUNT) != 0) {
            throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        }
    }

    /**
     * go-zenon checkAvailableProducingAddress: an address may produce for a pillar if no pillar ever used it, or if
     * this pillar used it before; {@code ErrNotUnique} otherwise.
     */
    static void checkAvailableProducingAddress(State storage, Address producer, String name) {
        PillarState.producingPillar(storage, producer).ifPresent(owner -> {
            if (!owner.name().equals(name)) throw VmErrors.NOT_UNIQUE.exception();
        });
    }

    /** go-zenon checkAndRegisterPillar: stores the pillar and its producing address. */
    static void register(AccountVmContext context, Params p, Address owner, int pillarType) {
        checkParams(p);
        State storage = context.storage();
        if (PillarState.pillarInfo(storage, p.name()).isPresent()) throw VmErrors.NOT_UNIQUE.exception();
        checkAvailableProducingAddress(storage, p.producerAddress(), p.name());

        PillarInfo pillar = new PillarInfo(p.name(), p.producerAddress(), p.rewardAddress(), owner, Amounts.PILLAR_STAKE_AMOUNT,
                context.frontierMomentum().timestamp(), 0, p.giveBlockRewardPercentage(), p.giveDelegateRewardPercentage(), pillarType);
        storage.put(pillar.storageKey(), pillar.encodeValue());
        ProducingPillar producing = new ProducingPillar(p.producerAddress(), p.name());
        storage.put(producing.storageKey(), producing.encodeValue());
    }

    /** The registration's QSR goes to the token contract with a Burn() call. */
    static AccountBlock burnQsr(BigInteger amount) {
        return Calls.send(Address.PILLAR, Address.TOKEN, amount, TokenStandard.QSR, BURN.encode());
    }
}
