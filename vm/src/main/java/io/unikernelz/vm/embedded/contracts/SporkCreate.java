package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.Spork;
import java.util.List;
import java.util.Objects;

/**
 * Spork {@code CreateSpork(string name, string description)}: stores a new, not yet activated spork whose id is the
 * send block's hash. Only the genesis spork address, or the community spork address inside its height window, may
 * call it (go-zenon implementation/spork.go CreateSporkMethod).
 */
public final class SporkCreate implements EmbeddedMethod {
    private static final Method METHOD = Abis.SPORK.method("CreateSpork");

    private final SporkSupport.CommunityWindow community;

    /** With the mainnet community spork address and window. */
    public SporkCreate() {
        this(SporkSupport.CommunityWindow.MAINNET);
    }

    public SporkCreate(SporkSupport.CommunityWindow community) {
        this.community = Objects.requireNonNull(community, "community");
    }

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    /** Every rule except the sender's, which needs the network's spork address (see the context overload). */
    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        if (block.amount().signum() != 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        Values v = decode(block.data());
        String name = v.string("name");
        String description = v.string("description");
        AccountBlock canonical = Calls.withData(block, METHOD.encode(name, description));
        SporkSupport.checkMetadata(name, description);
        return canonical;
    }

    @Override
    public AccountBlock validateSendBlock(AccountVmContext context, AccountBlock block) {
        SporkSupport.requireSporkSender(context, community, block.address());
        return validateSendBlock(block);
    }

    /** go-zenon answers a CreateSpork that does not unpack with ErrForbiddenParam, not ErrUnpackError. */
    private static Values decode(byte[] data) {
        try {
            return METHOD.decode(data);
        } catch (IllegalArgumentException e) {
            throw VmErrors.FORBIDDEN_PARAM.exception();
        }
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send;
        try {
            send = validateSendBlock(context, sendBlock);
        } catch (NomException e) {
            context.contractLog("spork").debug("invalid create - syntactic validation failed",
                    "address", sendBlock.address(), "reason", SporkSupport.reason(e));
            throw e;
        }
        SporkSupport.requireOpenCommunityWindow(context, community, send.address());

        Values v = decode(send.data());
        Spork spork = new Spork(send.hash(), v.string("name"), v.string("description"), false, 0);
        context.storage().put(spork.storageKey(), spork.encodeValue());
        context.contractLog("spork").debug("created", "spork", SporkSupport.format(spork));
        return List.of();
    }
}
