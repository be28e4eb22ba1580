package io.unikernelz.chain.verifier;

import io.unikernelz.chain.genesis.MockGenesis;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.Patch;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.vm.LedgerReader;
import io.unikernelz.wallet.KeyPair;
import java.math.BigInteger;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * go-zenon's test genesis plus two committed momentums, so that every verifier rule has real state to read:
 *
 * <pre>
 * momentum 2 (blocks acknowledge genesis):  U1#2 send → U2,  U1#3 send → U3,  U2#2 send → Plasma,  U3#2 send → Plasma
 * momentum 3 (blocks acknowledge m2):       U1#4 send → U2,  U3#3 receives U1#3
 * </pre>
 *
 * Plasma's sequencer therefore holds U2#2 then U3#2; User4 and User5 have only their genesis blocks.
 */
final class VerifierFixture {
    static final BigInteger ONE_ZNN = BigInteger.valueOf(MockGenesis.ZEXP);

    final MockLedger ledger = new MockLedger();
    final MockGenesis mock = ledger.mock;
    final KeyPair u1 = mock.user(1), u2 = mock.user(2), u3 = mock.user(3), u4 = mock.user(4), u5 = mock.user(5);
    final KeyPair producer = mock.pillar(1);

    final HashHeight m1 = ledger.genesisMomentum().identifier();
    final AccountBlock u1s2, u1s3, u2s2, u3s2, u1s4, u3r3;
    final Momentum m2, m3;
    /** The verifier's "now": five seconds after momentum 3. */
    final Instant now;

    VerifierFixture() {
        u1s2 = sign(send(u1, genesisBlock(u1.address()), m1, u2.address()), u1);
        u1s3 = sign(send(u1, u1s2, m1, u3.address()), u1);
        u2s2 = sign(send(u2, genesisBlock(u2.address()), m1, Address.PLASMA).tokenStandard(TokenStandard.QSR), u2);
        u3s2 = sign(send(u3, genesisBlock(u3.address()), m1, Address.PLASMA).tokenStandard(TokenStandard.QSR), u3);
        m2 = ledger.commit(producer, List.of(plain(u1s2), plain(u1s3), plain(u2s2), plain(u3s2)));

        u1s4 = sign(send(u1, u1s3, m2.identifier(), u2.address()), u1);
        u3r3 = sign(receive(u3, u3s2, m2.identifier(), u1s3), u3);
        Patch u3Receives = ledger.accountChanges(u3.address(), a -> a.markAsReceived(u1s3.hash()));
        m3 = ledger.commit(producer, List.of(plain(u1s4), new AccountBlockTransaction(u3r3, u3Receives)));
        now = Instant.ofEpochSecond(m3.timestamp() + 5);
    }

    private static AccountBlockTransaction plain(AccountBlock b) {
        return new AccountBlockTransaction(b, Patch.EMPTY);
    }

    AccountBlock genesisBlock(Address address) {
        return ledger.genesis.transactions().stream().map(AccountBlockTransaction::block)
                .filter(b -> b.address().equals(address)).findFirst().orElseThrow();
    }

    // ---- block templates (unsigned builders)

    AccountBlock.Builder send(KeyPair from, AccountBlock previous, HashHeight acknowledged, Address to) {
        return AccountBlock.builder().version(1).chainIdentifier(MockGenesis.CHAIN_IDENTIFIER).blockType(BlockType.USER_SEND)
                .previousHash(previous.hash()).height(previous.height() + 1).momentumAcknowledged(acknowledged)
                .address(from.address()).toAddress(to).amount(ONE_ZNN).tokenStandard(TokenStandard.ZNN);
    }

    AccountBlock.Builder receive(KeyPair by, AccountBlock previous, HashHeight acknowledged, AccountBlock send) {
        return AccountBlock.builder().version(1).chainIdentifier(MockGenesis.CHAIN_IDENTIFIER).blockType(BlockType.USER_RECEIVE)
                .previousHash(previous.hash()).height(previous.height() + 1).momentumAcknowledged(acknowledged)
                .address(by.address()).fromBlockHash(send.hash());
    }

    AccountBlock.Builder contractReceive(Address contract, AccountBlock previous, HashHeight acknowledged, AccountBlock send) {
        return AccountBlock.builder().version(1).chainIdentifier(MockGenesis.CHAIN_IDENTIFIER).blockType(BlockType.CONTRACT_RECEIVE)
                .previousHash(previous.hash()).height(previous.height() + 1).momentumAcknowledged(acknowledged)
                .address(contract).fromBlockHash(send.hash()).data(new byte[8]);
    }

    AccountBlock.Builder contractSend(Address contract, AccountBlock previous, HashHeight acknowledged, Address to) {
        return AccountBlock.builder().version(1).chainIdentifier(MockGenesis.CHAIN_IDENTIFIER).blockType(BlockType.CONTRACT_SEND)
                .previousHash(previous.hash()).height(previous.height() + 1).momentumAcknowledged(acknowledged)
                .address(contract).toAddress(to).amount(ONE_ZNN).tokenStandard(TokenStandard.QSR);
    }

    static AccountBlock sign(AccountBlock.Builder b, KeyPair key) {
        return b.build().sign(key.privateKey());
    }

    static AccountBlock hashed(AccountBlock.Builder b) {
        return b.build().withComputedHash();
    }

    // ---- the valid baselines every failing case departs from

    /** User4's first send (height 2) to User5, acknowledging genesis. */
    AccountBlock.Builder baseSend() {
        return send(u4, genesisBlock(u4.address()), m1, u5.address());
    }

    /** User2 receives User1's first send, acknowledging the momentum that confirmed it. */
    AccountBlock.Builder baseReceive() {
        return receive(u2, u2s2, m2.identifier(), u1s2);
    }

    /** Plasma receives the first send in its sequencer. */
    AccountBlock.Builder baseContractReceive() {
        return contractReceive(Address.PLASMA, genesisBlock(Address.PLASMA), m2.identifier(), u2s2);
    }

    /** Plasma's descendant send (height 2) for a receive at height 3. */
    AccountBlock descendant() {
        return hashed(contractSend(Address.PLASMA, genesisBlock(Address.PLASMA), m2.identifier(), u2.address()));
    }

    AccountBlock.Builder contractReceiveWith(AccountBlock descendant) {
        return baseContractReceive().height(descendant.height() + 1).previousHash(descendant.hash()).descendantBlocks(List.of(descendant));
    }

    // ---- verifiers

    ProducerSchedule producers() {
        return t -> Optional.of(producer.address());
    }

    ChainVerifier verifier() {
        return verifier(ledger, RuleSchedule.mainnet());
    }

    ChainVerifier verifier(RuleSchedule schedule) {
        return verifier(ledger, schedule);
    }

    ChainVerifier verifier(LedgerReader reader) {
        return verifier(reader, RuleSchedule.mainnet());
    }

    ChainVerifier verifier(LedgerReader reader, RuleSchedule schedule) {
        return new ChainVerifier(reader, producers(), InstantSource.fixed(now), schedule);
    }
}
