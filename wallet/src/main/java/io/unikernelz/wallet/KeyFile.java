package io.unikernelz.wallet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hex;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The encrypted wallet file shared by go-zenon, syrius and the SDKs: the BIP-39 entropy sealed with AES-256-GCM
 * (12-byte nonce, additional data "zenon") under an Argon2id key (time 1, 64 MiB, 4 lanes, 32 bytes, 16-byte salt).
 * Binary fields are hex with a 0x prefix (go-ethereum hexutil).
 */
public final class KeyFile {
    public static final int VERSION = 1;
    public static final String CIPHER_NAME = "aes-256-gcm";
    public static final String KDF = "argon2.IDKey";
    static final int SALT_BYTES = 16;
    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    private static final int KEY_BYTES = 32;
    private static final int ARGON2_TIME = 1;
    private static final int ARGON2_MEMORY_KIB = 64 * 1024;
    private static final int ARGON2_THREADS = 4;
    private static final byte[] GCM_AAD = "zenon".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Address baseAddress;
    private final byte[] salt;
    private final byte[] nonce;
    private final byte[] cipherData;
    private final long timestamp;

    private KeyFile(Address baseAddress, byte[] salt, byte[] nonce, byte[] cipherData, long timestamp) {
        if (baseAddress == null) throw new KeyFileException("invalid key file: field 'baseAddress' is missing");
        if (salt.length == 0) throw new KeyFileException("invalid key file: field 'crypto.argon2Params.salt' is empty");
        if (nonce.length != NONCE_BYTES) {
            throw new KeyFileException("invalid key file: field 'crypto.nonce' must be " + NONCE_BYTES + " bytes, got " + nonce.length);
        }
        if (cipherData.length < TAG_BYTES + Mnemonic.MIN_ENTROPY_BYTES || cipherData.length > TAG_BYTES + Mnemonic.MAX_ENTROPY_BYTES) {
            throw new KeyFileException("invalid key file: field 'crypto.cipherData' has " + cipherData.length
                    + " bytes; expected the GCM tag plus 16 to 32 bytes of entropy");
        }
        this.baseAddress = baseAddress;
        this.salt = salt;
        this.nonce = nonce;
        this.cipherData = cipherData;
        this.timestamp = timestamp;
    }

    // ---- creating ----

    /** Encrypts the entropy under the password with fresh salt and nonce; the timestamp is the clock's second. */
    public static KeyFile encrypt(byte[] entropy, String password, SecureRandom random, Clock clock) {
        return encrypt(KeyStore.fromEntropy(entropy), password, random, clock);
    }

