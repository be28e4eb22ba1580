package io.unikernelz.vm.embedded.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** go-zenon IsJSON: json.Unmarshal into interface{} succeeds. */
class JsonSyntaxTest {
    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "{\"APR\": 15, \"LockingPeriod\": 100}", "{\"NewApy\":15}", " \t\r\n{ } ", "1", "-0.5e-3", "null",
            "true", "false", "\"text\"", "[1,[2,{\"a\":[]}],\"\\u00e9\\n\\/\"]", "1e-400", "1.7976931348623157e308", "{\"a\":1,\"a\":2}",
            "\"\\uD800\""})
    void valid(String s) {
        assertThat(JsonSyntax.isJson(s)).as(s).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "}", "{,}", "[1,]", "{\"a\"}", "{\"a\":}", "{a:1}", "01", "1.", ".5", "+1", "1e", "-", "NaN",
            "Infinity", "1e400", "-1e400", "tru", "nul", "'a'", "\"a", "\"\\x\"", "\"\\u12G4\"", "{}{}", "[] 1", "\u000b{}", "\"a\u0001\"",
            "{\"a\":1,}"})
    void invalid(String s) {
        assertThat(JsonSyntax.isJson(s)).as(s).isFalse();
    }

    @Test
    void invalidUtf8InsideStringsIsAccepted() {
        assertThat(JsonSyntax.isJson(new byte[] {'"', (byte) 0xff, (byte) 0xc0, '"'})).isTrue();
        assertThat(JsonSyntax.isJson(new byte[] {(byte) 0xff})).isFalse();
    }

    @Test
    void nestingStopsAtGoMaximumDepth() {
        assertThat(JsonSyntax.isJson("[".repeat(10_000) + "]".repeat(10_000))).isTrue();
        assertThat(JsonSyntax.isJson("[".repeat(10_001) + "]".repeat(10_001))).isFalse();
        assertThat(JsonSyntax.isJson("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))).isTrue();
    }
}
