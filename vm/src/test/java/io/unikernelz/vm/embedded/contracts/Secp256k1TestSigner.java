package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.types.Address;
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
 * Makes old-style swap signatures the way go-zenon's tests do (SignLegacyPillarMessage/SignRetrieveAssetsMessage:
 * libsecp256k1's RFC 6979 low-s signature, header byte = recovery id + 31).
 */
final class Secp256k1TestSigner {
    /** go-zenon chain/genesis/mock Secp1PrvKey and its public key. */
    static final byte[] SECP1_PRIVATE = io.unikernelz.core.types.Hex.decode("7e412f0a36c21518519013a0f9b498f6bbd36b4c9861573e0662680d06cd2a40");
    static final String SECP1_PUBLIC_B64 = Base64.getEncoder().encodeToString(io.unikernelz.core.types.Hex.decode(
            "047306c325fa7216723bee068c0f2ba1438217c22a0736df41434ac32ba38c04f55c8e3ef9be61377f191016df05ab0fcca8a0b9b505371101c460c59aeede6ab6"));
    static final byte[] SECP2_PRIVATE = io.unikernelz.core.types.Hex.decode("d7ef0ace1c32429605291c09fe4fb3c3dc7dde472e203b29c0911e199713c66e");
    static final String SECP2_PUBLIC_B64 = Base64.getEncoder().encodeToString(io.unikernelz.core.types.Hex.decode(
            "047e21bcfbb9bba1da40e373922d8a14c19d11bd3b58eb0c2700f29655e389e70c9291e32d929b54ae6efc04ad3e3a82c1ebd8222ccc0e29ea1c4c3fb97f80f4fe"));

    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");

    private Secp256k1TestSigner() {}

    static String sign(SwapSignatures.Operation operation, Address address, byte[] privateKey, String publicKeyB64) {
        byte[] message = SwapSignatures.message(operation, publicKeyB64, address);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        ECDomainParameters domain = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());
        signer.init(true, new ECPrivateKeyParameters(new BigInteger(1, privateKey), domain));
        BigInteger[] rs = signer.generateSignature(message);
        BigInteger s = rs[1].compareTo(CURVE.getN().shiftRight(1)) > 0 ? CURVE.getN().subtract(rs[1]) : rs[1];
        byte[] r32 = to32(rs[0]);
        byte[] s32 = to32(s);
        byte[] publicKey = Base64.getDecoder().decode(publicKeyB64);
        for (int recid = 0; recid < 4; recid++) {
            byte[] recovered = SwapSignatures.recoverPublicKey(message, r32, s32, recid).orElse(null);
            if (recovered != null && Arrays.equals(recovered, publicKey)) {
                byte[] sig = new byte[65];
                sig[0] = (byte) (recid + 31);
                System.arraycopy(r32, 0, sig, 1, 32);
                System.arraycopy(s32, 0, sig, 33, 32);
                return Base64.getEncoder().encodeToString(sig);
            }
        }
        throw new IllegalStateException("no recovery id reproduces the public key");
    }

    private static byte[] to32(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }
}
