package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.util.Arrays;

/**
 * Common {@code pillarVote}: a pillar's vote on a votable id, key {@code 0x85 || id || sha3(name)[0:20]}, value
 * (id, name, vote). Votes: 0 yes, 1 no, 2 abstain.
 */
public record PillarVote(Hash id, String name, int vote) implements StorageEntry {
    public static final int PREFIX = 0x85;
    public static final int VOTE_YES = 0;
    public static final int VOTE_NO = 1;
    public static final int VOTE_ABSTAIN = 2;
    /** First value that is not a valid vote (go-zenon VoteNotValid). */
    public static final int VOTE_NOT_VALID = 3;
    /** Bytes of sha3(name) kept in the key. */
    public static final int NAME_HASH_SIZE = 20;
    private static final Variable VARIABLE = Abis.COMMON.variable("pillarVote");

    public PillarVote {
        Defs.nonNull(id, "id");
        Defs.nonNull(name, "name");
        Defs.uint8(vote, "vote");
    }

    public static byte[] key(Hash id, String name) {
        return Defs.key(PREFIX, id.rawBytes(), Arrays.copyOf(Defs.sha3(name), NAME_HASH_SIZE));
    }

    /** Prefix shared by every pillar vote (go-zenon iterates all of them and filters by id). */
    public static byte[] prefix() {
        return new byte[] {(byte) PREFIX};
    }

    @Override
    public byte[] storageKey() {
        return key(id, name);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(id, name, vote);
    }

    /** The value alone determines the vote (go-zenon parsePillarVote). */
    public static PillarVote decodeValue(byte[] value) {
        Values v = VARIABLE.decode(value);
        return new PillarVote(v.hash("id"), v.string("name"), v.intValue("vote"));
    }

    public static PillarVote decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + Hash.SIZE + NAME_HASH_SIZE, "pillar vote");
        return decodeValue(value);
    }
}
