package io.unikernelz.wallet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The BIP-39 English word list (2048 words), loaded once from the bundled resource; immutable. */
final class WordList {
    static final int SIZE = 2048;
    static final String RESOURCE = "bip39-english.txt";

    private static final WordList ENGLISH = load();

    private final List<String> words;
    private final Map<String, Integer> index;

    private WordList(List<String> words) {
        if (words.size() != SIZE) {
            throw new IllegalStateException("BIP-39 word list must have " + SIZE + " words, got " + words.size());
        }
        Map<String, Integer> m = HashMap.newHashMap(SIZE);
        for (int i = 0; i < SIZE; i++) {
            if (m.put(words.get(i), i) != null) {
                throw new IllegalStateException("BIP-39 word list repeats '" + words.get(i) + "'");
            }
        }
        this.words = List.copyOf(words);
        this.index = Map.copyOf(m);
    }

    static WordList english() {
        return ENGLISH;
    }

    String word(int i) {
        return words.get(i);
    }

    Optional<Integer> indexOf(String word) {
        return Optional.ofNullable(index.get(word));
    }

    List<String> words() {
        return words;
    }

    private static WordList load() {
        try (InputStream in = WordList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + " next to " + WordList.class.getName());
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new WordList(text.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read BIP-39 word list " + RESOURCE, e);
        }
    }
}
