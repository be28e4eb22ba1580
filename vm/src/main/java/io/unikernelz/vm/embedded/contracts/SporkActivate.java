package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.AccountVmContext;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Method;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.Spork;
import java.util.List;
import java.util.Objects;

/**
 * Spork {@code ActivateSpork(hash id)}: marks a created spork activated, enforced from the frontier momentum height
 * + {@link SporkSupport#MIN_HEIGHT_DELAY} (go-zenon implementation/spork.go ActivateSporkMethod). Same callers as
 * {@link SporkCreate}.
 */
public final class SporkActivate implements EmbeddedMethod {
    private static final Method METHOD = Abis.SPORK.method("ActivateSpork");

    private final SporkSupport.CommunityWindow community;

    /** With the mainnet community spork address and window. */
    public SporkActivate() {
        this(SporkSupport.CommunityWindow.MAINNET);
    }

    public SporkActivate(SporkSupport.CommunityWindow community) {
        this.community = Objects.requireNonNull(community, "community");
    }

    @Override
    public long plasma() {
        return Plasma.EMBEDDED_SIMPLE_PLASMA;
    }

    /** Every rule except the sender's, which needs the network's spork address (see the context overload). */
    @Override
    public AccountBlock validateSendBlock(AccountBlock block) {
        Hash id = Calls.decode(METHOD, block.data()).hash("id");
        if (block.amount().signum() != 0) throw VmErrors.INVALID_TOKEN_OR_AMOUNT.exception();
        return Calls.withData(block, METHOD.encode(id));
    }

    @Override
    public AccountBlock validateSendBlock(AccountVmContext context, AccountBlock block) {
        SporkSupport.requireSporkSender(context, community, block.address());
        return validateSendBlock(block);
    }

    @Override
    public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
        AccountBlock send;
        try {
            send = validateSendBlock(context, sendBlock);
        } catch (NomException e) {
            context.contractLog("spork").debug("invalid spork activation - syntactic validation failed",
                    "address", sendBlock.address(), "reason", SporkSupport.reason(e));
            throw e;
        }
        SporkSupport.requireOpenCommunityWindow(context, community, send.address());

        Hash id = Calls.decode(METHOD, send.data()).hash("id");
        Spork stored = SporkSupport.spork(context.storage(), id).orElseThrow(VmErrors.DATA_NON_EXISTENT::exception);
        if (stored.activated()) throw VmErrors.ALREADY_ACTIVATED.exception();

        Spork activated = new Spork(stored.id(), stored.name(), stored.description(), true,
                context.frontierMomentum().height() + SporkSupport.MIN_HEIGHT_DELAY);
        context.storage().put(activated.storageKey(), activated.encodeValue());
        context.contractLog("spork").debug("activated", "spork", SporkSupport.format(activated));
        return List.of();
    }
}
