package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.Hex;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.VmLog;
import io.unikernelz.vm.abi.GoStrings;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The legacy (pre-Alphanet) secp256k1 proofs of ownership used by the Swap contract and by legacy pillar
 * registration (go-zenon implementation/swap_utils.go): a public key in base64 (65-byte uncompressed), an "old
 * znn-style" signature in base64 (header byte {@code recid + 31}, then r and s), over
 * {@code sha256(sha256(len‖"Zenon secp256k1 signature:"‖len‖"<operation> <pubKeyB64> <address>"))}. A signature is
 * valid when public-key recovery (libsecp256k1 rules) yields exactly the given key.
 */
public final class SwapSignatures {
    private static final String HASH_HEADER = "Zenon secp256k1 signature:";

    /** The two operations a swap signature can authorise; the text is part of the signed message. */
    public enum Operation {
        RETRIEVE_ASSETS("ZNN swap retrieve assets"),
        RETRIEVE_LEGACY_PILLAR("ZNN swap retrieve legacy pillar");

        private final String message;

        Operation(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private static final X9ECParameters CURVE_PARAMS = CustomNamedCurves.getByName("secp256k1");
    private static final ECCurve CURVE = CURVE_PARAMS.getCurve();
    private static final BigInteger N = CURVE_PARAMS.getN();
    private static final BigInteger P = CURVE.getField().getCharacteristic();

    private SwapSignatures() {}

    /** The 32-byte digest that is signed (go-zenon GetSwapMessage). */
    public static byte[] message(Operation operation, String publicKeyB64, Address address) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        serialize(data, GoStrings.encode(HASH_HEADER));
        serialize(data, GoStrings.encode(operation.message() + " " + publicKeyB64 + " " + address));
        return Sha3.sha256(Sha3.sha256(data.toByteArray()));
    }

    /** A one-byte length (Go {@code byte(len(s))}, so it wraps above 255) followed by the bytes. */
    private static void serialize(ByteArrayOutputStream out, byte[] text) {
        out.write(text.length & 0xff);
        out.writeBytes(text);
    }

    /**
     * go-zenon CheckSwapSignature: empty when the signature proves {@code address} controls the key, otherwise the
     * error the contract returns ({@code ErrInvalidB64Decode} for undecodable or wrongly sized keys and undecodable
     * signatures, {@code ErrInvalidSignature} otherwise). Writes go-zenon's {@code contract=swap-utils-log} lines.
     */
    public static Optional<NomError> check(Operation operation, Address address, String publicKeyB64, String signatureB64,
                                           VmLog.Logger log) {
        Optional<byte[]> publicKey = GoBase64.decode(publicKeyB64);
        if (publicKey.isEmpty()) {
            log.debug("swap-utils-error", "reason", "malformed-pubKey");
            return Optional.of(VmErrors.INVALID_B64_DECODE);
        }
        if (publicKey.get().length != 65) {
            log.debug("swap-utils-error", "reason", "invalid-pubKey-length");
            return Optional.of(VmErrors.INVALID_B64_DECODE);
        }
        Optional<byte[]> signature = GoBase64.decode(signatureB64);
        if (signature.isEmpty()) {
            log.debug("swap-utils-error", "reason", "malformed-signature");
            return Optional.of(VmErrors.INVALID_B64_DECODE);
        }
        byte[] sig = signature.get();
        if (sig.length != 65) {
            log.debug("swap-utils-error", "reason", "invalid-signature-length");
            return Optional.of(VmErrors.INVALID_SIGNATURE);
        }
        byte[] message = message(operation, publicKeyB64, address);
        log.debug("swap-utils-log", "expected-message", "0x" + Hex.encode(message));

        // old style: header (recid + 31) first; the byte arithmetic wraps as in Go
        int recoveryId = (sig[0] - 31) & 0xff;
        byte[] r = Arrays.copyOfRange(sig, 1, 33);
        byte[] s = Arrays.copyOfRange(sig, 33, 65);
        if (recoveryId >= 4) {
            log.debug("swap-utils-error", "reason", "invalid signature recovery id");
            return Optional.of(VmErrors.INVALID_SIGNATURE);
        }
        Optional<byte[]> recovered = recoverPublicKey(message, r, s, recoveryId);
        if (recovered.isEmpty()) {
            log.debug("swap-utils-error", "reason", "recovery failed");
            return Optional.of(VmErrors.INVALID_SIGNATURE);
        }
        if (!Arrays.equals(publicKey.get(), recovered.get())) {
            log.debug("swap-utils-error", "reason", "invalid-signature");
            return Optional.of(VmErrors.INVALID_SIGNATURE);
        }
        return Optional.empty();
    }

    /**
     * libsecp256k1 {@code ecdsa_recover}: the uncompressed 65-byte public key that produced {@code (r, s)} over the
     * 32-byte {@code message} with recovery id 0–3, or empty when there is none (r or s zero or not below the group
     * order, R not on the curve, or the result at infinity).
     */
    public static Optional<byte[]> recoverPublicKey(byte[] message, byte[] r32, byte[] s32, int recoveryId) {
        if (message.length != 32 || r32.length != 32 || s32.length != 32) {
            throw new IllegalArgumentException("message, r and s must be 32 bytes each");
        }
        if (recoveryId < 0 || recoveryId > 3) throw new IllegalArgumentException("recovery id must be 0..3, got " + recoveryId);
        BigInteger r = new BigInteger(1, r32);
        BigInteger s = new BigInteger(1, s32);
        if (r.signum() == 0 || s.signum() == 0 || r.compareTo(N) >= 0 || s.compareTo(N) >= 0) return Optional.empty();
        BigInteger x = (recoveryId & 2) != 0 ? r.add(N) : r;
        if (x.compareTo(P) >= 0) return Optional.empty();
        ECPoint bigR;
        try {
            byte[] compressed = new byte[33];
            compressed[0] = (byte) (0x02 | (recoveryId & 1));
            byte[] xb = toBytes32(x);
            System.arraycopy(xb, 0, compressed, 1, 32);
            bigR = CURVE.decodePoint(compressed);
        } catch (IllegalArgumentException notOnCurve) {
            return Optional.empty();
        }
        BigInteger e = new BigInteger(1, message).mod(N);
        BigInteger rInverse = r.modInverse(N);
        BigInteger u1 = e.negate().multiply(rInverse).mod(N);
        BigInteger u2 = s.multiply(rInverse).mod(N);
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(CURVE_PARAMS.getG(), u1, bigR, u2).normalize();
        if (q.isInfinity()) return Optional.empty();
        return Optional.of(q.getEncoded(false));
    }

    /**
     * go-zenon PubKeyToKeyIdHash: {@code sha256(ripemd160(sha256(compressed key)))}, the key of legacy pillar and
     * swap entries. {@code publicKey} is the 65-byte uncompressed form; only its x and y halves are used.
     */
    public static Hash keyIdHash(byte[] publicKey) {
        if (publicKey.length != 65) throw new IllegalArgumentException("public key must be 65 bytes, got " + publicKey.length);
        byte[] compressed = new byte[33];
        compressed[0] = (byte) ((publicKey[64] & 1) == 0 ? 0x02 : 0x03);
        System.arraycopy(publicKey, 1, compressed, 1, 32);
        byte[] sha = Sha3.sha256(compressed);
        RIPEMD160Digest ripemd = new RIPEMD160Digest();
        ripemd.update(sha, 0, sha.length);
        byte[] keyId = new byte[ripemd.getDigestSize()];
        ripemd.doFinal(keyId, 0);
        return Hash.wrap(Sha3.sha256(keyId));
    }

    private static byte[] toBytes32(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }
}
