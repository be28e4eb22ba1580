package io.unikernelz.chain.verifier;

import static io.unikernelz.chain.verifier.VerifierErrors.*;
import static io.unikernelz.chain.verifier.VerifierFixture.hashed;
import static io.unikernelz.chain.verifier.VerifierFixture.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.chain.genesis.MockGenesis;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.nom.DetailedMomentum;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.nom.MomentumContent;
import io.unikernelz.core.pow.Pow;
import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.HashHeight;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.Patch;
import io.unikernelz.store.StateIterator;
import io.unikernelz.store.StateReader;
import io.unikernelz.store.StoreException;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.MomentumStore;
import io.unikernelz.store.ledger.MomentumTransaction;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.NomException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every verifier rule, each broken by a block or momentum that differs from a valid baseline in just the field the rule
 * looks at, against the committed state of {@link VerifierFixture}; plus the baselines passing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifierRulesTest {
    private final VerifierFixture f = new VerifierFixture();
    private final ChainVerifier verifier = f.verifier();

    /** One row: the rule's error, the full message expected, and the call that must fail with it. */
    record Case(String name, NomError error, String message, ThrowingCallable call) {
        static Case of(NomError error, ThrowingCallable call) {
            return new Case(error.name(), error, error.message(), call);
        }

        static Case of(String name, NomError error, String message, ThrowingCallable call) {
            return new Case(name, error, message, call);
        }
    }

    private static Stream<DynamicTest> run(List<Case> cases) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () ->
                assertThatThrownBy(c.call()).isInstanceOfSatisfying(NomException.class, e -> {
                    assertThat(e.error()).isEqualTo(c.error());
                    assertThat(e.getMessage()).isEqualTo(c.message());
                })));
    }

    private static final Hash RANDOM = Hash.of("not a block".getBytes());

    // ---- account block, before execution

    private void check(AccountBlock b) {
        verifier.accountBlock(b);
    }

    private AccountBlock userSend(java.util.function.UnaryOperator<AccountBlock.Builder> change) {
        return sign(change.apply(f.baseSend()), f.u4);
    }

    private AccountBlock userReceive(java.util.function.UnaryOperator<AccountBlock.Builder> change) {
        return sign(change.apply(f.baseReceive()), f.u2);
    }

    private AccountBlock contractReceive(java.util.function.UnaryOperator<AccountBlock.Builder> change) {
        return hashed(change.apply(f.baseContractReceive()));
    }

    /** A nonce that misses the difficulty (found by counting up, so the test is deterministic). */
    private long failingNonce(AccountBlock.Builder b, long difficulty) {
        AccountBlock unsigned = b.build();
        long nonce = 0;
        while (Pow.check(Pow.powData(unsigned), nonce, difficulty)) nonce++;
        return nonce;
    }

    private long passingNonce(AccountBlock.Builder b, long difficulty) {
        AccountBlock unsigned = b.build();
        long nonce = 0;
        while (!Pow.check(Pow.powData(unsigned), nonce, difficulty)) nonce++;
        return nonce;
    }

    List<Case> accountBlockCases() {
        AccountBlock u1Genesis = f.genesisBlock(f.u1.address());
        long difficulty = 1_000_000;
        return List.of(
                Case.of(AB_TYPE_INVALID_EXTERNAL, () -> check(hashed(f.contractSend(Address.PLASMA, f.genesisBlock(Address.PLASMA), f.m2.identifier(), f.u2.address())))),
                Case.of(AB_M_HEIGHT_MISSING, () -> check(userSend(b -> b.height(0)))),
                Case.of(AB_PREV_HASH_MUST_BE_ZERO, () -> check(userSend(b -> b.height(1)))),
                Case.of(AB_PREV_HASH_MISSING, () -> check(userSend(b -> b.previousHash(Hash.ZERO)))),
                Case.of(AB_MA_MUST_NOT_BE_ZERO, () -> check(userSend(b -> b.momentumAcknowledged(HashHeight.ZERO)))),
                Case.of(AB_MA_MISSING, () -> check(userSend(b -> b.momentumAcknowledged(new HashHeight(RANDOM, 2))))),
                // User1 is committed up to height 4: a block on top of its genesis block conflicts with cemented blocks
                Case.of(AB_PREV_HAS_CEMENTED_ON_TOP, () -> check(sign(f.send(f.u1, u1Genesis, f.m1, f.u2.address()), f.u1))),
                Case.of(AB_PREV_HEIGHT_EXISTS, () -> check(sign(f.send(f.u1, u1Genesis, f.m1, f.u2.address()).previousHash(RANDOM), f.u1))),
                Case.of("ErrABPreviousMissing (ahead of the chain)", AB_PREVIOUS_MISSING, AB_PREVIOUS_MISSING.message(),
                        () -> check(userSend(b -> b.height(3).previousHash(RANDOM)))),
                Case.of("ErrABPreviousMissing (account without blocks)", AB_PREVIOUS_MISSING, AB_PREVIOUS_MISSING.message(),
                        () -> check(sign(f.baseSend().address(f.mock.user(6).address()).height(2).previousHash(RANDOM), f.mock.user(6)))),
                Case.of(AB_VERSION_MISSING, () -> check(userSend(b -> b.version(0)))),
                Case.of(AB_VERSION_INVALID, () -> check(userSend(b -> b.version(2)))),
                Case.of(M_CHAIN_IDENTIFIER_MISSING, () -> check(userSend(b -> b.chainIdentifier(0)))),
                Case.of(M_CHAIN_IDENTIFIER_MISMATCH.name(), M_CHAIN_IDENTIFIER_MISMATCH,
                        "momentum chain-identifier mismatch (belongs to another chain) - expected 100 but received 1",
                        () -> check(userSend(b -> b.chainIdentifier(1)))),
                Case.of(AB_TYPE_MISSING, () -> check(userSend(b -> b.blockType(0)))),
                Case.of(AB_TYPE_MUST_NOT_BE_GENESIS, () -> check(userSend(b -> b.blockType(BlockType.GENESIS_RECEIVE)))),
                Case.of(AB_TYPE_UNSUPPORTED, () -> check(userSend(b -> b.blockType(6)))),
                Case.of(AB_TYPE_MUST_BE_CONTRACT, () -> check(contractReceive(b -> b.blockType(BlockType.USER_RECEIVE)))),
                Case.of(AB_TYPE_MUST_BE_USER, () -> check(userReceive(b -> b.blockType(BlockType.CONTRACT_RECEIVE)))),
                Case.of(AB_AMOUNT_TOO_BIG, () -> check(userSend(b -> b.amount(BigInteger.ONE.shiftLeft(255))))),
                Case.of(AB_ZTS_MISSING, () -> check(userSend(b -> b.tokenStandard(TokenStandard.ZERO)))),
                Case.of(AB_FROM_BLOCK_HASH_MUST_BE_ZERO, () -> check(userSend(b -> b.fromBlockHash(RANDOM)))),
                Case.of(AB_AMOUNT_MUST_BE_ZERO, () -> check(userReceive(b -> b.amount(BigInteger.ONE)))),
                Case.of(AB_ZTS_MUST_BE_ZERO, () -> check(userReceive(b -> b.tokenStandard(TokenStandard.ZNN)))),
                Case.of(AB_TO_ADDRESS_MUST_BE_ZERO, () -> check(userReceive(b -> b.toAddress(f.u1.address())))),
                Case.of(AB_FROM_BLOCK_HASH_MISSING, () -> check(userReceive(b -> b.fromBlockHash(Hash.ZERO)))),
                Case.of("ErrABPoWInvalid (nonce misses the difficulty)", AB_POW_INVALID, AB_POW_INVALID.message(),
                        () -> check(userSend(b -> b.difficulty(difficulty).nonce(failingNonce(b, difficulty))))),
                Case.of("ErrABPoWInvalid (contract block)", AB_POW_INVALID, AB_POW_INVALID.message(),
                        () -> check(contractReceive(b -> b.difficulty(1)))),
                Case.of(AB_MA_MUST_BE_THE_SAME, () -> check(hashed(f.contractReceiveWith(
                        hashed(f.contractSend(Address.PLASMA, f.genesisBlock(Address.PLASMA), f.m3.identifier(), f.u2.address())))))),
                // the send was confirmed by momentum 2; a contract must acknowledge exactly that one
                Case.of(AB_MA_INVALID_FOR_AUTO_GENERATED, () -> check(contractReceive(b -> b.momentumAcknowledged(f.m3.identifier())))),
                // User1#4 acknowledged momentum 2; its successor may not go back to genesis
                Case.of(AB_MA_GAP, () -> check(sign(f.send(f.u1, f.u1s4, f.m1, f.u2.address()), f.u1))),
                Case.of("ErrABFromBlockMissing (unknown hash)", AB_FROM_BLOCK_MISSING, AB_FROM_BLOCK_MISSING.message(),
                        () -> check(userReceive(b -> b.fromBlockHash(RANDOM)))),
                // User1#4 exists, but only from momentum 3 on: the acknowledged momentum does not know it
                Case.of("ErrABFromBlockMissing (unknown to the acknowledged momentum)", AB_FROM_BLOCK_MISSING, AB_FROM_BLOCK_MISSING.message(),
                        () -> check(userReceive(b -> b.fromBlockHash(f.u1s4.hash())))),
                // User3 already received User1#3 in momentum 3
                Case.of(AB_FROM_BLOCK_ALREADY_RECEIVED, () -> check(sign(f.receive(f.u3, f.u3r3, f.m3.identifier(), f.u1s3), f.u3))),
                Case.of(AB_FROM_BLOCK_RECEIVER_MISMATCH, () -> f.verifier(RuleSchedule.receiverMismatchEnforcedFrom(3))
                        .accountBlock(userReceive(b -> b.fromBlockHash(f.u1s3.hash())))),
                // the Pillar contract has nothing queued: User2#2 went to Plasma (receiver not yet enforced on mainnet)
                Case.of(AB_SEQUENCER_NOTHING, () -> check(hashed(f.contractReceive(Address.PILLAR, f.genesisBlock(Address.PILLAR), f.m2.identifier(), f.u2s2)))),
                // Plasma must receive User2#2 before User3#2
                Case.of(AB_SEQUENCER_NOT_NEXT, () -> check(contractReceive(b -> b.fromBlockHash(f.u3s2.hash())))));
    }

    @TestFactory
    Stream<DynamicTest> accountBlockRules() {
        return run(accountBlockCases());
    }

    @Test
    void validAccountBlocksPass() {
        long difficulty = 31_500;
        AccountBlock withPow = userSend(b -> b.difficulty(difficulty).nonce(passingNonce(b, difficulty)));
        AccountBlock withDescendant = hashed(f.contractReceiveWith(f.descendant()));
        for (AccountBlock b : List.of(userSend(b -> b), withPow, userReceive(b -> b), contractReceive(b -> b), withDescendant)) {
            assertThatCode(() -> verifier.accountBlock(b)).as("%s", b).doesNotThrowAnyException();
            assertThatCode(() -> verifier.accountBlockTransaction(new AccountBlockTransaction(b, Patch.EMPTY)))
                    .as("%s", b).doesNotThrowAnyException();
        }
        // the receiver check is not enforced before its activation height
        assertThatCode(() -> verifier.accountBlock(userReceive(b -> b.fromBlockHash(f.u1s3.hash())))).doesNotThrowAnyException();
    }

    @Test
    void negativeAmountsCannotReachTheVerifier() {
        // ErrABAmountNegative guards a value AccountBlock already refuses to hold
        assertThatThrownBy(() -> f.baseSend().amount(BigInteger.ONE.negate()).build()).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- account block, after execution

    private void transaction(AccountBlock b) {
        verifier.accountBlockTransaction(new AccountBlockTransaction(b, Patch.EMPTY));
    }

    List<Case> accountBlockTransactionCases() {
        AccountBlock send = userSend(b -> b);
        AccountBlock receive = contractReceive(b -> b);
        AccountBlock badDescendant = hashed(f.contractSend(Address.PLASMA, f.genesisBlock(Address.PLASMA), f.m2.identifier(), f.u2.address()).version(0));
        return List.of(
                // the context is resolved with the same preconditions as before execution
                Case.of(AB_TYPE_INVALID_EXTERNAL, () -> transaction(f.descendant())),
                Case.of(AB_M_HEIGHT_MISSING, () -> transaction(userSend(b -> b.height(0)))),
                Case.of(AB_HASH_MISSING, () -> transaction(send.toBuilder().hash(Hash.ZERO).build())),
                Case.of(AB_HASH_INVALID, () -> transaction(send.toBuilder().amount(BigInteger.TWO).build())),
                Case.of(AB_PUBLIC_KEY_MUST_BE_ZERO, () -> transaction(receive.toBuilder().publicKey(f.u1.publicKey()).build())),
                Case.of(AB_SIGNATURE_MUST_BE_ZERO, () -> transaction(receive.toBuilder().signature(send.signature()).build())),
                Case.of(AB_SIGNATURE_MISSING, () -> transaction(send.toBuilder().signature(null).build())),
                Case.of(AB_PUBLIC_KEY_MISSING, () -> transaction(send.toBuilder().publicKey(null).build())),
                Case.of(AB_SIGNATURE_INVALID, () -> transaction(send.toBuilder().signature(f.u1s2.signature()).build())),
                // a valid signature, but by User5's key on User4's block
                Case.of(AB_PUBLIC_KEY_WRONG_ADDRESS, () -> transaction(sign(f.baseSend(), f.u5))),
                // the descendant chains onto User4's frontier, so only the presence of descendants is wrong
                Case.of(AB_DESCENDANT_MUST_BE_ZERO, () -> transaction(userSend(b -> b.descendantBlocks(List.of(
                        hashed(f.contractSend(Address.PLASMA, f.genesisBlock(f.u4.address()), f.m1, f.u5.address()))))))),
                Case.of(AB_DESCENDANT_VERIFY.name(), AB_DESCENDANT_VERIFY,
                        "account-block descendant block failed to pass verifications - account-block version is missing",
                        () -> transaction(hashed(f.contractReceiveWith(badDescendant)))));
    }

    @TestFactory
    Stream<DynamicTest> accountBlockTransactionRules() {
        return run(accountBlockTransactionCases());
    }

    @Test
    void descendantFailureKeepsItsOwnError() {
        AccountBlock badDescendant = hashed(f.contractSend(Address.PLASMA, f.genesisBlock(Address.PLASMA), f.m2.identifier(), f.u2.address()).difficulty(1));
        assertThatThrownBy(() -> transaction(hashed(f.contractReceiveWith(badDescendant))))
                .isInstanceOfSatisfying(NomException.class, e -> {
                    assertThat(e.error()).isEqualTo(AB_DESCENDANT_VERIFY);
                    assertThat(e.getCause()).isInstanceOfSatisfying(NomException.class, c -> assertThat(c.error()).isEqualTo(AB_POW_INVALID));
                });
    }

    // ---- momentum, before application

    private Momentum.Builder nextMomentum() {
        return Momentum.builder().version(1).chainIdentifier(MockGenesis.CHAIN_IDENTIFIER).previousHash(f.m3.hash()).height(4)
                .timestamp(f.m3.timestamp() + 10);
    }

    private void momentum(Momentum.Builder m, List<AccountBlock> blocks) {
        verifier.momentum(new DetailedMomentum(m.build(), blocks));
    }

    private void momentum(java.util.function.UnaryOperator<Momentum.Builder> change) {
        momentum(change.apply(nextMomentum()), List.of());
    }

    List<Case> momentumCases() {
        AccountBlock send = userSend(b -> b);
        AccountBlock next = sign(f.send(f.u4, send, f.m1, f.u5.address()), f.u4);
        List<AccountHeader> tooMany = new ArrayList<>();
        for (int i = 0; i <= 100; i++) tooMany.add(new AccountHeader(f.u4.address(), Hash.of(new byte[] {(byte) i}), i + 2));
        return List.of(
                Case.of(M_NOT_GENESIS, () -> momentum(m -> m.height(1))),
                Case.of(M_PREV_HASH_MISSING, () -> momentum(m -> m.previousHash(Hash.ZERO))),
                Case.of("ErrMPreviousMissing (unknown previous)", M_PREVIOUS_MISSING, M_PREVIOUS_MISSING.message(),
                        () -> momentum(m -> m.previousHash(RANDOM))),
                Case.of(AB_CHAIN_IDENTIFIER_MISSING, () -> momentum(m -> m.chainIdentifier(0))),
                Case.of(AB_CHAIN_IDENTIFIER_MISMATCH.name(), AB_CHAIN_IDENTIFIER_MISMATCH,
                        "account-block chain-identifier mismatch (belongs to another chain) - expected 100 but received 3",
                        () -> momentum(m -> m.chainIdentifier(3))),
                Case.of(M_VERSION_MISSING, () -> momentum(m -> m.version(0))),
                Case.of(M_VERSION_INVALID, () -> momentum(m -> m.version(2))),
                Case.of(M_TIMESTAMP_MISSING, () -> momentum(m -> m.timestamp(0))),
                Case.of(M_TIMESTAMP_IN_THE_FUTURE, () -> momentum(m -> m.timestamp(f.now.getEpochSecond() + 11))),
                Case.of("ErrMTimestampInTheFuture (beyond 2^63 s)", M_TIMESTAMP_IN_THE_FUTURE, M_TIMESTAMP_IN_THE_FUTURE.message(),
                        () -> momentum(m -> m.timestamp(-1))),
                Case.of(M_TIMESTAMP_NOT_INCREASING, () -> momentum(m -> m.timestamp(f.m3.timestamp()))),
                Case.of(M_DATA_MUST_BE_ZERO, () -> momentum(m -> m.data(new byte[] {1}))),
                Case.of(M_CONTENT_TOO_BIG, () -> momentum(m -> m.content(MomentumContent.sorted(tooMany)))),
                Case.of(M_CONTENT_SIZE_MISMATCH, () -> momentum(nextMomentum().content(MomentumContent.ofBlocks(List.of(send))), List.of())),
                Case.of(M_CONTENT_HEADER_NOT_PREFETCHED, () -> momentum(nextMomentum().content(MomentumContent.ofBlocks(List.of(send))), List.of(next))),
                // User4#3 without User4#2: the chain of User4 would jump from height 1 to 3
                Case.of(M_CONTENT_GAP_IN_PREVIOUS.name(), M_CONTENT_GAP_IN_PREVIOUS,
                        "gap in previous Expected {" + f.genesisBlock(f.u4.address()).hash() + " 1} but got {" + send.hash() + " 2}",
                        () -> momentum(nextMomentum().content(MomentumContent.ofBlocks(List.of(next))), List.of(next))));
    }

    @TestFactory
    Stream<DynamicTest> momentumRules() {
        return run(momentumCases());
    }

    @Test
    void validMomentumsPass() {
        AccountBlock send = userSend(b -> b);
        AccountBlock next = sign(f.send(f.u4, send, f.m1, f.u5.address()), f.u4);
        AccountBlock descendant = f.descendant();
        AccountBlock receive = hashed(f.contractReceiveWith(descendant));
        List<List<AccountBlock>> contents = List.of(List.of(), List.of(send), List.of(send, next), List.of(descendant, receive, send));
        for (List<AccountBlock> blocks : contents) {
            assertThatCode(() -> momentum(nextMomentum().content(MomentumContent.ofBlocks(blocks)), blocks))
                    .as("%s", blocks).doesNotThrowAnyException();
        }
        // exactly ten seconds ahead of the clock is still acceptable
        assertThatCode(() -> momentum(m -> m.timestamp(f.now.getEpochSecond() + 10))).doesNotThrowAnyException();
    }

    // ---- momentum, after application

    private MomentumTransaction validMomentumTransaction() {
        AccountBlock send = userSend(b -> b);
        return f.ledger.nextMomentum(f.producer, List.of(new AccountBlockTransaction(send, Patch.EMPTY)));
    }

    private void momentumTransaction(MomentumTransaction t) {
        verifier.momentumTransaction(t);
    }

    List<Case> momentumTransactionCases() {
        MomentumTransaction valid = validMomentumTransaction();
        Momentum m = valid.momentum();
        Momentum other = f.m3;
        return List.of(
                Case.of(M_CHANGES_HASH_INVALID, () -> momentumTransaction(new MomentumTransaction(m, Patch.EMPTY))),
                Case.of(M_HASH_INVALID, () -> momentumTransaction(new MomentumTransaction(m.toBuilder().timestamp(m.timestamp() + 1).build(), valid.changes()))),
                Case.of(M_SIGNATURE_MISSING, () -> momentumTransaction(new MomentumTransaction(m.toBuilder().signature(null).build(), valid.changes()))),
                Case.of(M_PUBLIC_KEY_MISSING, () -> momentumTransaction(new MomentumTransaction(m.toBuilder().publicKey(null).build(), valid.changes()))),
                Case.of(M_SIGNATURE_INVALID, () -> momentumTransaction(new MomentumTransaction(m.toBuilder().signature(other.signature()).build(), valid.changes()))),
                // properly signed, but by a pillar that does not own the slot
                Case.of(M_PRODUCER_INVALID, () -> momentumTransaction(new MomentumTransaction(
                        m.toBuilder().build().sign(f.mock.pillar(2).privateKey()), valid.changes()))),
                Case.of("ErrVerifierInternal (no slot at this time)", INTERNAL, "internal error while verifying - couldn't find producer for timestamp",
                        () -> new ChainVerifier(f.ledger, t -> Optional.empty(), java.time.InstantSource.fixed(f.now)).momentumTransaction(valid)));
    }

    @TestFactory
    Stream<DynamicTest> momentumTransactionRules() {
        return run(momentumTransactionCases());
    }

    @Test
    void validMomentumTransactionPasses() {
        assertThatCode(() -> momentumTransaction(validMomentumTransaction())).doesNotThrowAnyException();
    }

    // ---- a ledger that contradicts itself or fails: go-zenon's internal errors and "impossible" branches

    List<Case> inconsistentLedgerCases() {
        AccountBlock send = userSend(b -> b);
        ForwardingLedger wrongAccount = new ForwardingLedger(f.ledger) {
            @Override
            public Optional<StateReader> accountState(Address address, HashHeight identifier) {
                return Optional.of(f.ledger.frontierAccountState(f.u1.address()));
            }
        };
        ForwardingLedger emptyAccount = new ForwardingLedger(f.ledger) {
            @Override
            public Optional<StateReader> accountState(Address address, HashHeight identifier) {
                return Optional.of(StateReader.empty());
            }
        };
        ForwardingLedger failingAccount = new ForwardingLedger(f.ledger) {
            @Override
            public Optional<StateReader> accountState(Address address, HashHeight identifier) {
                return Optional.of(new StateReader() {
                    @Override
                    public byte[] get(byte[] key) {
                        throw new StoreException("disk on fire");
                    }

                    @Override
                    public StateIterator iterator(byte[] prefix) {
                        throw new StoreException("disk on fire");
                    }
                });
            }
        };
        ForwardingLedger wrongMomentum = new ForwardingLedger(f.ledger) {
            @Override
            public Optional<MomentumStore> momentumStore(HashHeight momentum) {
                return f.ledger.momentumStore(f.m2.identifier());
            }
        };
        return List.of(
                Case.of("ErrABPreviousMissing (account state with another frontier)", AB_PREVIOUS_MISSING, AB_PREVIOUS_MISSING.message(),
                        () -> f.verifier(wrongAccount).accountBlock(send)),
                Case.of("ErrVerifierInternal (account state without frontier)", INTERNAL,
                        "internal error while verifying - empty frontier account-block", () -> f.verifier(emptyAccount).accountBlock(send)),
                Case.of("ErrVerifierInternal (store failure)", INTERNAL, "internal error while verifying - disk on fire",
                        () -> f.verifier(failingAccount).accountBlock(send)),
                Case.of("ErrVerifierInternal (momentum store at another momentum)", INTERNAL,
                        "internal error while verifying - impossible scenario. verifier momentum-store exists but frontier is different. "
                                + "Expected MomentumAcknowledged {" + f.m1.hash() + " 1} but got {" + f.m2.hash() + " 2} from MomentumStore",
                        () -> f.verifier(wrongMomentum).accountBlock(send)),
                Case.of("ErrMPreviousMissing (store at another momentum)", M_PREVIOUS_MISSING, M_PREVIOUS_MISSING.message(),
                        () -> f.verifier(wrongMomentum).momentum(new DetailedMomentum(nextMomentum().build(), List.of()))));
    }

    @TestFactory
    Stream<DynamicTest> inconsistentLedger() {
        return run(inconsistentLedgerCases());
    }

    // ---- coverage of the error table itself

    @Test
    void everyVerifierErrorIsHitByARow() throws IllegalAccessException {
        Set<NomError> hit = new HashSet<>();
        Stream.of(accountBlockCases(), accountBlockTransactionCases(), momentumCases(), momentumTransactionCases(), inconsistentLedgerCases())
                .flatMap(List::stream).map(Case::error).forEach(hit::add);
        Set<NomError> all = new HashSet<>();
        for (Field field : VerifierErrors.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == NomError.class) all.add((NomError) field.get(null));
        }
        assertThat(all).hasSize(65 + 3); // go-zenon's 65 values and the three unnamed content errors
        // unreachable from the verifier: a negative amount cannot be held by AccountBlock; data size is the VM's check
        all.removeAll(Set.of(AB_AMOUNT_NEGATIVE, AB_DATA_TOO_BIG));
        assertThat(hit).containsAll(all);
    }
}
