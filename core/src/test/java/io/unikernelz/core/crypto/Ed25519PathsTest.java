package io.unikernelz.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.unikernelz.core.Records;
import io.unikernelz.core.Shared;
import io.unikernelz.core.nom.AccountBlock;
import io.unikernelz.core.nom.Momentum;
import io.unikernelz.core.types.Hex;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Every path of verification gives Go's answer: the node's {@link Ed25519#verify} (libsodium's accept, the Java
 * Go-rules verifier for the rest), the portable Java path and the caching {@link Ed25519Verifier}, on every real
 * signature of the conformance data, on corrupted copies of them, on the Go-generated edge vectors and on crafted cases
 * where libsodium and BouncyCastle are stricter than Go (small-order and non-canonical keys).
 */
class Ed25519PathsTest {
    /** The group order L of edwards25519. */
    private static final BigInteger L = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));

    private record Sig(String name, byte[] publicKey, byte[] message, byte[] signature) {}

    private static List<Sig> realSignatures() {
        List<Sig> out = new ArrayList<>();
        for (JsonNode v : Shared.json("wallet/signature-vectors.json").get("vectors")) {
            out.add(new Sig("wallet vector", Hex.decode(v.get("publicKey").asText()), Hex.decode(v.get("messageHex").asText()),
                    Hex.decode(v.get("signature").asText())));
        }
        for (AccountBlock b : Records.allBlocks()) {
            if (b.hasSignature()) out.add(new Sig("block " + b.hash(), b.publicKey(), b.hash().bytes(), b.signature()));
        }
        for (Momentum m : Records.momentums()) {
            if (m.signature() != null && m.signature().length > 0) {
                out.add(new Sig("momentum " + m.hash(), m.publicKey(), m.hash().bytes(), m.signature()));
            }
        }
        return out;
    }

    /** A verifier that builds a table on the first sighting, so that every key below goes through its table. */
    private final Ed25519Verifier warmAtOnce = new Ed25519Verifier(4096, 1);

    private void assertPathsAgree(Sig s, boolean expected) {
        boolean portable = Ed25519.verifyPortable(s.publicKey, s.message, s.signature);
        assertThat(portable).as("Java Go-rules on %s", s.name).isEqualTo(expected);
        assertThat(Ed25519.verify(s.publicKey, s.message, s.signature)).as("Ed25519.verify on %s", s.name).isEqualTo(expected);
        assertThat(warmAtOnce.verify(s.publicKey, s.message, s.signature)).as("key table on %s", s.name).isEqualTo(expected);
        if (SodiumEd25519.available()) {
            assertThat(SodiumEd25519.verify(s.publicKey, s.message, s.signature)).as("libsodium on %s", s.name).isEqualTo(expected);
        }
    }

    /** Go's verdicts, including the keys libsodium refuses: only libsodium's own answer may differ, and only to reject. */
    @Test
    void everyPathGivesGosVerdictOnTheGoVectors() {
        Ed25519Verifier cold = new Ed25519Verifier(0, 1);
        int libsodiumStricter = 0;
        for (Ed25519GoRulesTest.Vector v : Ed25519GoRulesTest.goVectors()) {
            assertThat(Ed25519.verify(v.publicKey(), v.message(), v.signature())).as(v.name()).isEqualTo(v.valid());
            assertThat(Ed25519.verifyPortable(v.publicKey(), v.message(), v.signature())).as(v.name()).isEqualTo(v.valid());
            assertThat(warmAtOnce.verify(v.publicKey(), v.message(), v.signature())).as(v.name()).isEqualTo(v.valid());
            assertThat(cold.verify(v.publicKey(), v.message(), v.signature())).as(v.name()).isEqualTo(v.valid());
            if (SodiumEd25519.available()) {
                boolean sodium = SodiumEd25519.verify(v.publicKey(), v.message(), v.signature());
                if (sodium) assertThat(v.valid()).as("libsodium accepts only what Go accepts: " + v.name()).isTrue();
                if (sodium != v.valid()) {
                    libsodiumStricter++;
                    assertThat(SodiumEd25519.mayRefuseWhatGoAccepts(v.publicKey(), v.signature()))
                            .as("libsodium's extra refusal is recognised from the bytes: " + v.name()).isTrue();
                }
            }
        }
        if (SodiumEd25519.available()) assertThat(libsodiumStricter).as("vectors where libsodium alone would be wrong").isGreaterThan(50);
    }

    @Test
    void libsodiumIsUsedWhereverTheSystemHasIt() {
        boolean installed = Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libsodium.so.23"))
                || Files.exists(Path.of("/usr/lib/aarch64-linux-gnu/libsodium.so.23"));
        boolean disabled = "false".equalsIgnoreCase(System.getProperty(SodiumEd25519.ENABLE_PROPERTY, "true"));
        assertThat(SodiumEd25519.available()).as(SodiumEd25519.description()).isEqualTo(installed && !disabled);
        assertThat(Ed25519.verifyImplementation()).startsWith(SodiumEd25519.available() ? "libsodium" : "Java Go-rules");
    }

    @Test
    void everyRealSignatureVerifiesOnBothPaths() {
        List<Sig> sigs = realSignatures();
        assertThat(sigs).hasSizeGreaterThan(100);
        for (Sig s : sigs) assertPathsAgree(s, true);
    }

    @Test
    void everyCorruptedRealSignatureIsRejectedOnBothPaths() {
        for (Sig s : realSignatures()) {
            for (int i = 0; i < Ed25519.SIGNATURE_SIZE; i += 7) {
                byte[] sig = s.signature.clone();
                sig[i] ^= 0x10;
                assertPathsAgree(new Sig(s.name + " signature byte " + i, s.publicKey, s.message, sig), false);
            }
            byte[] msg = s.message.clone();
            msg[msg.length - 1] ^= 1;
            assertPathsAgree(new Sig(s.name + " other message", s.publicKey, msg, s.signature), false);
            byte[] key = s.publicKey.clone();
            key[5] ^= 4;
            assertPathsAgree(new Sig(s.name + " other key", key, s.message, s.signature), false);
        }
    }

    @Test
    void libsodiumsExtraRefusalsAreRecognisedFromTheBytes() {
        byte[] sig = new byte[64];
        sig[0] = 9; // an R that is no small-order encoding
        for (Sig s : realSignatures()) {
            assertThat(SodiumEd25519.mayRefuseWhatGoAccepts(s.publicKey, s.signature)).as(s.name).isFalse();
        }
        byte[] identity = new byte[32];
        identity[0] = 1;
        byte[] identityNegative = identity.clone();
        identityNegative[31] = (byte) 0x80;
        byte[] order8Negative = Hex.decode("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa");
        byte[] yIsPPlus5 = Hex.decode("f2ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        byte[] yIsPMinus2 = Hex.decode("ebffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        assertThat(SodiumEd25519.mayRefuseWhatGoAccepts(identity, sig)).isTrue();
        assertThat(SodiumEd25519.mayRefuseWhatGoAccepts(identityNegative, sig)).isTrue();
        assertThat(SodiumEd25519.mayRefuseWhatGoAccepts(order8Negative, sig)).isTrue();
        assertThat(SodiumEd25519.mayRefuseWhatGoAccepts(yIsPPlus5, sig)).isTrue();
        assertThat(SodiumEd25519.mayRefuseWhatGoAccepts(yIsPMinus2, sig)).as("y = p - 2 is canonical and not small order").isFalse();
        byte[] smallOrderR = java.util.Arrays.copyOf(order8Negative, 64);
        assertThat(SodiumEd25519.mayRefuseWhatGoAccepts(realSignatures().get(0).publicKey, smallOrderR)).isTrue();
    }

    @Test
    void malformedInputsAreInvalidOnEveryPath() {
        byte[] k = new byte[32];
        byte[] m = new byte[32];
        byte[] sig = new byte[64];
        assertThat(Ed25519.verify(null, m, sig)).isFalse();
        assertThat(Ed25519.verify(k, null, sig)).isFalse();
        assertThat(Ed25519.verify(k, m, null)).isFalse();
        assertThat(Ed25519.verify(new byte[31], m, sig)).isFalse();
        assertThat(Ed25519.verify(k, m, new byte[63])).isFalse();
        if (SodiumEd25519.available()) {
            assertThat(SodiumEd25519.verify(new byte[31], m, sig)).isFalse();
            assertThat(SodiumEd25519.verify(k, m, new byte[65])).isFalse();
        }
    }

    /**
     * Keys and signatures that libsodium refuses on principle. Go's crypto/ed25519 accepts the identity-key cases
     * (see docs/benchmarks.md, "Ed25519 semantics"), so the node must too; S + L is refused by everyone.
     */
    @Test
    void stricterLibsodiumNeverChangesTheAnswer() throws NoSuchAlgorithmException {
        byte[] seed = new byte[32];
        seed[0] = 9;
        byte[] pk = Ed25519.publicKey(seed);
        byte[] msg = new byte[32];
        java.util.Arrays.fill(msg, (byte) 0x42);
        byte[] valid = Ed25519.sign(seed, msg);

        // R = [a]B and S = a mod L (a = the clamped secret scalar of seed): [S]B = R + [k]A holds for any small-order A
        // with [k]A = identity, e.g. the identity itself.
        byte[] h = MessageDigest.getInstance("SHA-512").digest(seed);
        h[0] &= (byte) 248;
        h[31] &= 127;
        h[31] |= 64;
        byte[] forIdentityKey = concat(pk, le32(fromLe(h, 0, 32).mod(L)));
        byte[] identity = new byte[32];
        identity[0] = 1;
        byte[] nonCanonicalIdentity = le32(BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(18))); // y = p + 1
        byte[] identityR = new byte[64];
        identityR[0] = 1;
        byte[] sPlusL = concat(java.util.Arrays.copyOf(valid, 32), le32(fromLe(valid, 32, 32).add(L)));

        List<Sig> edge = List.of(
                new Sig("valid", pk, msg, valid),
                new Sig("identity key", identity, msg, forIdentityKey),
                new Sig("order-4 key (y = 0)", new byte[32], msg, forIdentityKey),
                new Sig("non-canonical identity key", nonCanonicalIdentity, msg, forIdentityKey),
                new Sig("identity key, R = identity, S = 0", identity, msg, identityR),
                new Sig("R = identity, S = 0", pk, msg, identityR),
                new Sig("S + L", pk, msg, sPlusL),
                new Sig("all zero", new byte[32], msg, new byte[64]));
        for (Sig s : edge) {
            boolean portable = Ed25519.verifyPortable(s.publicKey, s.message, s.signature);
            assertThat(Ed25519.verify(s.publicKey, s.message, s.signature)).as(s.name).isEqualTo(portable);
            assertThat(warmAtOnce.verify(s.publicKey, s.message, s.signature)).as(s.name).isEqualTo(portable);
            if (SodiumEd25519.available() && SodiumEd25519.verify(s.publicKey, s.message, s.signature)) {
                assertThat(portable).as("Go accepts what libsodium accepts: " + s.name).isTrue();
            }
        }
        assertThat(Ed25519.verify(pk, msg, valid)).isTrue();
        assertThat(Ed25519.verify(pk, msg, sPlusL)).isFalse();
        // Go accepts these (its own vectors agree); BouncyCastle refuses them, which is why it cannot decide.
        assertThat(Ed25519.verify(identity, msg, forIdentityKey)).isTrue();
        assertThat(Ed25519.verify(nonCanonicalIdentity, msg, forIdentityKey)).isTrue();
        assertThat(Ed25519.verify(identity, msg, identityR)).isTrue();
        assertThat(Ed25519.verifyBouncyCastle(identity, msg, forIdentityKey)).isFalse();
    }

    @Property(tries = 200)
    void randomKeysMessagesAndTamperingAgree(@ForAll @Size(32) byte[] seed, @ForAll @Size(max = 100) byte[] message,
            @ForAll @IntRange(min = -1, max = 95) int flip) {
        byte[] pk = Ed25519.publicKey(seed);
        byte[] sig = Ed25519.sign(seed, message);
        if (flip >= 64) {
            pk[flip - 64] ^= 0x01;
        } else if (flip >= 0) {
            sig[flip] ^= 0x01;
        }
        boolean portable = Ed25519.verifyPortable(pk, message, sig);
        assertThat(portable).isEqualTo(flip < 0);
        assertThat(Ed25519.verify(pk, message, sig)).isEqualTo(portable);
        assertThat(warmAtOnce.verify(pk, message, sig)).isEqualTo(portable);
        assertThat(Ed25519.verifyBouncyCastle(pk, message, sig)).isEqualTo(portable);
        if (SodiumEd25519.available()) assertThat(SodiumEd25519.verify(pk, message, sig)).isEqualTo(portable);
    }

    private static BigInteger fromLe(byte[] b, int off, int n) {
        byte[] be = new byte[n + 1];
        for (int i = 0; i < n; i++) be[n - i] = b[off + i];
        return new BigInteger(be);
    }

    private static byte[] le32(BigInteger v) {
        byte[] be = v.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < be.length; i++) out[i] = be[be.length - 1 - i];
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
