package io.unikernelz.vm.embedded.definition;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.abi.Values;
import io.unikernelz.vm.abi.Variable;
import java.math.BigInteger;

/** Token contract {@code tokenInfo}: key {@code 0x01 || zts} (go-zenon definition/token.go). */
public record TokenInfo(TokenStandard tokenStandard, Address owner, String tokenName, String tokenSymbol, String tokenDomain,
                        BigInteger totalSupply, BigInteger maxSupply, int decimals, boolean isMintable, boolean isBurnable,
                        boolean isUtility) implements StorageEntry {
    public static final int PREFIX = 1;
    private static final Variable VARIABLE = Abis.TOKEN.variable("tokenInfo");

    public TokenInfo {
        Defs.nonNull(tokenStandard, "tokenStandard");
        Defs.nonNull(owner, "owner");
        Defs.nonNull(tokenName, "tokenName");
        Defs.nonNull(tokenSymbol, "tokenSymbol");
        Defs.nonNull(tokenDomain, "tokenDomain");
        Defs.uint256(totalSupply, "totalSupply");
        Defs.uint256(maxSupply, "maxSupply");
        Defs.uint8(decimals, "decimals");
    }

    public static byte[] key(TokenStandard zts) {
        return Defs.key(PREFIX, zts.rawBytes());
    }

    @Override
    public byte[] storageKey() {
        return key(tokenStandard);
    }

    @Override
    public byte[] encodeValue() {
        return VARIABLE.encode(owner, tokenName, tokenSymbol, tokenDomain, totalSupply, maxSupply, decimals, isMintable, isBurnable,
                isUtility);
    }

    public static TokenInfo decode(byte[] key, byte[] value) {
        Defs.checkKey(key, PREFIX, 1 + TokenStandard.SIZE, "token info");
        Values v = VARIABLE.decode(value);
        return new TokenInfo(Defs.tokenStandard(key, 1), v.address("owner"), v.string("tokenName"), v.string("tokenSymbol"),
                v.string("tokenDomain"), v.bigInteger("totalSupply"), v.bigInteger("maxSupply"), v.intValue("decimals"),
                v.bool("isMintable"), v.bool("isBurnable"), v.bool("isUtility"));
    }
}
