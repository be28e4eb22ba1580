package io.unikernelz.vm.embedded.contracts;

/** HTLC {@code DenyProxyUnlock()} (go-zenon DenyHtlcProxyUnlockMethod): only the hash-locked address may unlock. */
public final class HtlcDenyProxyUnlock extends HtlcProxyUnlockChoice {
    public HtlcDenyProxyUnlock() {
        super("DenyProxyUnlock", false, "deny proxy unlock");
    }
}
