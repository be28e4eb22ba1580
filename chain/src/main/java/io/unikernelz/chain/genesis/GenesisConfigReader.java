package io.unikernelz.chain.genesis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.unikernelz.chain.genesis.GenesisConfig.*;
import io.unikernelz.chain.genesis.GenesisException.Kind;
import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads go-zenon's genesis JSON. Keys match case-insensitively (as Go's encoding/json does: the file mixes PascalCase
 * and camelCase), unknown keys are ignored, JSON null means "absent", amounts are big integers. Errors are classified
 * like go-zenon's: truncated input is INCOMPLETE, anything unparsable or mistyped is MALFORMED, and a parsed config
 * failing go-zenon's checks is INVALID. Nothing is returned half-built.
 */
public final class GenesisConfigReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private GenesisConfigReader() {}

    /** Reads, parses and checks a genesis file. */
    public static GenesisConfig read(Path file) throws GenesisException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GenesisException(Kind.UNREADABLE, file + ": " + e.getMessage(), e);
        }
        return parse(bytes);
    }

    /** Parses and checks genesis JSON text. */
    public static GenesisConfig parse(byte[] json) throws GenesisException {
        GenesisConfig config = parseUnchecked(json);
        GenesisChecks.check(config);
        return config;
    }

    /** Parses without go-zenon's CheckGenesis (the empty test genesis of go-zenon, for one, does not pass it). */
    public static GenesisConfig parseUnchecked(byte[] json) throws GenesisException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonEOFException e) {
            throw new GenesisException(Kind.INCOMPLETE, "the file ends before the JSON is complete (" + e.getOriginalMessage() + ")", e);
        } catch (JsonProcessingException e) {
            if (endsAtEndOfInput(e, json)) {
                throw new GenesisException(Kind.INCOMPLETE, "the file ends before the JSON is complete (" + e.getOriginalMessage() + ")", e);
            }
            throw new GenesisException(Kind.MALFORMED, e.getOriginalMessage() + locationOf(e), e);
        } catch (IOException e) {
            throw new GenesisException(Kind.MALFORMED, e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new GenesisException(Kind.INCOMPLETE, "the file is empty");
        }
        if (!root.isObject()) {
            throw new GenesisException(Kind.MALFORMED, "the top level must be a JSON object, got " + root.getNodeType());
        }
        try {
            return toConfig(root);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new GenesisException(Kind.MALFORMED, e.getMessage(), e);
        }
    }

    /** Jackson reports some truncations (e.g. right after a comma) as plain parse errors located at the end. */
    private static boolean endsAtEndOfInput(JsonProcessingException e, byte[] json) {
        String m = e.getOriginalMessage();
        if (m != null && m.contains("end-of-input")) return true;
        // A literal cut short ("tru", "nul") is an unrecognised token that runs up to the very end of the input.
        var loc = e.getLocation();
        return m != null && m.startsWith("Unrecognized token") && loc != null && loc.getByteOffset() >= json.length
                && isLiteralPrefix(m);
    }

    private static boolean isLiteralPrefix(String message) {
        int a = message.indexOf('\'');
        int b = message.indexOf('\'', a + 1);
        if (a < 0 || b < 0) return false;
        String token = message.substring(a + 1, b);
        return !token.isEmpty() && ("true".startsWith(token) || "false".startsWith(token) || "null".startsWith(token));
    }

    private static String locationOf(JsonProcessingException e) {
        var loc = e.getLocation();
        return loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static GenesisConfig toConfig(JsonNode root) {
        return new GenesisConfig(
                uint64(field(root, "ChainIdentifier"), "ChainIdentifier", 0),
                string(field(root, "ExtraData"), "ExtraData"),
                int64(field(root, "GenesisTimestampSec"), "GenesisTimestampSec", 0),
                address(field(root, "SporkAddress"), "SporkAddress", true),
                section(root, "PillarConfig", n -> new PillarConfig(
                        list(n, "Pillars", GenesisConfigReader::pillar),
                        list(n, "Delegations", d -> new Delegation(string(field(d, "Name"), "Delegations.Name"),
                                address(field(d, "Backer"), "Delegations.Backer", false))),
                        list(n, "LegacyEntries", l -> new LegacyEntry(hash(field(l, "keyIdHash"), "LegacyEntries.keyIdHash"),
                                (int) uint(field(l, "pillarCount"), "LegacyEntries.pillarCount", 0xff))))),
                section(root, "TokenConfig", n -> new TokenConfig(list(n, "Tokens", GenesisConfigReader::token))),
                section(root, "PlasmaConfig", n -> new PlasmaConfig(list(n, "Fusions", f -> new Fusion(
                        address(field(f, "owner"), "Fusions.owner", false),
                        optionalHash(field(f, "id"), "Fusions.id"),
                        bigInt(field(f, "amount"), "Fusions.amount"),
                        uint64(field(f, "withdrawHeight"), "Fusions.withdrawHeight", 0),
                        address(field(f, "beneficiaryAddress"), "Fusions.beneficiaryAddress", false))))),
                section(root, "SwapConfig", n -> new SwapConfig(list(n, "Entries", e -> new SwapEntry(
                        hash(field(e, "keyIdHash"), "Entries.keyIdHash"),
                        nullableBigInt(field(e, "znn"), "Entries.znn"),
                        nullableBigInt(field(e, "qsr"), "Entries.qsr"))))),
                section(root, "SporkConfig", n -> new SporkConfig(list(n, "Sporks", s -> new Spork(
                        hash(field(s, "id"), "Sporks.id"),
                        string(field(s, "name"), "Sporks.name"),
                        string(field(s, "description"), "Sporks.description"),
                        bool(field(s, "activated"), "Sporks.activated"),
                        uint64(field(s, "enforcementHeight"), "Sporks.enforcementHeight", 0))))),
                section(root, "GenesisBlocks", n -> new GenesisBlocks(list(n, "Blocks", GenesisConfigReader::genesisBlock))));
    }

    private static Pillar pillar(JsonNode p) {
        return new Pillar(
                string(field(p, "Name"), "Pillars.Name"),
                address(field(p, "BlockProducingAddress"), "Pillars.BlockProducingAddress", false),
                address(field(p, "StakeAddress"), "Pillars.StakeAddress", false),
                address(field(p, "RewardWithdrawAddress"), "Pillars.RewardWithdrawAddress", false),
                bigInt(field(p, "Amount"), "Pillars.Amount"),
                int64(field(p, "RegistrationTime"), "Pillars.RegistrationTime", 0),
                int64(field(p, "RevokeTime"), "Pillars.RevokeTime", 0),
                (int) uint(field(p, "GiveBlockRewardPercentage"), "Pillars.GiveBlockRewardPercentage", 0xff),
                (int) uint(field(p, "GiveDelegateRewardPercentage"), "Pillars.GiveDelegateRewardPercentage", 0xff),
                (int) uint(field(p, "PillarType"), "Pillars.PillarType", 0xff));
    }

    private static Token token(JsonNode t) {
        return new Token(
                address(field(t, "owner"), "Tokens.owner", false),
                string(field(t, "tokenName"), "Tokens.tokenName"),
                string(field(t, "tokenSymbol"), "Tokens.tokenSymbol"),
                string(field(t, "tokenDomain"), "Tokens.tokenDomain"),
                bigInt(field(t, "totalSupply"), "Tokens.totalSupply"),
                bigInt(field(t, "maxSupply"), "Tokens.maxSupply"),
                (int) uint(field(t, "decimals"), "Tokens.decimals", 0xff),
                bool(field(t, "isMintable"), "Tokens.isMintable"),
                bool(field(t, "isBurnable"), "Tokens.isBurnable"),
                bool(field(t, "isUtility"), "Tokens.isUtility"),
                tokenStandard(field(t, "tokenStandard"), "Tokens.tokenStandard"));
    }

    private static GenesisBlock genesisBlock(JsonNode b) {
        Address address = address(field(b, "Address"), "Blocks.Address", false);
        JsonNode balances = field(b, "BalanceList");
        Map<TokenStandard, BigInteger> map = new LinkedHashMap<>();
        if (balances != null) {
            if (!balances.isObject()) throw new IllegalArgumentException("Blocks.BalanceList of " + address + " must be an object");
            for (var e : balances.properties()) {
                map.put(TokenStandard.parse(e.getKey()), bigInt(e.getValue(), "Blocks.BalanceList." + e.getKey()));
            }
        }
        return new GenesisBlock(address, map);
    }

    /** Go's encoding/json: an exact key match wins, otherwise the first case-insensitive match. */
    static JsonNode field(JsonNode obj, String name) {
        if (obj == null || !obj.isObject()) return null;
        JsonNode exact = obj.get(name);
        if (exact != null) return exact.isNull() ? null : exact;
        for (var e : obj.properties()) {
            if (e.getKey().equalsIgnoreCase(name)) return e.getValue().isNull() ? null : e.getValue();
        }
        return null;
    }

    private static <T> T section(JsonNode root, String name, Function<JsonNode, T> f) {
        JsonNode n = field(root, name);
        if (n == null) return null;
        if (!n.isObject()) throw new IllegalArgumentException(name + " must be an object");
        return f.apply(n);
    }

    private static <T> List<T> list(JsonNode obj, String name, Function<JsonNode, T> f) {
        JsonNode n = field(obj, name);
        List<T> out = new ArrayList<>();
        if (n == null) return out;
        if (!n.isArray()) throw new IllegalArgumentException(name + " must be an array");
        for (JsonNode e : n) {
            if (e == null || e.isNull()) throw new IllegalArgumentException(name + " contains null");
            if (!e.isObject()) throw new IllegalArgumentException(name + " entries must be objects");
            out.add(f.apply(e));
        }
        return out;
    }

    private static String string(JsonNode n, String what) {
        if (n == null) return "";
        if (!n.isTextual()) throw new IllegalArgumentException(what + " must be a string");
        return n.textValue();
    }

    private static boolean bool(JsonNode n, String what) {
        if (n == null) return false;
        if (!n.isBoolean()) throw new IllegalArgumentException(what + " must be true or false");
        return n.booleanValue();
    }

    private static long uint64(JsonNode n, String what, long dflt) {
        if (n == null) return dflt;
        BigInteger v = integral(n, what);
        if (v.signum() < 0 || v.bitLength() > 64) throw new IllegalArgumentException(what + " must be an unsigned 64-bit integer, got " + v);
        return v.longValue();
    }

    private static long int64(JsonNode n, String what, long dflt) {
        if (n == null) return dflt;
        BigInteger v = integral(n, what);
        if (v.bitLength() > 63) throw new IllegalArgumentException(what + " must be a signed 64-bit integer, got " + v);
        return v.longValue();
    }

    private static long uint(JsonNode n, String what, long max) {
        if (n == null) return 0;
        BigInteger v = integral(n, what);
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException(what + " must be between 0 and " + max + ", got " + v);
        }
        return v.longValue();
    }

    private static BigInteger integral(JsonNode n, String what) {
        if (!n.isIntegralNumber()) throw new IllegalArgumentException(what + " must be an integer number");
        return n.bigIntegerValue();
    }

    /** *big.Int fields: a JSON number (or a decimal string, which some tools write). */
    private static BigInteger bigInt(JsonNode n, String what) {
        BigInteger v = nullableBigInt(n, what);
        if (v == null) throw new IllegalArgumentException(what + " is missing");
        return v;
    }

    private static BigInteger nullableBigInt(JsonNode n, String what) {
        if (n == null) return null;
        if (n.isIntegralNumber()) return n.bigIntegerValue();
        if (n.isTextual()) {
            try {
                return new BigInteger(n.textValue());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " is not an integer: '" + n.textValue() + "'", e);
            }
        }
        throw new IllegalArgumentException(what + " must be an integer");
    }

    private static Address address(JsonNode n, String what, boolean optional) {
        if (n == null) {
            if (optional) return null;
            throw new IllegalArgumentException(what + " is missing");
        }
        if (!n.isTextual()) throw new IllegalArgumentException(what + " must be a string");
        try {
            return Address.parse(n.textValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    private static TokenStandard tokenStandard(JsonNode n, String what) {
        if (n == null || !n.isTextual()) throw new IllegalArgumentException(what + " must be a zts1… string");
        try {
            return TokenStandard.parse(n.textValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    private static Hash hash(JsonNode n, String what) {
        Hash h = optionalHash(n, what);
        if (h == null) throw new IllegalArgumentException(what + " is missing");
        return h;
    }

    private static Hash optionalHash(JsonNode n, String what) {
        if (n == null) return null;
        if (!n.isTextual()) throw new IllegalArgumentException(what + " must be a 64-character hex string");
        try {
            return Hash.parse(n.textValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }
}
