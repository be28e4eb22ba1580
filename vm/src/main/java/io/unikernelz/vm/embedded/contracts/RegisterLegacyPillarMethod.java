package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.store.State;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.LegacyPillarEntry;
import io.unikernelz.vm.embedded.definition.PillarInfo;
import java.util.List;

/**
 * Pillar {@code RegisterLegacy(name, producerAddress, rewardAddress, giveBlockRewardPercentage,
 * giveDelegateRewardPercentage, publicKey, signature)}: registers a pillar slot carried over from the legacy network,
 * proven with a secp256k1 swap signature; consumes one slot of the key's legacy entry and always costs the base
 * 150 000 QSR (go-zenon implementation/pillars.go LegacyRegisterMethod).
 */
public final class RegisterLegacyPillarMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.PILLAR.method("RegisterLegacy");
    private static final VmLog.Logger NO_LOG = new VmLog.Logger(VmLog.discard());

    @Override
    public long plasma() {
        return 2 * Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        return validate(block, NO_LOG);
    }

    /** The send-side check logs the expected signed message, as go-zenon's ValidateSendBlock does. */
    @Override
    public AccountBlock validateSendBlock(AccountVmContext context, AccountBlock block) {
        return validate(block, swapUtilsLog(context));
    }

    private static VmLog.Logger swapUtilsLog(AccountVmContext context) {
        return context.contractLog("swap-utils-log");
    }

    private static AccountBlock validate(AccountBlock block, VmLog.Logger log) {
        Values v = Calls.decode(METHOD, block.data());
        PillarRegistration.Params p = PillarRegistration.Params.of(v);
        String publicKey = v.string("publicKey");
        String signature = v.string("signature");
        PillarRegistration.checkParams(p);
        SwapSignatures.check(SwapSignatures.Operation.RETRIEVE_LEGACY_PILLAR, block.address(), publicKey, signature, log).ifPresent(e -> {
            throw e.exception();
        });
        PillarRegistration.checkStake(block);
        return Calls.withData(block, METHOD.encode(p.name(), p.producerAddress(), p.rewardAddress(), p.giveBlockRewardPercentage(),
                p.giveDelegateRewardPercentage(), publicKey, signature));
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validate(sendBlock, swapUtilsLog(context));
        Values v = Calls.decode(METHOD, send.data());
        PillarRegistration.Params p = PillarRegistration.Params.of(v);
        byte[] publicKey = GoBase64.decode(v.string("publicKey")).orElseThrow(VmErrors.INVALID_B64_DECODE::exception);

        State storage = context.storage();
        LegacyPillarEntry entry = PillarState.legacyEntry(storage, SwapSignatures.keyIdHash(publicKey))
                .orElseThrow(VmErrors.NOT_ENOUGH_SLOTS::exception);
        // uint8 arithmetic, as stored
        LegacyPillarEntry consumed = new LegacyPillarEntry(entry.keyIdHash(), (entry.pillarCount() - 1) & 0xff);
        if (consumed.pillarCount() == 0) {
            storage.delete(consumed.storageKey());
        } else {
            storage.put(consumed.storageKey(), consumed.encodeValue());
        }

        PillarRegistration.register(context, p, send.address(), PillarInfo.LEGACY_PILLAR_TYPE);
        CommonState.consumeQsr(context.storage(), send.address(), Amounts.PILLAR_QSR_STAKE_BASE_AMOUNT).ifPresent(e -> {
            throw e.exception();
        });
        return List.of(PillarRegistration.burnQsr(Amounts.PILLAR_QSR_STAKE_BASE_AMOUNT));
    }
}
