package io.unikernelz.rpc.subscribe;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;

import java.util.ArrayList;
import java.util.List;

/**
 * An account block confirmed by a momentum, as much of it as subscriptions report
 * (go-zenon {@code rpc/api/subscribe.AccountBlock}), with the blocks it spawned.
 *
 * @param blockType        1 genesis receive, 2 user send, 3 user receive, 4 contract send, 5 contract receive
 * @param fromHash         the send block a receive answers (zero hash for sends)
 * @param descendantBlocks contract sends created while executing this block; notified after it
 */
public record AccountBlockEvent(long blockType, Hash hash, long height, Address address, Address toAddress,
                                Hash fromHash, List<AccountBlockEvent> descendantBlocks) {
    public static final long USER_SEND = 2;
    public static final long CONTRACT_SEND = 4;

    public AccountBlockEvent {
        if (blockType < 1 || blockType > 5) throw new IllegalArgumentException("block type must be 1..5, got " + blockType);
        if (hash == null) throw new IllegalArgumentException("account block event without hash");
        if (address == null) throw new IllegalArgumentException("account block event without address");
        if (toAddress == null) throw new IllegalArgumentException("account block event without toAddress (use Address.ZERO)");
        if (fromHash == null) throw new IllegalArgumentException("account block event without fromHash (use Hash.ZERO)");
        descendantBlocks = descendantBlocks == null ? List.of() : List.copyOf(descendantBlocks);
    }

    /** A block without descendants. */
    public AccountBlockEvent(long blockType, Hash hash, long height, Address address, Address toAddress, Hash fromHash) {
        this(blockType, hash, height, address, toAddress, fromHash, List.of());
    }

    public boolean isSend() {
        return blockType == USER_SEND || blockType == CONTRACT_SEND;
    }

    /** This block followed by its descendants, depth first: the order go-zenon notifies them in. */
    public List<AccountBlockEvent> flatten() {
        List<AccountBlockEvent> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(AccountBlockEvent block, List<AccountBlockEvent> out) {
        out.add(block);
        for (AccountBlockEvent d : block.descendantBlocks) collect(d, out);
    }
}
