package io.unikernelz.vm.embedded.contracts;

/** HTLC {@code AllowProxyUnlock()} (go-zenon AllowHtlcProxyUnlockMethod): anyone may unlock with the preimage. */
public final class HtlcAllowProxyUnlock extends HtlcProxyUnlockChoice {
    public HtlcAllowProxyUnlock() {
        super("AllowProxyUnlock", true, "allow proxy unlock");
    }
}
