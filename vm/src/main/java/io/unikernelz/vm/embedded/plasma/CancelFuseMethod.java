package io.unikernelz.vm.embedded.plasma;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
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
 * {@code CancelFuse(hash id)}: once the entry's expiration height is reached, removes the sender's fusion and returns
 * the QSR in a descendant block (go-zenon implementation/plasma.go).
 */
public final class CancelFuseMethod implements EmbeddedMethod {
    private static final Method METHOD = Abis.PLASMA.method("CancelFuse");

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_W_RESPONSE_PLASMA;
    }

    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Hash id = id(block);
        if (block.amount().signum() > 0) throw PlasmaContract.invalidTokenOrAmount();
        return block.toBuilder().data(METHOD.encode(id)).build();
    }

    private static Hash id(AccountBlock block) {
        try {
            return METHOD.decode(block.data()).hash("id");
        } catch (IllegalArgumentException e) {
            throw VmErrors.UNPACK_ERROR.exception();
        }
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send = validateSendBlock(sendBlock);
        Hash id = id(send);
        long now = context.frontierMomentum().height();

        FusionInfo info = PlasmaContract.fusionInfo(context.storage(), send.address(), id)
                .orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        if (Long.compareUnsigned(info.expirationHeight(), now) > 0) throw VmErrors.REVOKE_NOT_DUE.exception();

        Address beneficiary = info.beneficiary();
        FusedAmount before = PlasmaContract.fusedAmount(context.storage(), beneficiary);
        FusedAmount remaining = new FusedAmount(beneficiary, before.amount().subtract(info.amount()));

        context.contractLog("plasma").debug("canceled fusion entry",
                "fusionInfo", GoFormat.pointer(PlasmaContract.format(info)),
                "beneficiary-remaining", GoFormat.pointer(PlasmaContract.format(remaining)));

        if (remaining.amount().signum() == 0) {
            context.storage().delete(remaining.storageKey());
        } else {
            context.storage().put(remaining.storageKey(), remaining.encodeValue());
        }
        context.storage().delete(info.storageKey());

        return List.of(AccountBlock.builder()
                .blockType(BlockType.CONTRACT_SEND)
                .address(Address.PLASMA)
                .toAddress(send.address())
                .amount(info.amount())
                .tokenStandard(TokenStandard.QSR)
                .data(new byte[0])
                .build());
    }
}
