package io.unikernelz.core.nom;

/** Account block types (go-zenon chain/nom/account_block.go). Stored as uint64 on the wire. */
public final class BlockType {
    public static final long GENESIS_RECEIVE = 1;
    public static final long USER_SEND = 2;
    public static final long USER_RECEIVE = 3;
    /** Only ever a descendant of a contract receive. */
    public static final long CONTRACT_SEND = 4;
    public static final long CONTRACT_RECEIVE = 5;

    private BlockType() {}

    public static boolean isSend(long type) {
        return type == USER_SEND || type == CONTRACT_SEND;
    }

    public static boolean isReceive(long type) {
        return type == USER_RECEIVE || type == CONTRACT_RECEIVE || type == GENESIS_RECEIVE;
    }

    public static boolean isKnown(long type) {
        return type >= GENESIS_RECEIVE && type <= CONTRACT_RECEIVE;
    }

    public static String name(long type) {
        return switch ((int) Math.min(Math.max(type, 0), 6)) {
            case 1 -> "GenesisReceive";
            case 2 -> "UserSend";
            case 3 -> "UserReceive";
            case 4 -> "ContractSend";
            case 5 -> "ContractReceive";
            default -> "Unknown(" + Long.toUnsignedString(type) + ")";
        };
    }
}
