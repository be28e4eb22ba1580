package io.unikernelz.chain.genesis;

/** A genesis file that cannot be used; {@link #kind()} mirrors go-zenon's genesis errors. */
public final class GenesisException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** go-zenon ErrInvalidGenesisPath. */
        UNREADABLE("can't open genesis file"),
        /** go-zenon ErrIncompleteGenesisJson: the JSON ends early (a truncated file). */
        INCOMPLETE("incomplete genesis json"),
        /** go-zenon ErrInvalidGenesisJson: broken JSON or a value of the wrong type. */
        MALFORMED("malformed genesis json structure"),
        /** go-zenon ErrInvalidGenesisConfig: parsed, but fails go-zenon's CheckGenesis. */
        INVALID("invalid genesis config. Failed to pass tests");

        private final String goMessage;

        Kind(String goMessage) {
            this.goMessage = goMessage;
        }

        public String goMessage() {
            return goMessage;
        }
    }

    private final Kind kind;

    public GenesisException(Kind kind, String detail, Throwable cause) {
        super(kind.goMessage() + (detail == null || detail.isEmpty() ? "" : ": " + detail), cause);
        this.kind = kind;
    }

    public GenesisException(Kind kind, String detail) {
        this(kind, detail, null);
    }

    public Kind kind() {
        return kind;
    }
}
