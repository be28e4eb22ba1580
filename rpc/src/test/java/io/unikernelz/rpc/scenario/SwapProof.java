package io.unikernelz.rpc.scenario;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hex;
import io.unikernelz.vm.embedded.contracts.SwapSignatures;

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
 * go-zenon's test helper signRetrieveAssetsMessage: the legacy secp256k1 proof a swap RetrieveAssets call carries
 * (deterministic RFC 6979 signature with low s, header byte = recovery id + 31, base64), for the mock genesis key
 * {@code Secp1} whose swap deposit the genesis holds.
 */
final class SwapProof {
    /** go-zenon chain/genesis/mock Secp1PrvKey. */
    static final byte[] SECP1_PRIVATE = Hex.decode("7e412f0a36c21518519013a0f9b498f6bbd36b4c9861573e0662680d06cd2a40");
    /** go-zenon chain/genesis/mock Secp1PubKeyB64. */
    static final String SECP1_PUBLIC_B64 = Base64.getEncoder().encodeToString(Hex.decode(
            "047306c325fa7216723bee068c0f2ba1438217c22a0736df41434ac32ba38c04f55c8e3ef9be61377f191016df05ab0fcca8a0b9b505371101c460c59aeede6ab6"));

    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");

    private SwapProof() {}

    static String retrieveAssets(Address address, byte[] privateKey, String publicKeyB64) {
        byte[] message = SwapSignatures.message(SwapSignatures.Operation.RETRIEVE_ASSETS, publicKeyB64, address);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(new BigInteger(1, privateKey),
                new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH())));
        BigInteger[] rs = signer.generateSignature(message);
        // libsecp256k1 only makes low-s signatures
        BigInteger s = rs[1].compareTo(CURVE.getN().shiftRight(1)) > 0 ? CURVE.getN().subtract(rs[1]) : rs[1];
        byte[] r32 = fixed32(rs[0]);
        byte[] s32 = fixed32(s);
        byte[] publicKey = Base64.getDecoder().decode(publicKeyB64);
        for (int recoveryId = 0; recoveryId < 4; recoveryId++) {
            if (SwapSignatures.recoverPublicKey(message, r32, s32, recoveryId).filter(k -> Arrays.equals(k, publicKey)).isPresent()) {
                byte[] signature = new byte[65];
                signature[0] = (byte) (recoveryId + 31);
                System.arraycopy(r32, 0, signature, 1, 32);
                System.arraycopy(s32, 0, signature, 33, 32);
                return Base64.getEncoder().encodeToString(signature);
            }
        }
        throw new IllegalStateException("no recovery id yields the public key " + publicKeyB64);
    }

    private static byte[] fixed32(BigInteger v) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }
}
