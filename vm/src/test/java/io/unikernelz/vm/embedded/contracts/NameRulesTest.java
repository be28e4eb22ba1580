package io.unikernelz.vm.embedded.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameRulesTest {
    // go-zenon's patterns; java.util.regex is a fine oracle on short inputs (its backtracking only explodes on long ones)
    private static final Pattern NAME = Pattern.compile("^([a-zA-Z0-9]+[-._]?)*[a-zA-Z0-9]$");
    private static final Pattern SYMBOL = Pattern.compile("^[A-Z0-9]+$");
    private static final Pattern DOMAIN = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9-]{0,61}[A-Za-z0-9]\\.)+[A-Za-z]{2,}$");

    @Provide
    Arbitrary<String> nameLike() {
        return Arbitraries.strings().withChars("aZ09-._ é\n").ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> domainLike() {
        return Arbitraries.strings().withChars("aZ9-.").ofMaxLength(14);
    }

    @Property(tries = 3000)
    void namePatternAgreesWithTheRegex(@ForAll("nameLike") String s) {
        assertThat(NameRules.matchesNamePattern(s)).isEqualTo(NAME.matcher(s).matches());
    }

    @Property(tries = 2000)
    void symbolPatternAgreesWithTheRegex(@ForAll("nameLike") String s) {
        assertThat(NameRules.matchesSymbolPattern(s)).isEqualTo(SYMBOL.matcher(s).matches());
    }

    @Property(tries = 3000)
    void domainPatternAgreesWithTheRegex(@ForAll("domainLike") String s) {
        assertThat(NameRules.matchesDomainPattern(s)).isEqualTo(DOMAIN.matcher(s).matches());
    }

    @Test
    void goZenonNamesAndTheirNeighbours() {
        assertThat(NameRules.matchesNamePattern("test.tok3n_na-m3")).isTrue();
        assertThat(NameRules.matchesNamePattern("TEST-pillar-6-quasar")).isTrue();
        assertThat(NameRules.matchesNamePattern("a")).isTrue();
        assertThat(NameRules.matchesNamePattern("")).isFalse();
        assertThat(NameRules.matchesNamePattern("-a")).isFalse();
        assertThat(NameRules.matchesNamePattern("a-")).isFalse();
        assertThat(NameRules.matchesNamePattern("a--b")).isFalse();
        assertThat(NameRules.matchesNamePattern("a-.b")).isFalse();
        assertThat(NameRules.matchesNamePattern("a b")).isFalse();
        assertThat(NameRules.matchesNamePattern("ab\n")).isFalse(); // Go's $ does not match before a final newline
    }

    @Test
    void domainLabelLengthsFollowThePattern() {
        assertThat(NameRules.matchesDomainPattern("zenon.network")).isTrue();
        assertThat(NameRules.matchesDomainPattern("a.network")).isFalse(); // labels need two characters
        assertThat(NameRules.matchesDomainPattern("ab.c")).isFalse();
        assertThat(NameRules.matchesDomainPattern("ab.c1")).isFalse();
        assertThat(NameRules.matchesDomainPattern("a-b.cd.ef")).isTrue();
        assertThat(NameRules.matchesDomainPattern("-ab.cd")).isFalse();
        assertThat(NameRules.matchesDomainPattern("x".repeat(63) + ".io")).isTrue();
        assertThat(NameRules.matchesDomainPattern("x".repeat(64) + ".io")).isFalse();
        assertThat(NameRules.matchesDomainPattern("ab..cd")).isFalse();
        assertThat(NameRules.matchesDomainPattern("")).isFalse();
    }

    @Test
    void pathologicalInputIsLinear() {
        // a backtracking engine would not finish on this input; a single scan does
        String evil = "a".repeat(100_000) + "!";
        assertThat(NameRules.matchesNamePattern(evil)).isFalse();
        assertThat(NameRules.matchesNamePattern("a".repeat(100_000))).isTrue();
        assertThat(NameRules.isValidPillarName(evil)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TEST-pillar-1", "a", "x234567890123456789012345678901234567890"})
    void validPillarNames(String name) {
        assertThat(NameRules.isValidPillarName(name)).isTrue();
    }

    @Test
    void pillarNamesCountUtf8Bytes() {
        assertThat(NameRules.isValidPillarName("x".repeat(40))).isTrue();
        assertThat(NameRules.isValidPillarName("x".repeat(41))).isFalse();
        assertThat(NameRules.isValidPillarName("")).isFalse();
        assertThat(NameRules.isValidPillarName("pillär")).isFalse();
    }
}
