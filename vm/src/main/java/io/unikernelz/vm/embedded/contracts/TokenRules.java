package io.unikernelz.vm.embedded.contracts;

import io.unikernelz.vm.NomError;
import io.unikernelz.vm.VmErrors;
import io.unikernelz.vm.abi.GoStrings;
import java.math.BigInteger;
import java.util.Optional;

/**
 * go-zenon checkToken (implementation/token.go): the static rules of a token issue. Text rules are checked before
 * amount rules, so a call breaking both reports {@code ErrTokenInvalidText}.
 */
public final class TokenRules {
    private TokenRules() {}

    /** The parameters of {@code IssueToken}. */
    public record IssueParams(String name, String symbol, String domain, BigInteger totalSupply, BigInteger maxSupply,
                              int decimals, boolean isMintable, boolean isBurnable, boolean isUtility) {}

    /** The first rule {@code p} breaks, or empty if it is a valid issue. */
    public static Optional<NomError> check(IssueParams p) {
        int nameLength = GoStrings.byteLength(p.name());
        if (nameLength == 0 || nameLength > Amounts.TOKEN_NAME_LENGTH_MAX) return invalidText();
        int symbolLength = GoStrings.byteLength(p.symbol());
        if (symbolLength == 0 || symbolLength > Amounts.TOKEN_SYMBOL_LENGTH_MAX) return invalidText();
        if (GoStrings.byteLength(p.domain()) > Amounts.TOKEN_DOMAIN_LENGTH_MAX) return invalidText();
        if (!NameRules.matchesNamePattern(p.name())) return invalidText();
        if (!NameRules.matchesSymbolPattern(p.symbol())) return invalidText();
        if (!p.domain().isEmpty() && !NameRules.matchesDomainPattern(p.domain())) return invalidText();
        if (p.symbol().equals("ZNN") || p.symbol().equals("QSR")) return invalidText();
        if (p.decimals() > Amounts.TOKEN_MAX_DECIMALS) return invalidText();

        if (p.maxSupply().compareTo(Amounts.TOKEN_MAX_SUPPLY) > 0) return invalidAmount();
        if (p.maxSupply().signum() == 0) return invalidAmount();
        if (p.maxSupply().compareTo(p.totalSupply()) < 0) return invalidAmount();
        if (!p.isMintable() && p.maxSupply().compareTo(p.totalSupply()) != 0) return invalidAmount();
        return Optional.empty();
    }

    private static Optional<NomError> invalidText() {
        return Optional.of(VmErrors.TOKEN_INVALID_TEXT);
    }

    private static Optional<NomError> invalidAmount() {
        return Optional.of(VmErrors.TOKEN_INVALID_AMOUNT);
    }
}
