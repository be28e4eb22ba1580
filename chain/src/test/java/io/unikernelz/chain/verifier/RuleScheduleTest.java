package io.unikernelz.chain.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.vm.NomException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleScheduleTest {
    private static final List<String> GO_ACCOUNT_BLOCK_ORDER = List.of("version", "chainIdentifier", "blockType", "amounts", "pow",
            "previous", "momentumAcknowledged", "fromBlockExists", "notYetReceived", "sequencer");

    @Test
    void mainnetSwitchesOnTheReceiverCheckAtGoZenonsHeight() {
        RuleSchedule mainnet = RuleSchedule.mainnet();
        assertThat(mainnet.sets()).extracting(RuleSet::activationHeight).containsExactly(0L, 10_109_240L);
        for (long h : new long[] {0, 1, 10_109_239}) {
            assertThat(mainnet.at(h).name()).isEqualTo("genesis");
            assertThat(mainnet.at(h).accountBlockRuleNames()).isEqualTo(GO_ACCOUNT_BLOCK_ORDER);
        }
        for (long h : new long[] {10_109_240, 10_109_241, -1 /* 2^64-1 */}) {
            assertThat(mainnet.at(h).name()).isEqualTo("receiverMismatchEnforcement");
            assertThat(mainnet.at(h).accountBlockRuleNames()).containsExactly("version", "chainIdentifier", "blockType", "amounts",
                    "pow", "previous", "momentumAcknowledged", "fromBlockExists", "receiverMatches", "notYetReceived", "sequencer");
        }
    }

    @Test
    void otherStagesKeepGoZenonsOrderAndDoNotChange() {
        for (RuleSet s : RuleSchedule.mainnet().sets()) {
            assertThat(s.accountBlockTransactionRuleNames()).containsExactly("hash", "signature", "producer", "descendantBlocks");
            assertThat(s.momentumRuleNames()).containsExactly("chainIdentifier", "version", "timestamp", "previous", "data", "content");
            assertThat(s.momentumTransactionRuleNames()).containsExactly("changesHash", "hash", "signature", "producer");
        }
    }

    @Test
    void activationMustFollowGenesis() {
        assertThatThrownBy(() -> RuleSchedule.receiverMismatchEnforcedFrom(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    @Test
    void theVerifierPicksTheSetByTheFrontierMomentumHeight() {
        VerifierFixture f = new VerifierFixture();
        // User2 receiving the send addressed to User3; the fixture's frontier momentum is at height 3
        AccountBlock misdirected = VerifierFixture.sign(f.baseReceive().fromBlockHash(f.u1s3.hash()), f.u2);
        assertThatCode(() -> f.verifier(RuleSchedule.receiverMismatchEnforcedFrom(4)).accountBlock(misdirected)).doesNotThrowAnyException();
        assertThatThrownBy(() -> f.verifier(RuleSchedule.receiverMismatchEnforcedFrom(3)).accountBlock(misdirected))
                .isInstanceOfSatisfying(NomException.class, e -> assertThat(e.error()).isEqualTo(VerifierErrors.AB_FROM_BLOCK_RECEIVER_MISMATCH));
        assertThat(f.verifier(RuleSchedule.receiverMismatchEnforcedFrom(3)).currentRules().name()).isEqualTo("receiverMismatchEnforcement");
        assertThat(f.verifier().currentRules().name()).isEqualTo("genesis");
    }
}
