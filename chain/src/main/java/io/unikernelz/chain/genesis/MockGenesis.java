package io.unikernelz.chain.genesis;

import io.unikernelz.chain.genesis.GenesisConfig.*;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.wallet.KeyPair;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * go-zenon's test genesis (chain/genesis/mock/embedded_genesis.go): chain id 100, genesis time 1 000 000 000, three
 * genesis pillars, eight pillar keys and ten users derived from fixed 16-byte seeds used directly as SLIP-0010 seeds.
 * The fixture for the mock-chain scenario tests; its genesis hash is go-zenon's {@code 0385d849…}.
 */
public final class MockGenesis {
    public static final long GENESIS_TIMESTAMP = 1_000_000_000L;
    public static final long CHAIN_IDENTIFIER = 100;
    /** 10^8 base units: one ZNN or QSR. */
    public static final long ZEXP = 100_000_000L;
    public static final Hash SECP1_KEY_ID = Hash.parse("c955c2b650452d670179068995a51132463e2d13f7519d64ff283af99dd14b43");
    public static final List<String> PILLAR_NAMES = List.of("TEST-pillar-1", "TEST-pillar-cool", "TEST-pillar-znn", "TEST-pillar-wewe",
            "TEST-pillar-zumba", "TEST-pillar-6-quasar", "TEST-pillar-community-7", "TEST-pillar-eight-eclipse");

    private static final byte[] SPORK_SEED = Hex.decode("01234567890123456789012345678900");
    private static final byte[] PILLAR_SEED = Hex.decode("01234567890123456789012345678901");
    private static final byte[] USER_SEED = Hex.decode("01234567890123456789012345678902");

    public final KeyPair spork = KeyPair.deriveWithIndex(1, SPORK_SEED);
    /** Pillar1…Pillar8 at list index 0…7. */
    public final List<KeyPair> pillars = derive(PILLAR_SEED, 8);
    /** User1…User10 at list index 0…9. */
    public final List<KeyPair> users = derive(USER_SEED, 10);

    private static List<KeyPair> derive(byte[] seed, int n) {
        List<KeyPair> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(KeyPair.deriveWithIndex(i, seed));
        return List.copyOf(out);
    }

    public KeyPair pillar(int oneBased) {
        return pillars.get(oneBased - 1);
    }

    public KeyPair user(int oneBased) {
        return users.get(oneBased - 1);
    }

    private static BigInteger z(long units) {
        return BigInteger.valueOf(units).multiply(BigInteger.valueOf(ZEXP));
    }

    public GenesisConfig config() {
        List<Pillar> genesisPillars = new ArrayList<>();
        BigInteger pillarStake = z(15_000);
        for (int i = 1; i <= 3; i++) {
            Address a = pillar(i).address();
            genesisPillars.add(new Pillar(PILLAR_NAMES.get(i - 1), a, a, a, pillarStake, GENESIS_TIMESTAMP, 0, 0, 100, 1));
        }
        List<Delegation> delegations = List.of(
                new Delegation(PILLAR_NAMES.get(0), pillar(1).address()),
                new Delegation(PILLAR_NAMES.get(1), pillar(2).address()),
                new Delegation(PILLAR_NAMES.get(2), pillar(3).address()),
                new Delegation(PILLAR_NAMES.get(0), user(1).address()),
                new Delegation(PILLAR_NAMES.get(0), user(2).address()),
                new Delegation(PILLAR_NAMES.get(1), user(3).address()),
                new Delegation(PILLAR_NAMES.get(2), user(4).address()),
                new Delegation(PILLAR_NAMES.get(2), user(5).address()));
        BigInteger maxSupply = BigInteger.valueOf(4611686018427387903L);
        List<Token> tokens = List.of(
                new Token(Address.PILLAR, "Zenon Coin", "ZNN", "zenon.network", BigInteger.valueOf(19500000000000L), maxSupply, 8,
                        true, true, true, TokenStandard.ZNN),
                new Token(Address.STAKE, "QuasarCoin", "QSR", "zenon.network", BigInteger.valueOf(180550000000000L), maxSupply, 8,
                        true, true, true, TokenStandard.QSR));
        List<Fusion> fusions = new ArrayList<>();
        for (int i = 1; i <= 8; i++) fusions.add(new Fusion(user(1).address(), null, z(10_000), 0, pillar(i).address()));
        fusions.add(new Fusion(user(1).address(), null, z(10_000), 0, spork.address()));
        fusions.add(new Fusion(user(1).address(), Hash.parse("117613e734b6cb0fd7b7583f5b0e863a3f0c856cd32fa36f1b60b464d068c5a6"), z(10_000), 0, user(1).address()));
        fusions.add(new Fusion(user(2).address(), Hash.parse("3d3179e499f839b47c60216b57f79e41264d408e2f21aa6f5462f25d5e094924"), z(10_000), 0, user(2).address()));
        for (int i = 3; i <= 5; i++) fusions.add(new Fusion(user(i).address(), null, z(10_000), 0, user(i).address()));

        List<GenesisBlock> blocks = new ArrayList<>();
        blocks.add(block(Address.PILLAR, 3 * 15_000, -1));
        blocks.add(block(Address.PLASMA, -1, 14 * 10_000));
        for (int i = 1; i <= 3; i++) blocks.add(block(pillar(i).address(), 1_000, -1));
        for (int i = 4; i <= 8; i++) blocks.add(block(pillar(i).address(), 16_000, 200_000));
        blocks.add(block(user(1).address(), 12_000, 120_000));
        blocks.add(block(user(2).address(), 8_000, 80_000));
        blocks.add(block(user(3).address(), 1_000, 10_000));
        blocks.add(block(user(4).address(), 500, 500));
        blocks.add(block(user(5).address(), 500, 5_000));
        blocks.add(block(spork.address(), 45_000, 450_000));

        return new GenesisConfig(CHAIN_IDENTIFIER, "This is the genesis config used for testing", GENESIS_TIMESTAMP, spork.address(),
                new PillarConfig(genesisPillars, delegations, List.of(new LegacyEntry(SECP1_KEY_ID, 3))),
                new TokenConfig(tokens),
                new PlasmaConfig(fusions),
                new SwapConfig(List.of(new SwapEntry(SECP1_KEY_ID, z(15_000), z(150_000)))),
                null,
                new GenesisBlocks(blocks));
    }

    /** A balance entry; a negative unit count means "token absent". */
    private static GenesisBlock block(Address a, long znn, long qsr) {
        Map<TokenStandard, BigInteger> m = new LinkedHashMap<>();
        if (znn >= 0) m.put(TokenStandard.ZNN, z(znn));
        if (qsr >= 0) m.put(TokenStandard.QSR, z(qsr));
        return new GenesisBlock(a, m);
    }
}
