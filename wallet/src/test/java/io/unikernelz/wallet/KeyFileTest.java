package io.unikernelz.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.unikernelz.core.types.Hex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Deterministic bytes so a written file can be compared exactly. */
    private static final class CountingRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private int next;

        @Override
        public void nextBytes(byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) next++;
        }
    }

    private static List<JsonNode> vectors() {
        JsonNode v = Vectors.wallet("keyfile-vectors.json").get("vectors");
        assertThat(v).hasSize(2);
        return Stream.of(v.get(0), v.get(1)).toList();
    }

    @Test
    void conformanceKeyFilesOpenWithTheirPassword() {
        for (JsonNode v : vectors()) {
            KeyFile kf = KeyFile.parse(Vectors.pretty(v.get("keyFile")));
            assertThat(kf.timestamp()).isEqualTo(v.get("keyFile").get("timestamp").asLong());
            KeyStore ks = kf.decrypt(v.get("password").asText());
            assertThat(Hex.encode(ks.entropy())).isEqualTo(v.get("entropy").asText());
            assertThat(ks.mnemonic().phrase()).isEqualTo(v.get("mnemonic").asText());
            assertThat(ks.baseAddress()).hasToString(v.get("baseAddress").asText());
        }
    }

    @Test
    void conformanceKeyFilesRejectAWrongPassword() {
        for (JsonNode v : vectors()) {
            KeyFile kf = KeyFile.parse(Vectors.pretty(v.get("keyFile")));
            assertThatThrownBy(() -> kf.decrypt(v.get("password").asText() + "x"))
                    .isInstanceOf(WrongPasswordException.class)
                    .hasMessageStartingWith("wrong password");
        }
    }

    @Test
    void serialisesInGoZenonLayout() {
        JsonNode v = vectors().get(0);
        KeyFile kf = KeyFile.parse(Vectors.pretty(v.get("keyFile")));
        assertThat(kf.toJson()).isEqualTo("""
                {
                    "baseAddress": "z1qqjnwjjpnue8xmmpanz6csze6tcmtzzdtfsww7",
                    "crypto": {
                        "argon2Params": {
                            "salt": "0x22a9a6a23a93000f165c787d0b09bfdb"
                        },
                        "cipherData": "0x7661b6e00a93aefd5606d454adca5763efd90ab04aea31ee3b2a036eb117b0d95c66a0d709aa9827ec18485f194283e5",
                        "cipherName": "aes-256-gcm",
                        "kdf": "argon2.IDKey",
                        "nonce": "0x6a2708a6b5a40a683e6f35cc"
                    },
                    "timestamp": 1657541141,
                    "version": 1
                }""");
        assertThat(KeyFile.parse(kf.toJson())).isEqualTo(kf);
    }

    @Test
    void writeThenReadRoundTrip() throws IOException {
        byte[] entropy = Hex.decode("bc827d0a00a72354dce4c44a59485288500b49382f9ba88a016351787b7b15ca");
        Path file = dir.resolve("wallet.json");
        KeyFile written = KeyFile.write(file, "Secret", entropy, new CountingRandom(), CLOCK);

        KeyFile loaded = KeyFile.load(file);
        assertThat(loaded).isEqualTo(written);
        assertThat(loaded.salt()).isEqualTo(Hex.decode("000102030405060708090a0b0c0d0e0f"));
        assertThat(loaded.nonce()).isEqualTo(Hex.decode("101112131415161718191a1b"));
        assertThat(loaded.timestamp()).isEqualTo(1_700_000_000L);
        assertThat(loaded.cipherData()).hasSize(32 + 16);
        assertThat(Files.readString(file)).isEqualTo(written.toJson());

        KeyStore ks = KeyFile.read(file, "Secret");
        assertThat(ks.entropy()).isEqualTo(entropy);
        assertThat(ks.baseAddress()).hasToString("z1qqjnwjjpnue8xmmpanz6csze6tcmtzzdtfsww7");

        // the default overload uses real randomness: two files of the same wallet differ but both open
        Path second = dir.resolve("second.json");
        KeyFile other = KeyFile.write(second, "pässwörd", Hex.decode("bbefd88e1ff3f673d24da98b51f04ee7"));
        assertThat(other.salt()).isNotEqualTo(loaded.salt());
        assertThat(KeyFile.read(second, "pässwörd").baseAddress()).hasToString("z1qrf825tea0hha086vjnn4dhpl5wsdcesktxh5x");
    }

    @Test
    void writesOwnerOnlyAtomicallyAndNeverOverwrites() throws IOException {
        Path file = dir.resolve("wallet.json");
        KeyFile kf = KeyFile.write(file, "pw", new byte[16], new CountingRandom(), CLOCK);
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("wallet.json");
        }
        String before = Files.readString(file);
        assertThatThrownBy(() -> KeyFile.write(file, "pw", new byte[32]))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThatThrownBy(() -> kf.writeTo(file)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void wrongPasswordLeavesTheFileUntouched() throws IOException {
        Path file = dir.resolve("wallet.json");
        KeyFile.write(file, "right", new byte[16], new CountingRandom(), CLOCK);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> KeyFile.read(file, "wrong")).isInstanceOf(WrongPasswordException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void tamperedCipherDataFailsAuthentication() throws IOException {
        JsonNode v = vectors().get(1);
        ObjectNode json = v.get("keyFile").deepCopy();
        ObjectNode crypto = (ObjectNode) json.get("crypto");
        byte[] cipher = Hex.decode(crypto.get("cipherData").asText());
        cipher[3] ^= 0x01;
        crypto.put("cipherData", "0x" + Hex.encode(cipher));
        Path file = dir.resolve("tampered.json");
        Files.writeString(file, json.toString());
        assertThatThrownBy(() -> KeyFile.read(file, v.get("password").asText()))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void baseAddressThatDoesNotMatchTheEntropyIsReported() {
        List<JsonNode> vs = vectors();
        ObjectNode json = vs.get(0).get("keyFile").deepCopy();
        json.put("baseAddress", vs.get(1).get("baseAddress").asText());
        KeyFile kf = KeyFile.parse(json.toString());
        assertThatThrownBy(() -> kf.decrypt(vs.get(0).get("password").asText()))
                .isInstanceOf(KeyFileException.class)
                .isNotInstanceOf(WrongPasswordException.class)
                .hasMessageContaining("'baseAddress'")
                .hasMessageContaining("z1qqjnwjjpnue8xmmpanz6csze6tcmtzzdtfsww7");
    }

    @Test
    void malformedKeyFilesNameTheField() {
        assertMalformed(j -> j.remove("version"), "'version' is missing");
        assertMalformed(j -> j.put("version", 2), "'version' must be 1");
        assertMalformed(j -> j.put("version", "1"), "'version' must be 1");
        assertMalformed(j -> j.remove("crypto"), "'crypto' is missing");
        assertMalformed(j -> crypto(j).put("cipherName", "aes-128-ctr"), "'crypto.cipherName' must be \"aes-256-gcm\"");
        assertMalformed(j -> crypto(j).put("kdf", "scrypt"), "'crypto.kdf' must be \"argon2.IDKey\"");
        assertMalformed(j -> crypto(j).remove("nonce"), "'crypto.nonce' is missing");
        assertMalformed(j -> crypto(j).put("nonce", "0x6a2708"), "'crypto.nonce' must be 12 bytes, got 3");
        assertMalformed(j -> crypto(j).put("cipherData", "0x7661b6e"), "'crypto.cipherData'");
        assertMalformed(j -> crypto(j).put("cipherData", "0x7661"), "'crypto.cipherData' has 2 bytes");
        assertMalformed(j -> crypto(j).put("cipherData", 5), "'crypto.cipherData' must be a string");
        assertMalformed(j -> crypto(j).remove("argon2Params"), "'crypto.argon2Params' is missing");
        assertMalformed(j -> ((ObjectNode) crypto(j).get("argon2Params")).put("salt", "22a9a6a23a93000f165c787d0b09bfdb"),
                "'crypto.argon2Params.salt' must be hex with a 0x prefix");
        assertMalformed(j -> ((ObjectNode) crypto(j).get("argon2Params")).put("salt", "0xzz"), "'crypto.argon2Params.salt'");
        assertMalformed(j -> j.put("baseAddress", "z1qqjnwjjpnue8xmmpanz6csze6tcmtzzdtfsww8"), "'baseAddress'");
        assertMalformed(j -> j.putNull("baseAddress"), "'baseAddress' is missing");
        assertMalformed(j -> j.put("timestamp", "yesterday"), "'timestamp' must be an integer");
        assertThatThrownBy(() -> KeyFile.parse("{not json")).isInstanceOf(KeyFileException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> KeyFile.parse("[]")).isInstanceOf(KeyFileException.class).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> KeyFile.parse("")).isInstanceOf(KeyFileException.class);
    }

    @Test
    void acceptsWhatGoZenonsReaderAccepts() {
        JsonNode v = vectors().get(1);
        ObjectNode json = v.get("keyFile").deepCopy();
        json.put("Path", "/home/user/.znn/wallet/x");
        json.set("BASEADDRESS", json.remove("baseAddress"));
        json.remove("timestamp");
        KeyFile kf = KeyFile.parse(json.toString());
        assertThat(kf.timestamp()).isZero();
        assertThat(kf.decrypt(v.get("password").asText()).baseAddress()).hasToString(v.get("baseAddress").asText());
    }

    @Test
    void loadNamesTheFile() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"version\": 1}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> KeyFile.load(file))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'crypto' is missing");
    }

    private static ObjectNode crypto(ObjectNode json) {
        return (ObjectNode) json.get("crypto");
    }

    private static void assertMalformed(Consumer<ObjectNode> edit, String expected) {
        ObjectNode json = vectors().get(0).get("keyFile").deepCopy();
        edit.accept(json);
        String text;
        try {
            text = JSON.writeValueAsString(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> KeyFile.parse(text))
                .as(expected)
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining(expected);
    }
}
