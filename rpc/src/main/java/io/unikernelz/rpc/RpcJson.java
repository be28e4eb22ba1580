package io.unikernelz.rpc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.unikernelz.core.json.GoJson;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;

import java.io.IOException;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * The Jackson configuration every RPC result goes through, so results look as go-zenon prints
 * them: hashes as lower-case hex without 0x, addresses and token standards in bech32,
 * {@code byte[]} as standard base64, {@link BigInteger} as a decimal string (go-zenon's
 * {@code *Marshal} types), null members kept (clients expect e.g. {@code "publicKey": null}), and strings
 * escaped as Go's encoding/json escapes them ({@code <}, {@code >}, {@code &}, U+2028/U+2029 as backslash-u
 * escapes), so responses match go-zenon's byte for byte.
 */
public final class RpcJson {
    private RpcJson() {}

    /** A new, fully configured mapper (thread-safe once returned). */
    public static ObjectMapper newMapper() {
        SimpleModule zenon = new SimpleModule("zenon-rpc");
        zenon.addSerializer(Hash.class, new TextSerializer<>(Hash.class));
        zenon.addSerializer(Address.class, new TextSerializer<>(Address.class));
        zenon.addSerializer(TokenStandard.class, new TextSerializer<>(TokenStandard.class));
        zenon.addSerializer(BigInteger.class, ToStringSerializer.instance);
        zenon.addDeserializer(Hash.class, new TextDeserializer<>("hash", Hash::parse));
        zenon.addDeserializer(Address.class, new TextDeserializer<>("address", Address::parse));
        zenon.addDeserializer(TokenStandard.class, new TextDeserializer<>("token standard", TokenStandard::parse));
        return JsonMapper.builder(GoJson.newMapper().getFactory().copy())
                .addModule(zenon)
                // keeps request ids such as 1.10 exactly as sent
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // go's encoding/json ignores unknown object members
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static final class TextSerializer<T> extends JsonSerializer<T> {
        private final Class<T> type;

        TextSerializer(Class<T> type) {
            this.type = type;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }

        @Override
        public Class<T> handledType() {
            return type;
        }
    }

    private static final class TextDeserializer<T> extends JsonDeserializer<T> {
        private final String what;
        private final Function<String, T> parser;

        TextDeserializer(String what, Function<String, T> parser) {
            this.what = what;
            this.parser = parser;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.reportInputMismatch(this, "expected a %s string, got %s", what, p.currentToken());
            }
            try {
                return parser.apply(p.getText());
            } catch (IllegalArgumentException e) {
                return ctxt.reportInputMismatch(this, "%s", e.getMessage());
            }
        }
    }
}
