package io.unikernelz.vm.embedded.plasma;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.GoFormat;
import io.unikernelz.vm.embedded.definition.FusedAmount;
import io.unikernelz.vm.embedded.definition.FusionInfo;
import java.util.List;

/**
 * {@code Fuse(address beneficiary)}: locks at least 10 whole QSR and gives the beneficiary plasma; the entry can be
 * cancelled {@link io.unikernelz.vm.ContractParameters#fuseExpiration()} momentums later (go-zenon implementation/plasma.go).
 */
public final class FuseMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.PLASMA.method("Fuse");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Address beneficiary = beneficiary(block);
        if (!block.tokenStandard().equals(TokenStandard.QSR) || block.amount().compareTo(PlasmaContract.FUSE_MIN_AMOUNT) < 0) {
            throw PlasmaContract.invalidTokenOrAmount();
        }
        if (block.amount().mod(PlasmaContract.FUSION_UNIT).signum() != 0) throw PlasmaContract.invalidTokenOrAmount();
        return block.toBuilder().data(METHOD.encode(beneficiary)).build();
    }

    private static Address beneficiary(AccountBlock block) {
        try {
            return METHOD.decode(block.data()).address("address");
        } catch (IllegalArgumentException e) {
            throw VmErrors.UNPACK_ERROR.exception();
        }
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Address beneficiary = beneficiary(send);
        long now = context.frontierMomentum().height();

        FusionInfo info = new FusionInfo(send.address(), send.hash(), send.amount(), now + context.parameters().fuseExpiration(), beneficiary);
        context.storage().put(info.storageKey(), info.encodeValue());

        FusedAmount before = PlasmaContract.fusedAmount(context.storage(), beneficiary);
        FusedAmount fused = new FusedAmount(beneficiary, before.amount().add(send.amount()));
        context.storage().put(fused.storageKey(), fused.encodeValue());

        context.contractLog("plasma").debug("fused new entry",
                "fusionInfo", PlasmaContract.format(info), "beneficiary", GoFormat.pointer(PlasmaContract.format(fused)));
        return List.of();
    }
}
