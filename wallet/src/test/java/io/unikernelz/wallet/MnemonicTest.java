package io.unikernelz.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.types.Hex;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MnemonicTest {
    @Test
    void conformanceVectorsMnemonicEntropyAndSeed() {
        JsonNode vectors = Vectors.wallet("mnemonic-vectors.json").get("vectors");
        assertThat(vectors).hasSize(2);
        for (JsonNode v : vectors) {
            byte[] entropy = Hex.decode(v.get("entropy").asText());
            String phrase = v.get("mnemonic").asText();
            assertThat(Mnemonic.fromEntropy(entropy).phrase()).isEqualTo(phrase);
            Mnemonic m = Mnemonic.fromWords(phrase);
            assertThat(m.entropy()).isEqualTo(entropy);
            assertThat(Hex.encode(m.seed())).isEqualTo(v.get("seed").asText());
        }
    }

    /** Reference vectors of the BIP-39 spec (trezor/python-mnemonic), passphrase "TREZOR". */
    @Test
    void bip39ReferenceVectorsWithPassphrase() {
        String[][] cases = {
            {"00000000000000000000000000000000",
             "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
             "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04"},
            {"7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
             "legal winner thank year wave sausage worth useful legal winner thank yellow",
             "2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe1296106559a3c80937a1c1069be3a3a5bd381ee6260e8d9739fce1f607"},
            {"80808080808080808080808080808080",
             "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
             "d71de856f81a8acc65e6fc851a38d4d7ec216fd0796d0a6827a3ad6ed5511a30fa280f12eb2e47ed2ac03b5c462a0358d18d69fe4f985ec81778c1b370b652a8"},
        };
        for (String[] c : cases) {
            Mnemonic m = Mnemonic.fromEntropy(Hex.decode(c[0]));
            assertThat(m.phrase()).isEqualTo(c[1]);
            assertThat(Hex.encode(m.seed("TREZOR"))).isEqualTo(c[2]);
        }
    }

    @Test
    void passphraseIsNfkdNormalised() {
        Mnemonic m = Mnemonic.fromEntropy(new byte[16]);
        // "é" precomposed vs e + combining acute: the same passphrase after NFKD
        assertThat(m.seed("caf\u00e9")).isEqualTo(m.seed("cafe\u0301")).isNotEqualTo(m.seed("cafe"));
    }

    @Test
    void toleratesCaseAndExtraWhitespaceButKeepsCanonicalWords() {
        String phrase = "room learn castle divide disorder delay empty release mercy moon beauty solar";
        Mnemonic m = Mnemonic.fromWords("  ROOM learn\tcastle  divide disorder delay empty release mercy moon beauty Solar\n");
        assertThat(m.phrase()).isEqualTo(phrase);
        assertThat(m).isEqualTo(Mnemonic.fromWords(phrase));
        assertThat(m.toString()).doesNotContain("room");
    }

    @Test
    void badWordIsNamedWithItsPosition() {
        String phrase = "room learn castle divide disorder delay empty release mercy moon beauty zenon";
        assertThatThrownBy(() -> Mnemonic.fromWords(phrase))
                .isInstanceOf(InvalidMnemonicException.class)
                .hasMessageContaining("word 12 'zenon'")
                .hasMessageContaining("not in the BIP-39 English word list");
        assertThat(Mnemonic.isValid(phrase)).isFalse();
    }

    @Test
    void badChecksumIsReported() {
        // the last word swapped for another valid word breaks the 4 checksum bits
        String phrase = "room learn castle divide disorder delay empty release mercy moon beauty sock";
        assertThatThrownBy(() -> Mnemonic.fromWords(phrase))
                .isInstanceOf(InvalidMnemonicException.class)
                .hasMessageContaining("checksum mismatch");
        // two words swapped
        assertThatThrownBy(() -> Mnemonic.fromWords("learn room castle divide disorder delay empty release mercy moon beauty solar"))
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void wrongWordCountAndBadEntropyAreRejected() {
        assertThatThrownBy(() -> Mnemonic.fromWords("abandon abandon abandon"))
                .isInstanceOf(InvalidMnemonicException.class)
                .hasMessageContaining("got 3");
        assertThatThrownBy(() -> Mnemonic.fromWords(" "))
                .isInstanceOf(InvalidMnemonicException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Mnemonic.fromEntropy(new byte[17]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 17");
        assertThatThrownBy(() -> Mnemonic.generate(new SecureRandom(), 13))
                .hasMessageContaining("got 13");
    }

    @Test
    void generateGivesRequestedWordCount() {
        SecureRandom rnd = new SecureRandom();
        for (int words = 12; words <= 24; words += 3) {
            Mnemonic m = Mnemonic.generate(rnd, words);
            assertThat(m.words()).hasSize(words);
            assertThat(m.entropy()).hasSize(words / 3 * 4);
            assertThat(Mnemonic.fromWords(m.phrase())).isEqualTo(m);
        }
    }

    @Property
    void entropyToMnemonicToEntropyRoundTrips(@ForAll("entropies") byte[] entropy) {
        Mnemonic m = Mnemonic.fromEntropy(entropy);
        assertThat(m.words()).hasSize(entropy.length * 3 / 4);
        assertThat(Mnemonic.fromWords(m.phrase()).entropy()).isEqualTo(entropy);
    }

    @Property
    void changingOneWordIsCaughtByTheChecksumOrGivesOtherEntropy(@ForAll("entropies") byte[] entropy,
                                                                  @ForAll("wordIndex") int wordIndex,
                                                                  @ForAll("wordIndex") int replacement) {
        Mnemonic m = Mnemonic.fromEntropy(entropy);
        List<String> words = new ArrayList<>(m.words());
        int pos = wordIndex % words.size();
        boolean same = words.get(pos).equals(WordList.english().word(replacement));
        words.set(pos, WordList.english().word(replacement));
        try {
            Mnemonic other = Mnemonic.fromWords(String.join(" ", words));
            assertThat(other.equals(m)).isEqualTo(same);
        } catch (InvalidMnemonicException e) {
            assertThat(same).isFalse();
            assertThat(e).hasMessageContaining("checksum mismatch");
        }
    }

    @Provide
    Arbitrary<byte[]> entropies() {
        return Arbitraries.of(16, 20, 24, 28, 32).flatMap(n -> Arbitraries.bytes().array(byte[].class).ofSize(n));
    }

    @Provide
    Arbitrary<Integer> wordIndex() {
        return Arbitraries.integers().between(0, 2047);
    }
}
