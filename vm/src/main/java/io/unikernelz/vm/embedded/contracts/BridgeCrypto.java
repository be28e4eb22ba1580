package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Bytes;
import io.unikernelz.core.types.Hash;
import io.unikernelz.vm.NomError;
import io.unikernelz.vm.NomException;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.GoStrings;
import io.unikernelz.vm.embedded.definition.NetworkInfo;
import io.unikernelz.vm.embedded.definition.WrapTokenRequest;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The bridge's cross-chain messages and their secp256k1 signatures (go-zenon implementation/bridge.go): EVM-style
 * ABI packing of the request fields, hashed with SHA3-256 for NoM-class networks and with Keccak-256 under the
 * {@code "\x19Ethereum Signed Message:\n32"} prefix for EVM-class networks; signatures are 65 bytes {@code r‖s‖v}
 * (go-ethereum layout, v = recovery id 0–3) checked by recovering the key, as go-ethereum's secp256k1 does. Also the
 * go-ethereum helpers the contract applies to EVM addresses ({@code IsHexAddress}, {@code HexToAddress}).
 */
public final class BridgeCrypto {
    static final int DECOMPRESSED_PUB_KEY_LENGTH = 65;
    static final int COMPRESSED_PUB_KEY_LENGTH = 33;
    static final int SIGNATURE_LENGTH = 65;
    private static final int WORD = 32;
    private static final int EVM_ADDRESS_SIZE = 20;
    private static final byte[] EVM_PREFIX = "\u0019Ethereum Signed Message:\n32".getBytes(StandardCharsets.US_ASCII);
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");

    /** go-zenon returns this plain error for a network class other than NoM or EVM. */
    static final NomError NETWORK_TYPE_NOT_SUPPORTED = new NomError("errors.New(network type not supported)", "network type not supported");

    private BridgeCrypto() {}

    // ---------------------------------------------------------------- hashing

