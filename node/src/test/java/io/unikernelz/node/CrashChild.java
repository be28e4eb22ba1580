package io.unikernelz.node;

import io.unikernelz.chain.Chain;
import io.unikernelz.chain.ChainListener;
import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.DetailedMomentum;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.vm.SignFunction;
import io.unikernelz.wallet.KeyPair;
import io.unikernelz.wallet.KeyStore;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The process {@link CrashSafetyTest} kills: a devnet node that writes momentums as fast as it can, each confirming a
 * 1 ZNN send from funded account 0 to account 1, and prints "height N" after every committed momentum.
 */
public final class CrashChild {
    static final String MNEMONIC = CrashSafetyTest.MNEMONIC;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        DevnetData devnet = DevnetData.exists(dir) ? DevnetData.open(dir)
                : DevnetData.create(dir, MNEMONIC, 1, 1, Clock.systemUTC(), new SecureRandom());
        // the producer's clock is the frontier momentum's time, as in go-zenon's mock chain, so slots come back to back
        AtomicReference<Chain> chainRef = new AtomicReference<>();
        InstantSource clock = () -> Instant.ofEpochSecond(chainRef.get() == null ? 0 : chainRef.get().frontierMomentum().timestamp());
        Genesis genesis = Genesis.build(devnet.genesis());
        try (NodeRuntime node = NodeRuntime.start(new NodeRuntime.Config(dir, genesis, 1, devnet.producers(), null, clock, null, false))) {
            chainRef.set(node.chain());
            node.chain().addListener(new ChainListener() {
                @Override
                public void momentumInserted(DetailedMomentum m) {
                    System.out.println("height " + m.momentum().height());
                    System.out.flush();
                }
            });
            KeyPair a0 = KeyStore.fromMnemonic(MNEMONIC).derive(0);
            KeyPair a1 = KeyStore.fromMnemonic(MNEMONIC).derive(1);
            SignFunction sign = SignFunction.ed25519(a0.privateKey());
            while (true) {
                if (node.chain().unconfirmedBlocks(a0.address()).isEmpty()) {
                    AccountBlock send = AccountBlock.builder().blockType(BlockType.USER_SEND).address(a0.address()).toAddress(a1.address())
                            .tokenStandard(TokenStandard.ZNN).amount(BigInteger.valueOf(100_000_000L)).build();
                    node.chain().insertAccountBlock(node.supervisor().generateFromTemplate(send, sign));
                }
                node.produceNext();
            }
        }
    }

    private CrashChild() {}

    static List<String> javaArgs() {
        return List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-XX:+UseSerialGC");
    }
}
