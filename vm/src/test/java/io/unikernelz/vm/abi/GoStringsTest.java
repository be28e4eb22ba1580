package io.unikernelz.vm.abi;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.types.Hex;
import org.junit.jupiter.api.Test;

class GoStringsTest {
    @Test
    void invalidUtf8SurvivesAsEscapedBytes() {
        byte[] raw = Hex.decode("41ff80c3a9eda080f09f9880c0af");
        String s = GoStrings.decode(raw);
        // 'A', two escaped bytes, 'é', three escaped bytes of an encoded surrogate, an emoji, escaped overlong '/'
        assertThat(s).isEqualTo("A\uDCFF\uDC80é\uDCED\uDCA0\uDC80\uD83D\uDE00\uDCC0\uDCAF");
        assertThat(GoStrings.encode(s)).isEqualTo(raw);
        assertThat(GoStrings.byteLength(s)).isEqualTo(raw.length);
        assertThat(GoStrings.isValidUtf8(s)).isFalse();
        assertThat(GoStrings.isValidUtf8("é😀")).isTrue();
    }

    @Test
    void unpairedSurrogatesOutsideTheEscapeRangeBecomeReplacementCharacter() {
        assertThat(Hex.encode(GoStrings.encode("\uD800x"))).isEqualTo("efbfbd78");
        assertThat(GoStrings.byteLength("\uD800x")).isEqualTo(4);
    }

    @Test
    void emojiWhoseLowSurrogateIsInTheEscapeRangeIsNotMistakenForAnEscape() {
        String s = new String(Character.toChars(0x1F480)); // U+1F480 = D83D DC80
        assertThat(GoStrings.encode(s)).isEqualTo(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(GoStrings.byteLength(s)).isEqualTo(4);
        assertThat(GoStrings.decode(GoStrings.encode(s))).isEqualTo(s);
    }
}