    public static byte[] keccak256(byte[]... parts) {
        KeccakDigest d = new KeccakDigest(256);
        for (byte[] p : parts) d.update(p, 0, p.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    /**
     * go-zenon HashByNetworkClass: SHA3-256 of the packed message for NoM, the Ethereum signed-message digest of its
     * Keccak-256 for EVM.
     *
     * @throws NomException {@link #NETWORK_TYPE_NOT_SUPPORTED} for any other class
     */
    public static byte[] hashByNetworkClass(byte[] packed, long networkClass) {
        if (networkClass == NetworkInfo.NOM_CLASS) return Sha3.sha3(packed);
        if (networkClass == NetworkInfo.EVM_CLASS) return keccak256(EVM_PREFIX, keccak256(packed));
        throw NETWORK_TYPE_NOT_SUPPORTED.exception();
    }

    /**
     * go-zenon GetWrapTokenRequestMessage: (networkClass, chainId, bridge contract, id, toAddress, tokenAddress,
     * amount − fee) packed as uint256, uint256, address, uint256, address, address, uint256.
     */
    public static byte[] wrapRequestMessage(WrapTokenRequest request, byte[] contractAddress) {
        byte[] packed = Bytes.concat(
                uint(BigInteger.valueOf(request.networkClass())),
                uint(BigInteger.valueOf(request.chainId())),
                evmAddressWord(contractAddress),
                request.id().bytes(),
                evmAddressWord(hexToAddress(request.toAddress())),
                evmAddressWord(hexToAddress(request.tokenAddress())),
                uint(request.amount().subtract(request.fee())));
        return hashByNetworkClass(packed, request.networkClass());
    }

    /**
     * go-zenon GetUnwrapTokenRequestMessage: (networkClass, chainId, transactionHash, logIndex, toAddress,
     * tokenAddress, amount) packed as five uint256, an address and a uint256; the Zenon address counts as a number.
     */
    public static byte[] unwrapRequestMessage(long networkClass, long chainId, Hash transactionHash, long logIndex, Address toAddress,
                                              String tokenAddress, BigInteger amount) {
        byte[] packed = Bytes.concat(
                uint(BigInteger.valueOf(networkClass)),
                uint(BigInteger.valueOf(chainId)),
                transactionHash.bytes(),
                uint(BigInteger.valueOf(logIndex)),
                uint(new BigInteger(1, toAddress.rawBytes())),
                evmAddressWord(hexToAddress(tokenAddress)),
                uint(amount));
        return hashByNetworkClass(packed, networkClass);
    }

    /** go-zenon GetBasicMethodMessage: (methodName, networkClass, chainId, tssNonce) as string and three uint256. */
    public static byte[] basicMethodMessage(String methodName, long tssNonce, long networkClass, long chainId) {
        byte[] packed = packWithString(methodName, uint(BigInteger.valueOf(networkClass)), uint(unsigned(chainId)), uint(unsigned(tssNonce)));
        return hashByNetworkClass(packed, networkClass);
    }

    /**
     * go-zenon GetChangePubKeyMessage for {@code ChangeTssECDSAPubKey}: (methodName, networkClass, chainId, tssNonce,
     * x) where x is the compressed key without its prefix byte, hashed with SHA3-256 whatever the class.
     */
    public static byte[] changeTssPubKeyMessage(String methodName, long networkClass, long chainId, long tssNonce, byte[] compressedPubKey) {
        byte[] x = Arrays.copyOfRange(compressedPubKey, 1, compressedPubKey.length);
        byte[] packed = packWithString(methodName, uint(BigInteger.valueOf(networkClass)), uint(unsigned(chainId)), uint(unsigned(tssNonce)),
                uint(new BigInteger(1, x)));
        return Sha3.sha3(packed);
    }

    /** EVM ABI encoding of a leading string followed by static words: offset, words, then length and padded bytes. */
    private static byte[] packWithString(String s, byte[]... words) {
        byte[] text = GoStrings.encode(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(uint(BigInteger.valueOf((long) WORD * (1 + words.length))));
        for (byte[] w : words) out.writeBytes(w);
        out.writeBytes(uint(BigInteger.valueOf(text.length)));
        out.writeBytes(text);
        out.writeBytes(new byte[(WORD - text.length % WORD) % WORD]);
        return out.toByteArray();
    }

    private static byte[] uint(BigInteger v) {
        if (v.signum() < 0 || v.bitLength() > 256) throw new IllegalArgumentException("not a uint256: " + v);
        return Bytes.big32(v);
    }

    private static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }

    private static byte[] evmAddressWord(byte[] address20) {
        byte[] w = new byte[WORD];
        System.arraycopy(address20, 0, w, WORD - EVM_ADDRESS_SIZE, EVM_ADDRESS_SIZE);
        return w;
    }

    // ---------------------------------------------------------------- EVM addresses

    /** go-ethereum IsHexAddress: optional 0x/0X prefix and exactly 40 hex digits. */
    public static boolean isHexAddress(String s) {
        String hex = has0xPrefix(s) ? s.substring(2) : s;
        if (hex.length() != 2 * EVM_ADDRESS_SIZE) return false;
        for (int k = 0; k < hex.length(); k++) {
            if (hexValue(hex.charAt(k)) < 0) return false;
        }
        return true;
    }

    /**
     * go-ethereum HexToAddress: the hex digits after an optional 0x prefix (a leading 0 added to an odd count),
     * decoded up to the first invalid pair, keeping the last 20 bytes or left-padding to 20.
     */
    public static byte[] hexToAddress(String s) {
        String hex = has0xPrefix(s) ? s.substring(2) : s;
        if (hex.length() % 2 == 1) hex = "0" + hex;
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(hex.length() / 2);
        for (int k = 0; k + 1 < hex.length(); k += 2) {
            int hi = hexValue(hex.charAt(k));
            int lo = hexValue(hex.charAt(k + 1));
            if (hi < 0 || lo < 0) break;
            decoded.write(hi << 4 | lo);
        }
        byte[] d = decoded.toByteArray();
        byte[] out = new byte[EVM_ADDRESS_SIZE];
        int n = Math.min(d.length, EVM_ADDRESS_SIZE);
        System.arraycopy(d, d.length - n, out, EVM_ADDRESS_SIZE - n, n);
        return out;
    }

    private static boolean has0xPrefix(String s) {
        return s.length() >= 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X');
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** ASCII lower case, which is what Go's strings.ToLower does to the hex addresses the bridge accepts. */
    static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- secp256k1

    /**
     * go-zenon CheckECDSASignature: empty when {@code signatureB64} over {@code message} recovers exactly the 65-byte
     * public key {@code pubKeyB64}; otherwise the text of the error go-zenon gets (callers report
     * {@code ErrInvalidECDSASignature} and log this text).
     */
    public static Optional<String> checkSignature(byte[] message, String pubKeyB64, String signatureB64) {
        Optional<byte[]> pubKey = GoBase64.decode(pubKeyB64);
        if (pubKey.isEmpty()) return Optional.of(VmErrors.INVALID_B64_DECODE.message());
        if (pubKey.get().length != DECOMPRESSED_PUB_KEY_LENGTH) return Optional.of(VmErrors.INVALID_DECOMPRESSED_ECDSA_PUB_KEY_LENGTH.message());
        Optional<byte[]> signature = GoBase64.decode(signatureB64);
        if (signature.isEmpty()) return Optional.of(VmErrors.INVALID_B64_DECODE.message());
        byte[] sig = signature.get();
        if (sig.length != SIGNATURE_LENGTH) return Optional.of(VmErrors.INVALID_ECDSA_SIGNATURE.message());
        int recoveryId = sig[64] & 0xff;
        // go-ethereum secp256k1.RecoverPubkey errors
        if (recoveryId >= 4) return Optional.of("invalid signature recovery id");
        Optional<byte[]> recovered = SwapSignatures.recoverPublicKey(message, Arrays.copyOfRange(sig, 0, 32), Arrays.copyOfRange(sig, 32, 64),
                recoveryId);
        if (recovered.isEmpty()) return Optional.of("recovery failed");
        if (!Arrays.equals(pubKey.get(), recovered.get())) return Optional.of(VmErrors.INVALID_ECDSA_SIGNATURE.message());
        return Optional.empty();
    }

    /**
     * go-zenon's decompressed form of a 33-byte compressed key: {@code 0x04 ‖ X ‖ Y} with X and Y as Go's
     * {@code big.Int.Bytes()} print them (no leading zero bytes, so a coordinate below 2^248 yields a key shorter
     * than 65 bytes — one no signature check accepts). Empty when the bytes are not a point on the curve (go-zenon then
     * dereferences a nil coordinate and panics).
     */
    public static Optional<byte[]> decompress(byte[] compressed) {
        if (compressed.length != COMPRESSED_PUB_KEY_LENGTH || (compressed[0] != 2 && compressed[0] != 3)) return Optional.empty();
        ECPoint point;
        try {
            point = CURVE.getCurve().decodePoint(compressed).normalize();
        } catch (IllegalArgumentException | ArithmeticException notOnCurve) {
            return Optional.empty();
        }
        byte[] x = minimal(point.getAffineXCoord().toBigInteger());
        byte[] y = minimal(point.getAffineYCoord().toBigInteger());
        return Optional.of(Bytes.concat(new byte[] {4}, x, y));
    }

    private static byte[] minimal(BigInteger v) {
        byte[] raw = v.toByteArray();
        int skip = 0;
        while (skip < raw.length && raw[skip] == 0) skip++;
        return Arrays.copyOfRange(raw, skip, raw.length);
    }

    static String base64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