    public static KeyFile encrypt(KeyStore keyStore, String password, SecureRandom random, Clock clock) {
        requirePassword(password);
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] key = deriveKey(password, salt);
        byte[] entropy = keyStore.entropy();
        try {
            byte[] sealed = gcm(Cipher.ENCRYPT_MODE, key, nonce).doFinal(entropy);
            return new KeyFile(keyStore.baseAddress(), salt, nonce, sealed, clock.instant().getEpochSecond());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM encryption failed", e);
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(entropy, (byte) 0);
        }
    }

    /** Encrypts the entropy and writes a new key file at {@code path} (see {@link #writeTo(Path)}). */
    public static KeyFile write(Path path, String password, byte[] entropy) throws IOException {
        return write(path, password, entropy, new SecureRandom(), Clock.systemUTC());
    }

    public static KeyFile write(Path path, String password, byte[] entropy, SecureRandom random, Clock clock) throws IOException {
        KeyFile kf = encrypt(entropy, password, random, clock);
        kf.writeTo(path);
        return kf;
    }

    // ---- opening ----

    /** Decrypts to the wallet. Throws {@link WrongPasswordException} if the password is wrong. */
    public KeyStore decrypt(String password) {
        requirePassword(password);
        byte[] key = deriveKey(password, salt);
        byte[] entropy;
        try {
            entropy = gcm(Cipher.DECRYPT_MODE, key, nonce).doFinal(cipherData);
        } catch (AEADBadTagException e) {
            throw new WrongPasswordException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM decryption failed", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
        try {
            if (entropy.length % 4 != 0) {
                throw new KeyFileException("invalid key file: decrypted entropy has " + entropy.length + " bytes, expected 16, 20, 24, 28 or 32");
            }
            KeyStore ks = KeyStore.fromEntropy(entropy);
            if (!ks.baseAddress().equals(baseAddress)) {
                throw new KeyFileException("invalid key file: field 'baseAddress' is " + baseAddress
                        + " but the decrypted wallet's base address is " + ks.baseAddress());
            }
            return ks;
        } finally {
            Arrays.fill(entropy, (byte) 0);
        }
    }

    /** Reads and decrypts the key file at {@code path}. */
    public static KeyStore read(Path path, String password) throws IOException {
        return load(path).decrypt(password);
    }

    /** Reads and validates the key file at {@code path} without decrypting it. */
    public static KeyFile load(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        try {
            return parse(text);
        } catch (KeyFileException e) {
            throw new KeyFileException(path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses key file JSON. Like go-zenon's reader it requires version 1 and the exact cipher and KDF names,
     * matches keys case-insensitively when there is no exact match, ignores unknown keys (such as go-zenon's
     * "Path") and treats a missing timestamp as 0.
     */
    public static KeyFile parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new KeyFileException("invalid key file: not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) throw new KeyFileException("invalid key file: not a JSON object");
        JsonNode version = field(root, "version");
        if (version == null) throw missing("version");
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != VERSION) {
            throw new KeyFileException("invalid key file: field 'version' must be " + VERSION + ", got " + version);
        }
        JsonNode crypto = field(root, "crypto");
        if (crypto == null) throw missing("crypto");
        if (!crypto.isObject()) throw new KeyFileException("invalid key file: field 'crypto' must be an object");
        String cipherName = text(crypto, "cipherName", "crypto.cipherName");
        if (!CIPHER_NAME.equals(cipherName)) {
            throw new KeyFileException("invalid key file: field 'crypto.cipherName' must be \"" + CIPHER_NAME + "\", got \"" + cipherName + "\"");
        }
        String kdf = text(crypto, "kdf", "crypto.kdf");
        if (!KDF.equals(kdf)) {
            throw new KeyFileException("invalid key file: field 'crypto.kdf' must be \"" + KDF + "\", got \"" + kdf + "\"");
        }
        JsonNode argon = field(crypto, "argon2Params");
        if (argon == null) throw missing("crypto.argon2Params");
        if (!argon.isObject()) throw new KeyFileException("invalid key file: field 'crypto.argon2Params' must be an object");
        byte[] salt = hex(argon, "salt", "crypto.argon2Params.salt");
        byte[] nonce = hex(crypto, "nonce", "crypto.nonce");
        byte[] cipherData = hex(crypto, "cipherData", "crypto.cipherData");
        String base = text(root, "baseAddress", "baseAddress");
        Address baseAddress;
        try {
            baseAddress = Address.parse(base);
        } catch (IllegalArgumentException e) {
            throw new KeyFileException("invalid key file: field 'baseAddress': " + e.getMessage(), e);
        }
        JsonNode ts = field(root, "timestamp");
        long timestamp = 0;
        if (ts != null) {
            if (!ts.isIntegralNumber() || !ts.canConvertToLong()) {
                throw new KeyFileException("invalid key file: field 'timestamp' must be an integer (unix seconds), got " + ts);
            }
            timestamp = ts.longValue();
        }
        return new KeyFile(baseAddress, salt, nonce, cipherData, timestamp);
    }

    // ---- writing ----

    /** The file text exactly as go-zenon's MarshalIndent(…, "", "    ") lays it out, no trailing newline. */
    public String toJson() {
        return "{\n"
                + "    \"baseAddress\": \"" + baseAddress + "\",\n"
                + "    \"crypto\": {\n"
                + "        \"argon2Params\": {\n"
                + "            \"salt\": \"" + hex0x(salt) + "\"\n"
                + "        },\n"
                + "        \"cipherData\": \"" + hex0x(cipherData) + "\",\n"
                + "        \"cipherName\": \"" + CIPHER_NAME + "\",\n"
                + "        \"kdf\": \"" + KDF + "\",\n"
                + "        \"nonce\": \"" + hex0x(nonce) + "\"\n"
                + "    },\n"
                + "    \"timestamp\": " + timestamp + ",\n"
                + "    \"version\": " + VERSION + "\n"
                + "}";
    }

    /**
     * Writes the file readable by its owner only (0600 where the file system has POSIX permissions), atomically:
     * a temporary file in the same directory is flushed to disk and renamed over. An existing file is never
     * replaced, so a wallet cannot be lost by mistake.
     */
    public void writeTo(Path path) throws IOException {
        Path target = path.toAbsolutePath();
        if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString(), null, "key file already exists; refusing to overwrite it");
        Path dir = target.getParent();
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        Path tmp = posix
                ? Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(toJson().getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString(), null, "key file already exists; refusing to overwrite it");
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // ---- accessors ----

    public Address baseAddress() {
        return baseAddress;
    }

    public byte[] salt() {
        return salt.clone();
    }

    public byte[] nonce() {
        return nonce.clone();
    }

    public byte[] cipherData() {
        return cipherData.clone();
    }

    /** Creation time in unix seconds. */
    public long timestamp() {
        return timestamp;
    }

    public int version() {
        return VERSION;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyFile k && baseAddress.equals(k.baseAddress) && timestamp == k.timestamp
                && Arrays.equals(salt, k.salt) && Arrays.equals(nonce, k.nonce) && Arrays.equals(cipherData, k.cipherData);
    }

    @Override
    public int hashCode() {
        return 31 * baseAddress.hashCode() + Arrays.hashCode(cipherData);
    }

    @Override
    public String toString() {
        return "KeyFile[" + baseAddress + ", timestamp " + timestamp + "]";
    }

    // ---- internals ----

    private static byte[] deriveKey(String password, byte[] salt) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withIterations(ARGON2_TIME)
                .withMemoryAsKB(ARGON2_MEMORY_KIB)
                .withParallelism(ARGON2_THREADS)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        byte[] key = new byte[KEY_BYTES];
        gen.generateBytes(pw, key);
        Arrays.fill(pw, (byte) 0);
        return key;
    }

    private static Cipher gcm(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
        c.updateAAD(GCM_AAD);
        return c;
    }

    private static void requirePassword(String password) {
        if (password == null) throw new IllegalArgumentException("password is null");
    }

    private static KeyFileException missing(String name) {
        return new KeyFileException("invalid key file: field '" + name + "' is missing");
    }

    /** Go's encoding/json prefers an exact key match and falls back to a case-insensitive one. */
    private static JsonNode field(JsonNode obj, String name) {
        JsonNode exact = obj.get(name);
        if (exact != null) return exact.isNull() ? null : exact;
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) return e.getValue().isNull() ? null : e.getValue();
        }
        return null;
    }

    private static String text(JsonNode obj, String name, String fullName) {
        JsonNode n = field(obj, name);
        if (n == null) throw missing(fullName);
        if (!n.isTextual()) throw new KeyFileException("invalid key file: field '" + fullName + "' must be a string, got " + n);
        return n.textValue();
    }

    /** hexutil.Bytes: a string with a mandatory 0x prefix and an even number of hex digits. */
    private static byte[] hex(JsonNode obj, String name, String fullName) {
        String s = text(obj, name, fullName);
        if (!s.startsWith("0x") && !s.startsWith("0X")) {
            throw new KeyFileException("invalid key file: field '" + fullName + "' must be hex with a 0x prefix");
        }
        try {
            return Hex.decode(s);
        } catch (IllegalArgumentException e) {
            throw new KeyFileException("invalid key file: field '" + fullName + "': " + e.getMessage(), e);
        }
    }

    private static String hex0x(byte[] b) {
        return "0x" + Hex.encode(b);
    }
}
