package io.unikernelz.rpc;

import io.netty.util.NetUtil;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * Decides which browser origins may use the node (CORS on HTTP, the Origin check on the
 * WebSocket upgrade). Requests without an Origin header come from native clients and pass.
 * Rules as go-zenon's: {@code *} allows all; {@code scheme://host[:port]} compares the parts it
 * names (no port = any port); a bare {@code host} allows that host on any scheme and port.
 */
final class OriginPolicy {
    private record Rule(String scheme, String host, int port) {}

    private final boolean any;
    private final List<Rule> rules;
    private final List<String> literals;

    OriginPolicy(List<String> allowed) {
        this.any = allowed.contains("*");
        this.literals = List.copyOf(allowed);
        this.rules = allowed.stream().filter(a -> !a.equals("*")).map(OriginPolicy::rule).toList();
    }

    boolean allowsAny() {
        return any;
    }

    /** True if a request carrying this Origin header (null = none) may be served. */
    boolean allows(String origin) {
        if (origin == null) return true;
        if (any) return true;
        String o = origin.strip().toLowerCase(Locale.ROOT);
        if (literals.contains(o)) return true;
        Rule browser = browserOrigin(o);
        if (browser == null) return false;
        for (Rule r : rules) {
            if (r.scheme != null && !r.scheme.equals(browser.scheme)) continue;
            if (!r.host.equals(browser.host)) continue;
            if (r.port != -1 && r.port != browser.port) continue;
            return true;
        }
        return false;
    }

    /**
     * go-zenon's virtual-host check against DNS rebinding: a Host header naming an IP address is
     * fine, a host name must be {@code localhost} or one the operator allowed (or {@code *}).
     */
    boolean allowsHost(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank() || any) return true;
        String host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end < 0 ? host.substring(1) : host.substring(1, end);
        } else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        if (NetUtil.isValidIpV4Address(host) || NetUtil.isValidIpV6Address(host)) return true;
        if (host.equals("localhost")) return true;
        for (Rule r : rules) if (r.host.equals(host)) return true;
        return false;
    }

    private static Rule rule(String allowed) {
        if (allowed.contains("://")) {
            Rule r = browserOrigin(allowed);
            if (r == null) throw new IllegalArgumentException("allowed origin '" + allowed + "' is not scheme://host[:port]");
            return r;
        }
        return new Rule(null, allowed, -1);
    }

    private static Rule browserOrigin(String origin) {
        try {
            URI uri = new URI(origin);
            if (uri.getScheme() == null || uri.getHost() == null) return null;
            return new Rule(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost().toLowerCase(Locale.ROOT), uri.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
