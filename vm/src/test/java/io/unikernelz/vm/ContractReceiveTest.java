package io.unikernelz.vm;

import static io.unikernelz.vm.fixture.Genesis.USER1;
import static io.unikernelz.vm.fixture.Genesis.USER1_FUSED;
import static io.unikernelz.vm.fixture.Genesis.USER6;
import static io.unikernelz.vm.fixture.Genesis.ZEXP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.BlockType;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.core.types.TokenStandard;
import io.unikernelz.store.ledger.AccountBlockTransaction;
import io.unikernelz.store.ledger.MomentumTransaction;
import io.unikernelz.vm.abi.Abis;
import io.unikernelz.vm.embedded.EmbeddedContracts;
import io.unikernelz.vm.embedded.EmbeddedMethod;
import io.unikernelz.vm.embedded.definition.FusedAmount;
import io.unikernelz.vm.embedded.definition.FusionInfo;
import io.unikernelz.vm.fixture.Genesis;
import io.unikernelz.vm.fixture.Patches;
import io.unikernelz.vm.fixture.TestChain;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractReceiveTest {
    private static final String QSR = "04066318c6318c6318c6";
    private static final String ZERO_ZTS = "00000000000000000000";
    private static final byte[] FUSE_USER6 = Abis.PLASMA.encodeMethod("Fuse", USER6.address());

    private static String hex(byte[] b) {
        return Hex.encode(b);
    }

    private static String word(BigInteger v) {
        return hex(Bytes.big32(v));
    }

    @Test
    void fuseStoresTheEntryAndTheBeneficiarysTotal() {
        TestChain chain = new TestChain(Genesis.ledger());
        AccountBlock send = chain.send(USER1, Address.PLASMA, TokenStandard.QSR, 10 * ZEXP, FUSE_USER6).block();
        assertThat(send.basePlasma()).isEqualTo(52_500);
        MomentumTransaction m2 = chain.momentum();
        Hash plasmaGenesis = chain.ledger.frontierHash(Address.PLASMA);

        ContractExecution execution = chain.autoReceive(Address.PLASMA);
        assertThat(execution.error()).isEmpty();
        AccountBlock receive = execution.transaction().block();
        assertThat(receive.blockType()).isEqualTo(BlockType.CONTRACT_RECEIVE);
        assertThat(receive.address()).isEqualTo(Address.PLASMA);
        assertThat(receive.fromBlockHash()).isEqualTo(send.hash());
        assertThat(receive.data()).containsExactly(Bytes.be8(1));
        assertThat(receive.descendantBlocks()).isEmpty();
        assertThat(receive.height()).isEqualTo(2);
        assertThat(receive.previousHash()).isEqualTo(plasmaGenesis);
        assertThat(receive.momentumAcknowledged()).isEqualTo(m2.momentum().identifier());
        assertThat(receive.toAddress()).isEqualTo(Address.ZERO);
        assertThat(receive.tokenStandard()).isEqualTo(TokenStandard.ZERO);
        assertThat(receive.hasSignature()).isFalse();
        assertThat(receive.hashMatches()).isTrue();
        assertThat(receive.changesHash()).isEqualTo(execution.transaction().changes().hash());

        FusionInfo info = new FusionInfo(USER1.address(), send.hash(), BigInteger.valueOf(10 * ZEXP), 2 + 3600, USER6.address());
        FusedAmount fused = new FusedAmount(USER6.address(), BigInteger.valueOf(10 * ZEXP));
        assertThat(Patches.lines(execution.transaction().changes())).containsExactly(
                "03" + QSR + " - " + word(USER1_FUSED.add(BigInteger.valueOf(10 * ZEXP))),
                "04" + hex(info.storageKey()) + " - " + hex(info.encodeValue()),
                "04" + hex(fused.storageKey()) + " - " + hex(fused.encodeValue()),
                "07 - 0000000000000001");

        // the log line of go-zenon's TestPlasma_simple, with this test's addresses and hash
        assertThat(chain.logs).hasSize(1);
        VmLog.Record log = chain.logs.getFirst();
        assertThat(log.level()).isEqualTo(VmLog.Level.DEBUG);
        assertThat(log.message()).isEqualTo("fused new entry");
        assertThat(log.context()).containsExactly("module", "embedded", "contract", "plasma",
                "fusionInfo", "{Owner:" + USER1.address() + " Id:" + send.hash() + " Amount:+1000000000 ExpirationHeight:3602 Beneficiary:" + USER6.address() + "}",
                "beneficiary", "&{Beneficiary:" + USER6.address() + " Amount:+1000000000}");
    }

    @Test
    void sendDataIsReEncodedCanonically() {
        TestChain chain = new TestChain(Genesis.ledger());
        byte[] sloppy = Bytes.concat(FUSE_USER6, new byte[32]);
        AccountBlockTransaction tx = chain.send(USER1, TestChain.template(USER1, Address.PLASMA, TokenStandard.QSR, 10 * ZEXP, sloppy).build());
        assertThat(tx.block().data()).containsExactly(FUSE_USER6);
        assertThat(tx.block().hashMatches()).isTrue();
        assertThat(tx.block().signatureValid()).isTrue();
    }

    @Test
    void fuseAndCancelSendRejections() {
        TestChain chain = new TestChain(Genesis.ledger());
        for (long amount : new long[] {5 * ZEXP, 10 * ZEXP + 1, 0}) {
            assertThatThrownBy(() -> chain.send(USER1, Address.PLASMA, TokenStandard.QSR, amount, FUSE_USER6))
                    .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT))
                    .hasMessage("invalid token or amount");
        }
        assertThatThrownBy(() -> chain.send(USER1, Address.PLASMA, TokenStandard.ZNN, 10 * ZEXP, FUSE_USER6))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT));
        byte[] selectorOnly = java.util.Arrays.copyOf(FUSE_USER6, 4);
        assertThatThrownBy(() -> chain.send(USER1, Address.PLASMA, TokenStandard.QSR, 10 * ZEXP, selectorOnly))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.UNPACK_ERROR))
                .hasMessage("invalid unpack method data");
        byte[] cancel = Abis.PLASMA.encodeMethod("CancelFuse", Hash.ZERO);
        assertThatThrownBy(() -> chain.send(USER1, Address.PLASMA, TokenStandard.QSR, 1, cancel))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.INVALID_TOKEN_OR_AMOUNT));
        assertThat(chain.ledger.unconfirmed()).isEmpty();
    }

    @Test
    void cancelOfAnUnknownFusionFailsWithoutRefund() {
        TestChain chain = new TestChain(Genesis.ledger());
        chain.send(USER1, Address.PLASMA, TokenStandard.ZERO, 0, Abis.PLASMA.encodeMethod("CancelFuse", Hash.ZERO));
        chain.momentum();
        ContractExecution execution = chain.autoReceive(Address.PLASMA);
        assertThat(execution.error()).contains(VmErrors.DATA_NON_EXISTENT);
        AccountBlock receive = execution.transaction().block();
        assertThat(receive.data()).containsExactly(Bytes.be8(2));
        assertThat(receive.descendantBlocks()).isEmpty();
        // only the sequencer pop and the (zero) credit of the sent token survive the rollback
        assertThat(Patches.lines(execution.transaction().changes())).containsExactly(
                "03" + ZERO_ZTS + " - " + "00".repeat(32),
                "07 - 0000000000000001");
    }

    @Test
    void cancelBeforeExpirationIsNotDue() {
        TestChain chain = new TestChain(Genesis.ledger());
        AccountBlock fuse = chain.send(USER1, Address.PLASMA, TokenStandard.QSR, 10 * ZEXP, FUSE_USER6).block();
        chain.momentum();
        chain.autoReceive(Address.PLASMA);
        chain.send(USER1, Address.PLASMA, TokenStandard.ZERO, 0, Abis.PLASMA.encodeMethod("CancelFuse", fuse.hash()));
        chain.momentum();
        assertThat(chain.autoReceive(Address.PLASMA).error()).contains(VmErrors.REVOKE_NOT_DUE);
    }

    @Test
    void cancelAfterExpirationRefundsThroughADescendant() {
        TestChain chain = new TestChain(Genesis.ledger(), EmbeddedContracts.standard(),
                ContractParameters.mainnet().toBuilder().fuseExpiration(2).build());
        AccountBlock fuse = chain.send(USER1, Address.PLASMA, TokenStandard.QSR, 10 * ZEXP, FUSE_USER6).block();
        chain.momentum();
        chain.autoReceive(Address.PLASMA); // expires at 2 + 2
        chain.momentum();
        AccountBlock cancel = chain.send(USER1, Address.PLASMA, TokenStandard.ZERO, 0,
                Abis.PLASMA.encodeMethod("CancelFuse", fuse.hash())).block();
        MomentumTransaction m4 = chain.momentum();
        Hash plasmaFrontier = chain.ledger.frontierHash(Address.PLASMA);

        ContractExecution execution = chain.autoReceive(Address.PLASMA);
        assertThat(execution.error()).isEmpty();
        AccountBlock receive = execution.transaction().block();
        assertThat(receive.descendantBlocks()).hasSize(1);
        AccountBlock refund = receive.descendantBlocks().getFirst();
        assertThat(refund.blockType()).isEqualTo(BlockType.CONTRACT_SEND);
        assertThat(refund.address()).isEqualTo(Address.PLASMA);
        assertThat(refund.toAddress()).isEqualTo(USER1.address());
        assertThat(refund.tokenStandard()).isEqualTo(TokenStandard.QSR);
        assertThat(refund.amount()).isEqualTo(BigInteger.valueOf(10 * ZEXP));
        assertThat(refund.height()).isEqualTo(3);
        assertThat(refund.previousHash()).isEqualTo(plasmaFrontier);
        assertThat(refund.momentumAcknowledged()).isEqualTo(m4.momentum().identifier());
        assertThat(refund.changesHash()).isEqualTo(Hash.ZERO);
        assertThat(refund.version()).isEqualTo(1);
        assertThat(refund.chainIdentifier()).isEqualTo(100);
        assertThat(refund.hashMatches()).isTrue();
        assertThat(receive.height()).isEqualTo(4);
        assertThat(receive.previousHash()).isEqualTo(refund.hash());
        assertThat(receive.previous()).isEqualTo(refund.previous());
        assertThat(receive.data()).containsExactly(Bytes.be8(1));

        FusionInfo info = new FusionInfo(USER1.address(), fuse.hash(), BigInteger.valueOf(10 * ZEXP), 4, USER6.address());
        assertThat(Patches.lines(execution.transaction().changes())).containsExactly(
                "03" + ZERO_ZTS + " - " + "00".repeat(32),
                "03" + QSR + " - " + word(USER1_FUSED),
                "04" + hex(info.storageKey()) + " - DELETE",
                "04" + hex(FusedAmount.key(USER6.address())) + " - DELETE",
                "07 - 0000000000000002");
        assertThat(chain.logs.getLast().message()).isEqualTo("canceled fusion entry");
        assertThat(chain.logs.getLast().context()).containsExactly("module", "embedded", "contract", "plasma",
                "fusionInfo", "&{Owner:" + USER1.address() + " Id:" + fuse.hash() + " Amount:+1000000000 ExpirationHeight:4 Beneficiary:" + USER6.address() + "}",
                "beneficiary-remaining", "&{Beneficiary:" + USER6.address() + " Amount:+0}");

        // the descendant is confirmed with its receive and can be received by User1
        MomentumTransaction m5 = chain.momentum();
        assertThat(m5.momentum().content().headers()).containsExactly(refund.header(), receive.header());
        assertThat(chain.ledger.frontierMomentumStore().confirmationHeight(refund.hash())).isEqualTo(5);
        BigInteger before = chain.ledger.balance(USER1.address(), TokenStandard.QSR);
        chain.receive(USER1, refund.hash());
        assertThat(chain.ledger.balance(USER1.address(), TokenStandard.QSR)).isEqualTo(before.add(BigInteger.valueOf(10 * ZEXP)));
        assertThat(cancel.basePlasma()).isEqualTo(73_500);
    }

    /** A Fuse replacement that writes, emits a descendant, then fails or misbehaves as told. */
    private record Scripted(String mode) implements EmbeddedMethod {
        @Override
        public long plasma() {
            return 52_500;
        }

        @Override
        public AccountBlock validateSendBlock(AccountBlock block) {
            return block;
        }

        @Override
        public List<AccountBlock> receiveBlock(AccountVmContext context, AccountBlock sendBlock) {
            context.storage().put(new byte[] {0x09}, new byte[] {1});
            return switch (mode) {
                case "error" -> throw VmErrors.FORBIDDEN_PARAM.exception();
                case "panic" -> throw new IllegalStateException("scripted internal failure");
                case "overdraw" -> List.of(AccountBlock.builder().toAddress(USER6.address()).tokenStandard(TokenStandard.ZNN)
                        .amount(BigInteger.ONE).build());
                default -> List.of();
            };
        }
    }

    private static TestChain scripted(String mode) {
        return new TestChain(Genesis.ledger(), EmbeddedContracts.standard().withMethod(Address.PLASMA, "Fuse", new Scripted(mode)),
                ContractParameters.mainnet());
    }

    @Test
    void failedReceiveRollsBackAndRefunds() {
        for (String mode : List.of("error", "overdraw")) {
            TestChain chain = scripted(mode);
            AccountBlock send = chain.send(USER1, Address.PLASMA, TokenStandard.QSR, 10 * ZEXP, FUSE_USER6).block();
            chain.momentum();
            ContractExecution execution = chain.autoReceive(Address.PLASMA);
            assertThat(execution.error()).contains(mode.equals("error") ? VmErrors.FORBIDDEN_PARAM : VmErrors.INSUFFICIENT_BALANCE);
            AccountBlock receive = execution.transaction().block();
            assertThat(receive.data()).containsExactly(Bytes.be8(2));
            assertThat(receive.descendantBlocks()).hasSize(1);
            AccountBlock refund = receive.descendantBlocks().getFirst();
            assertThat(refund.toAddress()).isEqualTo(send.address());
            assertThat(refund.tokenStandard()).isEqualTo(TokenStandard.QSR);
            assertThat(refund.amount()).isEqualTo(send.amount());
            assertThat(refund.dataAbsent()).isTrue();
            // the storage write is gone; the credit and the refund cancel out on the balance key
            assertThat(Patches.lines(execution.transaction().changes())).containsExactly(
                    "03" + QSR + " - " + word(USER1_FUSED),
                    "07 - 0000000000000001");
        }
    }

    @Test
    void internalFailureIsAVmPanic() {
        TestChain chain = scripted("panic");
        AccountBlock send = chain.send(USER1, Address.PLASMA, TokenStandard.QSR, 10 * ZEXP, FUSE_USER6).block();
        chain.momentum();
        assertThatThrownBy(() -> chain.supervisor.generateAutoReceive(send))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VmErrors.VM_RUN_PANIC))
                .hasMessage("supervisor - VM panic")
                .hasRootCauseMessage("scripted internal failure");
        assertThat(chain.logs.getLast().level()).isEqualTo(VmLog.Level.ERROR);
        assertThat(chain.logs.getLast().context().subList(0, 2)).containsExactly("module", "supervisor");
    }

    @Test
    void anotherNodeRegeneratesTheSameReceive() {
        TestChain chain = new TestChain(Genesis.ledger());
        AccountBlock send = chain.send(USER1, Address.PLASMA, TokenStandard.QSR, 10 * ZEXP, FUSE_USER6).block();
        chain.momentum();
        AccountBlockTransaction generated = chain.supervisor.generateAutoReceive(send).transaction();

        AccountBlockTransaction applied = chain.supervisor.applyBlock(generated.block());
        assertThat(applied.block()).isEqualTo(generated.block());
        assertThat(applied.changes()).isEqualTo(generated.changes());

        AccountBlock tampered = generated.block().toBuilder().changesHash(Hash.ZERO).build();
        assertThatThrownBy(() -> chain.supervisor.applyBlock(tampered))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(Vm.ERR_AUTO_RECEIVE_CHANGES_HASH))
                .hasMessageStartingWith("auto-received block has different changes-hash");
        AccountBlock otherHash = generated.block().toBuilder().hash(Hash.ZERO).build();
        assertThatThrownBy(() -> chain.supervisor.applyBlock(otherHash))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(Vm.ERR_AUTO_RECEIVE_HASH));
    }
}
