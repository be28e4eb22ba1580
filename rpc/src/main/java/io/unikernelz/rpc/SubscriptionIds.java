package io.unikernelz.rpc;

import io.unikernelz.core.types.Hex;

import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * Subscription ids as go-zenon makes them: "0x" + hex of 16 random bytes with leading zeros
 * trimmed ("0x0" if all are zero). Ours come from a CSPRNG: an id is a capability to cancel a
 * subscription, so it must not be guessable.
 */
final class SubscriptionIds implements Supplier<String> {
    private final SecureRandom random = new SecureRandom();

    @Override
    public String get() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return encode(b);
    }

    static String encode(byte[] bytes) {
        String hex = Hex.encode(bytes);
        int i = 0;
        while (i < hex.length() && hex.charAt(i) == '0') i++;
        return "0x" + (i == hex.length() ? "0" : hex.substring(i));
    }
}
