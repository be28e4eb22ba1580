package io.unikernelz.bench;

import io.unikernelz.core.crypto.Ed25519;
import io.unikernelz.core.crypto.Ed25519Verifier;
import io.unikernelz.core.crypto.SodiumEd25519;
import io.unikernelz.core.nom.AccountBlock;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ed25519 verification of a real block signature (the 32 raw hash bytes, as go-zenon signs them): the node's
 * {@link Ed25519#verify} and each implementation it could use on its own.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Ed25519Bench {
    private byte[] publicKey;
    private byte[] message;
    private byte[] signature;
    private PublicKey jdkKey;
    private final Ed25519Verifier chainVerifier = Ed25519Verifier.forNode();
    private List<BenchData.Signed> rotating;
    private int next;

    @Setup
    public void load() throws GeneralSecurityException {
        AccountBlock block = BenchData.firstBlock();
        publicKey = block.publicKey();
        message = block.hash().bytes();
        signature = block.signature();
        jdkKey = jdkPublicKey(publicKey);
        rotating = CpuTimeRun.rotatingSigners();
    }

    /** What the node runs: libsodium's accept when the system has it, BouncyCastle otherwise. */
    @Benchmark
    public boolean verifyNode() {
        return Ed25519.verify(publicKey, message, signature);
    }

    /**
     * The chain verifier on a rotating set of 30 signers, 64 different messages each (how momentums arrive): after
     * each key's first sightings it verifies from the key's table, every signature computed in full.
     */
    @Benchmark
    public boolean verifyWarmKey() {
        BenchData.Signed s = rotating.get(next);
        next = next + 1 == rotating.size() ? 0 : next + 1;
        return chainVerifier.verify(s.publicKey(), s.message(), s.signature());
    }

    /** The Java verifier with Go's rules and no key table: what decides whatever libsodium does not accept. */
    @Benchmark
    public boolean verifyJava() {
        return Ed25519.verifyPortable(publicKey, message, signature);
    }

    @Benchmark
    public boolean verifyBouncyCastle() {
        return Ed25519.verifyBouncyCastle(publicKey, message, signature);
    }

    /** libsodium alone; without the library it measures nothing useful and says so by returning false fast. */
    @Benchmark
    public boolean verifyLibsodium() {
        return SodiumEd25519.available() && SodiumEd25519.verify(publicKey, message, signature);
    }

    /** The JDK's own provider (SunEC), the baseline the issue calls unusable. */
    @Benchmark
    public boolean verifyJdk() throws GeneralSecurityException {
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(jdkKey);
        s.update(message);
        return s.verify(signature);
    }

    /** RFC 8032 point encoding (little-endian y, x's sign in the top bit) to a JDK key. */
    static PublicKey jdkPublicKey(byte[] encoded) throws GeneralSecurityException {
        byte[] be = new byte[encoded.length];
        for (int i = 0; i < encoded.length; i++) be[i] = encoded[encoded.length - 1 - i];
        boolean xOdd = (be[0] & 0x80) != 0;
        be[0] &= 0x7f;
        EdECPoint point = new EdECPoint(xOdd, new BigInteger(1, be));
        return KeyFactory.getInstance("Ed25519").generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, point));
    }
}
