package io.unikernelz.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.types.Hex;
import java.io.InputStream;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class WordListTest {
    @Test
    void resourceIsTheStandardBip39EnglishList() throws Exception {
        byte[] bytes;
        try (InputStream in = WordList.class.getResourceAsStream(WordList.RESOURCE)) {
            assertThat(in).as("word list resource").isNotNull();
            bytes = in.readAllBytes();
        }
        assertThat(Hex.encode(MessageDigest.getInstance("SHA-256").digest(bytes)))
                .isEqualTo("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda");
    }

    @Test
    void hasSortedUniqueWordsWithKnownEnds() {
        WordList list = WordList.english();
        assertThat(list.words()).hasSize(2048).doesNotHaveDuplicates().isSorted();
        assertThat(list.word(0)).isEqualTo("abandon");
        assertThat(list.word(2047)).isEqualTo("zoo");
        assertThat(list.indexOf("zoo")).contains(2047);
        assertThat(list.indexOf("zenon")).isEmpty();
    }
}
