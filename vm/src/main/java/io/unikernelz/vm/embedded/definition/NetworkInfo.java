package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Bytes;
import io.unikernelz.vm.abi.AbiException;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.util.ArrayList;
import java.util.List;

/**
 * Bridge {@code networkInfo}: key {@code 0x05 || be4(networkClass) || be4(chainId)}; token pairs are stored as a
 * {@code bytes[]} of ABI-packed {@link TokenPair}s. As in go-zenon, pairs that do not decode are dropped on read.
 */
public record NetworkInfo(long networkClass, long id, String name, String contractAddress, String metadata, List<TokenPair> tokenPairs)
        implements StorageEntry {
    public static final int PREFIX = 5;
    /** go-zenon NoMClass and EvmClass. */
    public static final long NOM_CLASS = 1;
    public static final long EVM_CLASS = 2;
    private static final Variable VARIABLE = Abis.BRIDGE.variable("networkInfo");

    public NetworkInfo {
        Defs.uint32(networkClass, "networkClass");
        Defs.uint32(id, "id");
        Defs.nonNull(name, "name");
        Defs.nonNull(contractAddress, "contractAddress");
        Defs.nonNull(metadata, "metadata");
        tokenPairs = List.copyOf(Defs.nonNull(tokenPairs, "tokenPairs"));
    }

    /** What go-zenon GetNetworkInfoVariable returns when nothing is stored. */
    public static NetworkInfo empty() {
        return new NetworkInfo(0, 0, "", "", "{}", List.of());
    }

    public static byte[] key(long networkClass, long chainId) {
        return Defs.key(PREFIX, Bytes.be4((int) Defs.uint32(networkClass, "networkClass")), Bytes.be4((int) Defs.uint32(chainId, "chainId")));
    }

    public static byte[] prefix() {
        return new byte[] {(byte) PREFIX};
    }

    @Override
    public byte[] storageKey() {
        return key(networkClass, id);
    }

    @Override
    public byte[] encodeValue() {
        List<byte[]> pairs = new ArrayList<>(tokenPairs.size());
        for (TokenPair p : tokenPairs) pairs.add(p.encode());
        return VARIABLE.encode(networkClass, id, name, contractAddress, metadata, pairs);
    }

    /** The value alone determines the entry (go-zenon parseNetworkInfoVariable). */
    public static NetworkInfo decodeValue(byte[] value) {
        Values v = VARIABLE.decode(value);
        List<TokenPair> pairs = new ArrayList<>();
        for (byte[] raw : v.list("tokenPairs", byte[].class)) {
            try {
                pairs.add(TokenPair.decode(raw));
            } catch (AbiException skipped) {
                // go-zenon skips token pairs it cannot unpack
            }
        }
        return new NetworkInfo(v.longValue("networkClass"), v.longValue("id"), v.string("name"), v.string("contractAddress"),
                v.string("metadata"), pairs);
    }

    public static NetworkInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 9, "network info");
        return decodeValue(value);
    }
}
