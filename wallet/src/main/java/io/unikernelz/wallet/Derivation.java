package io.unikernelz.wallet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SLIP-0010 ed25519 key derivation (hardened children only, as ed25519 has no public derivation) along BIP-44
 * style paths; Zenon accounts live at {@code m/44'/73404'/i'}. The seed is either a 64-byte BIP-39 seed or,
 * in go-zenon's test fixtures, raw bytes fed straight in.
 */
public final class Derivation {
    /** go-zenon's ZenonAccountPathFormat. */
    public static final String ZENON_ACCOUNT_PATH_FORMAT = "m/44'/73404'/%d'";
    static final int HARDENED_OFFSET = 0x80000000;
    private static final byte[] MASTER_KEY = "ed25519 seed".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern PATH = Pattern.compile("^m(/[0-9]+')+$");

    private Derivation() {}

    /** Key material of one node of the tree: 32-byte key (the ed25519 private seed) and 32-byte chain code. */
    record Node(byte[] key, byte[] chainCode) {
        Node child(int index) {
            // index is already hardened (top bit set); data = 0x00 || key || be32(index)
            byte[] data = new byte[1 + 32 + 4];
            System.arraycopy(key, 0, data, 1, 32);
            data[33] = (byte) (index >>> 24);
            data[34] = (byte) (index >>> 16);
            data[35] = (byte) (index >>> 8);
            data[36] = (byte) index;
            return split(hmacSha512(chainCode, data));
        }
    }

    /** The path of account {@code index}: {@code m/44'/73404'/index'}. */
    public static String pathForIndex(int index) {
        requireIndex(index);
        return String.format(ZENON_ACCOUNT_PATH_FORMAT, index);
    }

    /** The key pair of account {@code index} (0 ≤ index < 2^31) under the given SLIP-0010 seed. */
    public static KeyPair deriveWithIndex(int index, byte[] seed) {
        requireIndex(index);
        return KeyPair.fromPrivateKey(deriveNode(new int[] {44, 73404, index}, seed).key());
    }

    /** The key pair at a hardened-only path such as {@code m/44'/73404'/0'}. */
    public static KeyPair deriveForPath(String path, byte[] seed) {
        return KeyPair.fromPrivateKey(deriveNode(parsePath(path), seed).key());
    }

    static Node master(byte[] seed) {
        if (seed == null || seed.length == 0) throw new IllegalArgumentException("derivation seed is empty");
        return split(hmacSha512(MASTER_KEY, seed));
    }

    static Node deriveNode(int[] segments, byte[] seed) {
        Node n = master(seed);
        for (int s : segments) n = n.child(s | HARDENED_OFFSET);
        return n;
    }

    /** Segments of a path like m/44'/73404'/0' (each below 2^31, all hardened); the error names the problem. */
    static int[] parsePath(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("invalid derivation path '" + path + "': expected m/<n>'/<n>'/… with hardened segments only");
        }
        String[] parts = path.substring(2).split("/");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String digits = parts[i].substring(0, parts[i].length() - 1);
            long v;
            try {
                v = Long.parseLong(digits);
            } catch (NumberFormatException e) {
                v = Long.MAX_VALUE;
            }
            if (v >= (1L << 31)) {
                throw new IllegalArgumentException("invalid derivation path '" + path + "': segment " + digits + " is not below 2^31");
            }
            out[i] = (int) v;
        }
        return out;
    }

    private static void requireIndex(int index) {
        if (index < 0) throw new IllegalArgumentException("account index must be between 0 and 2^31-1, got " + index);
    }

    private static Node split(byte[] i) {
        return new Node(Arrays.copyOfRange(i, 0, 32), Arrays.copyOfRange(i, 32, 64));
    }

    private static byte[] hmacSha512(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(key, "HmacSHA512"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks HmacSHA512", e);
        }
    }
}
