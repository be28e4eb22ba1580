package io.unikernelz.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.chain.genesis.DevnetGenesis;
import io.unikernelz.chain.genesis.Genesis;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.pow.NonceSearch;
import io.unikernelz.core.pow.Plasma;
import io.unikernelz.core.pow.Pow;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.AccountStore;
import io.unikernelz.vm.SignFunction;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.wallet.KeyPair;
import io.unikernelz.wallet.KeyStore;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A devnet on the real clock with a 1 s momentum interval: a PoW-paid send and a fused-plasma send are confirmed and
 * received, a Fuse call goes through the plasma contract, and after a restart the frontier and balances are intact.
 */
class DevnetEndToEndTest {
    private static final String MNEMONIC = "route become dream access impulse price inform obtain engage ski believe awful "
            + "absent pig thing vibrant possible exotic flee pepper marble rural fire fancy";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static NodeRuntime start(Path dir, DevnetData devnet) {
        return NodeRuntime.start(new NodeRuntime.Config(dir, Genesis.build(devnet.genesis()), devnet.momentumIntervalSec(),
                devnet.producers(), null, Clock.systemUTC(), null));
    }

    /** Waits for a condition on the running chain, failing after a bound (the devnet produces one momentum per second). */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(100);
        }
    }

    private static BigInteger balance(NodeRuntime node, Address a, TokenStandard zts) {
        return AccountStore.readOnly(a, node.chain().frontierAccountState(a)).balance(zts);
    }

    private static boolean confirmed(NodeRuntime node, Hash hash) {
        return node.chain().read(ms -> ms.confirmationHeight(hash)) > 0;
    }

    /** A user send or receive built by the node's supervisor, paid with PoW when {@code pow} is set. */
    private static AccountBlock submit(NodeRuntime node, KeyPair key, AccountBlock.Builder template, boolean pow) {
        AccountBlock t = template.address(key.address()).build();
        if (pow) {
            HashHeight frontier = AccountStore.readOnly(key.address(), node.chain().frontierAccountState(key.address())).identifier();
            long difficulty = Plasma.difficultyForPlasma(Plasma.ACCOUNT_BLOCK_BASE_PLASMA + Plasma.AB_BYTE_DATA_PLASMA * t.data().length);
            long nonce = NonceSearch.find(Pow.powData(key.address(), frontier.hash()), difficulty, () -> false).orElseThrow();
            t = t.toBuilder().difficulty(difficulty).nonce(nonce).build();
        }
        AccountBlockTransaction tx = node.supervisor().generateFromTemplate(t, SignFunction.ed25519(key.privateKey()));
        node.chain().insertAccountBlock(tx);
        return tx.block();
    }

    @Test
    void powAndPlasmaTransfersSurviveARestart() throws Exception {
        Path data = dir.resolve("devnet");
        DevnetData devnet = DevnetData.create(data, MNEMONIC, 1, 1, Clock.systemUTC(), new SecureRandom());
        KeyStore wallet = KeyStore.fromMnemonic(MNEMONIC);
        KeyPair a0 = wallet.derive(0);
        KeyPair a1 = wallet.derive(1);
        KeyPair a2 = wallet.derive(2);
        BigInteger ten = DevnetGenesis.ONE.multiply(BigInteger.TEN);
        long height;
        BigInteger b1;
        BigInteger b2;
        try (NodeRuntime node = start(data, devnet)) {
            // 1. account 1 has no plasma: a send paid with PoW
            AccountBlock powSend = submit(node, a1, AccountBlock.builder().blockType(BlockType.USER_SEND).toAddress(a2.address())
                    .tokenStandard(TokenStandard.ZNN).amount(ten), true);
            assertThat(powSend.difficulty()).isEqualTo(31_500_000L);
            // 2. account 0 fuses 100 QSR for account 2, paid with its own genesis fusion
            AccountBlock fuse = submit(node, a0, AccountBlock.builder().blockType(BlockType.USER_SEND).toAddress(Address.PLASMA)
                    .tokenStandard(TokenStandard.QSR).amount(DevnetGenesis.ONE.multiply(BigInteger.valueOf(100)))
                    .data(Abis.PLASMA.encodeMethod("Fuse", a2.address())), false);
            assertThat(fuse.fusedPlasma()).isPositive();
            await("the plasma contract receiving the fusion", () -> node.chain().read(ms -> ms.mailbox(a0.address())
                    .blockWhichReceives(fuse.hash()).map(h -> ms.confirmationHeight(h.hash()) > 0).orElse(false)));
            await("the PoW send to be confirmed", () -> confirmed(node, powSend.hash()));
            // 3. account 2 receives the PoW send with its new fused plasma, then sends with fused plasma
            AccountBlock receive = submit(node, a2, AccountBlock.builder().blockType(BlockType.USER_RECEIVE).fromBlockHash(powSend.hash()), false);
            assertThat(receive.fusedPlasma()).isEqualTo(Plasma.ACCOUNT_BLOCK_BASE_PLASMA);
            AccountBlock plasmaSend = submit(node, a2, AccountBlock.builder().blockType(BlockType.USER_SEND).toAddress(a1.address())
                    .tokenStandard(TokenStandard.ZNN).amount(BigInteger.valueOf(5).multiply(DevnetGenesis.ONE)), false);
            assertThat(plasmaSend.difficulty()).isZero();
            await("the plasma send to be confirmed", () -> confirmed(node, plasmaSend.hash()));
            AccountBlock receive1 = submit(node, a1, AccountBlock.builder().blockType(BlockType.USER_RECEIVE).fromBlockHash(plasmaSend.hash()), true);
            await("both receives to be confirmed", () -> confirmed(node, receive.hash()) && confirmed(node, receive1.hash()));

            b1 = balance(node, a1.address(), TokenStandard.ZNN);
            b2 = balance(node, a2.address(), TokenStandard.ZNN);
            assertThat(b1).isEqualTo(DevnetGenesis.FUNDED_ZNN.subtract(ten).add(BigInteger.valueOf(5).multiply(DevnetGenesis.ONE)));
            assertThat(b2).isEqualTo(DevnetGenesis.FUNDED_ZNN.add(ten).subtract(BigInteger.valueOf(5).multiply(DevnetGenesis.ONE)));
            assertThat(balance(node, a0.address(), TokenStandard.QSR))
                    .isEqualTo(DevnetGenesis.FUNDED_QSR.subtract(DevnetGenesis.ONE.multiply(BigInteger.valueOf(100))));
            height = node.chain().height();
        }
        // restart from the same data directory: frontier and balances intact, production resumes
        DevnetData reopened = DevnetData.open(data);
        try (NodeRuntime node = start(data, reopened)) {
            assertThat(node.chain().height()).isGreaterThanOrEqualTo(height);
            assertThat(balance(node, a1.address(), TokenStandard.ZNN)).isEqualTo(b1);
            assertThat(balance(node, a2.address(), TokenStandard.ZNN)).isEqualTo(b2);
            long restartHeight = node.chain().height();
            await("momentums after the restart", () -> node.chain().height() >= restartHeight + 2);
        }
    }
}
