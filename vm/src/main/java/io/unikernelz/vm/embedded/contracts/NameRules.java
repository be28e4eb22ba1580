package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.vm.abi.GoStrings;

/**
 * The text rules of pillar and token names, token symbols and domains, as single linear scans equivalent to
 * go-zenon's regular expressions (Go's RE2 engine is linear-time; a backtracking engine is exponential on
 * {@code ^([a-zA-Z0-9]+[-._]?)*[a-zA-Z0-9]$}). Lengths are Go {@code len()}: UTF-8 bytes. Only ASCII letters and
 * digits count as alphanumeric, as in the Go patterns; anything else — including escaped invalid UTF-8 bytes —
 * fails.
 */
public final class NameRules {
    private NameRules() {}

    static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNameSeparator(char c) {
        return c == '-' || c == '.' || c == '_';
    }

    /**
     * {@code ^([a-zA-Z0-9]+[-._]?)*[a-zA-Z0-9]$}: alphanumerics with single {@code - . _} separators, starting and
     * ending with an alphanumeric. (Go's {@code $} without the multi-line flag matches only at the very end.)
     */
    public static boolean matchesNamePattern(String s) {
        if (s.isEmpty()) return false;
        boolean previousWasSeparator = true; // so a leading separator fails
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isAlnum(c)) {
                previousWasSeparator = false;
            } else if (isNameSeparator(c) && !previousWasSeparator) {
                previousWasSeparator = true;
            } else {
                return false;
            }
        }
        return !previousWasSeparator;
    }

    /** {@code ^[A-Z0-9]+$}. */
    public static boolean matchesSymbolPattern(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
        }
        return true;
    }

    /**
     * {@code ^([A-Za-z0-9][A-Za-z0-9-]{0,61}[A-Za-z0-9]\.)+[A-Za-z]{2,}$}: one or more labels of 2–63 characters
     * (alphanumeric at both ends, hyphens inside), each followed by a dot, then a top-level part of at least two
     * letters. Labels cannot contain dots, so splitting at every dot recovers the only possible parse.
     */
    public static boolean matchesDomainPattern(String s) {
        int lastDot = s.lastIndexOf('.');
        if (lastDot < 0) return false;
        int tldLength = s.length() - lastDot - 1;
        if (tldLength < 2) return false;
        for (int i = lastDot + 1; i < s.length(); i++) {
            if (!isLetter(s.charAt(i))) return false;
        }
        int labelStart = 0;
        while (labelStart <= lastDot) {
            int dot = s.indexOf('.', labelStart);
            if (!isDomainLabel(s, labelStart, dot)) return false;
            labelStart = dot + 1;
        }
        return true;
    }

    private static boolean isDomainLabel(String s, int from, int to) {
        int length = to - from;
        if (length < 2 || length > 63) return false;
        if (!isAlnum(s.charAt(from)) || !isAlnum(s.charAt(to - 1))) return false;
        for (int i = from + 1; i < to - 1; i++) {
            char c = s.charAt(i);
            if (!isAlnum(c) && c != '-') return false;
        }
        return true;
    }

    /** go-zenon checkPillarNameStatic: 1–40 bytes matching the name pattern. */
    public static boolean isValidPillarName(String name) {
        int length = GoStrings.byteLength(name);
        return length > 0 && length <= Amounts.PILLAR_NAME_LENGTH_MAX && matchesNamePattern(name);
    }
}
