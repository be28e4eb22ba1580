package io.unikernelz.vm.embedded.contracts;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * Signs bridge messages the way go-zenon's bridge tests do (go-ethereum crypto.Sign: libsecp256k1's RFC 6979 low-s
 * signature as r ‖ s ‖ recovery id, base64).
 */
final class EvmTestSigner {
    /** The TSS key of go-zenon's bridge tests ("tuSwrTEU…", public "AsAQx1M3…"). */
    static final String TSS_PRIVATE_B64 = "tuSwrTEUyJI1/3y5J8L8DSjzT/AQG2IK3JG+93qhhhI=";
    static final String TSS_PUBLIC_B64 = "AsAQx1M3LVXCuozDOqO5b9adj/PItYgwZFG/xTDBiZzT";
    static final String TSS_DECOMPRESSED_B64 = "BMAQx1M3LVXCuozDOqO5b9adj/PItYgwZFG/xTDBiZzTnQAT1qOPAkuPzu6yoewss9XbnTmZmb9JQNGXmkPYtK4=";
    /** The second key of those tests ("Sf12dS9D…", public "AhOiqdjx…"). */
    static final String OTHER_PRIVATE_B64 = "Sf12dS9DI7xsiKrmQfPR8zQE1HUIYkd8x0XZ6fkAxXo=";
    static final String OTHER_PUBLIC_B64 = "AhOiqdjx002Cj8o1jxTM5LqywbgNFZwUPJuR9ffdQwFP";

    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");

    private EvmTestSigner() {}

    static String sign(byte[] message, String privateKeyB64) {
        byte[] privateKey = Base64.getDecoder().decode(privateKeyB64);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        ECDomainParameters domain = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());
        signer.init(true, new ECPrivateKeyParameters(new BigInteger(1, privateKey), domain));
        BigInteger[] rs = signer.generateSignature(message);
        BigInteger s = rs[1].compareTo(CURVE.getN().shiftRight(1)) > 0 ? CURVE.getN().subtract(rs[1]) : rs[1];
        byte[] r32 = to32(rs[0]);
        byte[] s32 = to32(s);
        byte[] publicKey = CURVE.getG().multiply(new BigInteger(1, privateKey)).normalize().getEncoded(false);
        for (int recid = 0; recid < 4; recid++) {
            byte[] recovered = SwapSignatures.recoverPublicKey(message, r32, s32, recid).orElse(null);
            if (recovered != null && Arrays.equals(recovered, publicKey)) {
                byte[] sig = new byte[65];
                System.arraycopy(r32, 0, sig, 0, 32);
                System.arraycopy(s32, 0, sig, 32, 32);
                sig[64] = (byte) recid;
                return Base64.getEncoder().encodeToString(sig);
            }
        }
        throw new IllegalStateException("no recovery id reproduces the public key");
    }

    /** The compressed public key of a private key, base64. */
    static String compressedPublicKey(String privateKeyB64) {
        BigInteger d = new BigInteger(1, Base64.getDecoder().decode(privateKeyB64));
        return Base64.getEncoder().encodeToString(CURVE.getG().multiply(d).normalize().getEncoded(true));
    }

    private static byte[] to32(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }
}
