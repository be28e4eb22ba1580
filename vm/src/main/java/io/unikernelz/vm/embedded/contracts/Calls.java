package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import java.math.BigInteger;

/** Call-data handling and descendant templates shared by the contract methods. */
final class Calls {
    private Calls() {}

    /** Decodes call data; anything the ABI rejects is {@code ErrUnpackError}, as in every go-zenon method. */
    static Values decode(Method method, byte[] data) {
        try {
            return method.decode(data);
        } catch (IllegalArgumentException e) {
            throw VmErrors.UNPACK_ERROR.exception();
        }
    }

    /** The block with its call data replaced by the canonical encoding (go-zenon {@code block.Data = PackMethod(...)}). */
    static AccountBlock withData(AccountBlock block, byte[] data) {
        return block.toBuilder().data(data).build();
    }

    /**
     * A descendant send template. {@code data} null is go's nil slice, which the RPC shows as JSON null — kept
     * distinct from an empty slice where go-zenon makes that distinction.
     */
    static AccountBlock send(Address from, Address to, BigInteger amount, TokenStandard zts, byte[] data) {
        return AccountBlock.builder()
                .blockType(BlockType.CONTRACT_SEND)
                .address(from)
                .toAddress(to)
                .amount(amount)
                .tokenStandard(zts)
                .data(data)
                .build();
    }

    /** go-zenon's {@code block.Amount.Sign() != 0} check shared by the argument-less management calls. */
    static void requireNoAmount(AccountBlock block) {
        if (block.amount().signum() != 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
    }
}
