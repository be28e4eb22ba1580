package io.unikernelz.core.crypto;

import org.bouncycastle.crypto.digests.SHA3Digest;

/** NIST SHA3-256 (FIPS 202) — every ledger hash in NoM; not Keccak-256. */
public final class Sha3 {
    private Sha3() {}

    /** SHA3-256 of the concatenation of the parts. */
    public static byte[] sha3(byte[]... parts) {
        SHA3Digest d = new SHA3Digest(256);
        for (byte[] p : parts) {
            if (p != null) d.update(p, 0, p.length);
        }
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    /** SHA-256 (FIPS 180-4), used by the swap contract and HTLC hash type 1. */
    public static byte[] sha256(byte[]... parts) {
        try {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) md.update(p);
            return md.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks SHA-256", e);
        }
    }
}
