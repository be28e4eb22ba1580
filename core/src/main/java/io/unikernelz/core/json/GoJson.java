package io.unikernelz.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;

/**
 * Jackson set up to write JSON the way Go's encoding/json does: compact, and strings escaped as Go escapes them
 * ({@code <}, {@code >}, {@code &}, U+2028, U+2029 and control characters as lower-case six-character escapes (backslash, u, 4 hex digits), except
 * {@code \n}, {@code \r}, {@code \t}). Use {@link #writer()} / {@link #reader()} (immutable, shareable) or
 * {@link #newMapper()} for a private mapper with the same settings.
 */
public final class GoJson {
    private static final ObjectWriter WRITER = newMapper().writer();
    private static final ObjectReader READER = newMapper().reader();

    private GoJson() {}

    public static ObjectMapper newMapper() {
        JsonFactory factory = new JsonFactoryBuilder()
                .characterEscapes(new GoEscapes())
                .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    public static ObjectWriter writer() {
        return WRITER;
    }

    public static ObjectReader reader() {
        return READER;
    }

    public static JsonNodeFactory nodes() {
        return JsonNodeFactory.instance;
    }

    /** Compact Go-style text of a tree. */
    public static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    /** Parses JSON text into a tree; malformed text gives a JsonFormatException. */
    public static JsonNode parse(String text) {
        try {
            return READER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new JsonFormatException("malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A uint64 held in a long, as a JSON number (values at or above 2^63 print unsigned). */
    public static JsonNode uint64(long v) {
        return v >= 0 ? JsonNodeFactory.instance.numberNode(v)
                : JsonNodeFactory.instance.numberNode(new BigInteger(Long.toUnsignedString(v)));
    }

    private static final class GoEscapes extends CharacterEscapes {
        private final int[] ascii;

        GoEscapes() {
            ascii = standardAsciiEscapesForJSON();
            for (int c = 0; c < 0x20; c++) {
                if (c != '\n' && c != '\r' && c != '\t') ascii[c] = ESCAPE_CUSTOM;
            }
            ascii['<'] = ESCAPE_CUSTOM;
            ascii['>'] = ESCAPE_CUSTOM;
            ascii['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
