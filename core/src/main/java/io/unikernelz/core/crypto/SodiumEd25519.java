package io.unikernelz.core.crypto;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * libsodium's {@code crypto_sign_verify_detached} through the Java FFM API: about twice BouncyCastle's speed on the
 * same core (docs/benchmarks.md). Loaded once from the system library ({@code libsodium.so.23}, Debian package
 * {@code libsodium23}); when it is missing or disabled with {@code -Dunikernelz.crypto.sodium=false}, {@link #available()}
 * is false and {@link #unavailableReason()} says why.
 *
 * <p>libsodium is stricter than go-zenon's verifier: it also refuses non-canonical and small-order keys and a
 * small-order R. Those refusals are recognisable from the bytes ({@link #mayRefuseWhatGoAccepts}); elsewhere libsodium
 * computes Go's equation and its answer is Go's (Ed25519PathsTest checks this with the installed libsodium on the
 * Go-generated vectors). {@link Ed25519#verify} relies on exactly that.
 */
@SuppressWarnings("restricted") // loading a system library and calling into it is the point of this class
public final class SodiumEd25519 {
    /** System property that turns the native path off ({@code false}). */
    public static final String ENABLE_PROPERTY = "unikernelz.crypto.sodium";

    private static final List<String> LIBRARY_NAMES = List.of("libsodium.so.23", "libsodium.so", System.mapLibraryName("sodium"));

    private static final Binding BINDING = Binding.load();

    private SodiumEd25519() {}

    /** True when libsodium was found and initialised. */
    public static boolean available() {
        return BINDING.verify != null;
    }

    /** Which library file was loaded, or why none was. */
    public static String description() {
        return available() ? "libsodium " + BINDING.version + " (" + BINDING.library + ")" : "unavailable: " + BINDING.reason;
    }

    /** Why libsodium is not used; empty when it is. */
    public static String unavailableReason() {
        return available() ? "" : BINDING.reason;
    }

    /**
     * libsodium's verdict on a detached signature over {@code message}. Inputs of the wrong size are invalid.
     *
     * @throws IllegalStateException when libsodium is not {@link #available()}
     */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        MethodHandle verify = BINDING.verify;
        if (verify == null) throw new IllegalStateException("libsodium is not available: " + BINDING.reason);
        if (publicKey == null || message == null || signature == null) return false;
        if (publicKey.length != Ed25519.PUBLIC_KEY_SIZE || signature.length != Ed25519.SIGNATURE_SIZE) return false;
        try {
            // A critical call may read the Java arrays in place: no copies, no arena per call.
            int rc = (int) verify.invokeExact(MemorySegment.ofArray(signature), MemorySegment.ofArray(message),
                    (long) message.length, MemorySegment.ofArray(publicKey));
            return rc == 0;
        } catch (Throwable t) {
            throw new IllegalStateException("libsodium crypto_sign_verify_detached failed", t);
        }
    }

    /**
     * True when libsodium may refuse a signature that Go's crypto/ed25519 accepts: the key's y is not canonical
     * (y >= p), or the key or R encodes a point of small order (any y of the eight small-order points, canonical or
     * y + p, whatever the sign bit). When false, libsodium's verdict is Go's. A superset of libsodium's own checks.
     */
    public static boolean mayRefuseWhatGoAccepts(byte[] publicKey, byte[] signature) {
        return !canonicalY(publicKey) || smallOrderY(publicKey, 0) || smallOrderY(signature, 0);
    }

    /** y (the low 255 bits) below p = 2^255 - 19. */
    private static boolean canonicalY(byte[] b) {
        if ((b[31] & 0x7f) != 0x7f) return true;
        for (int i = 30; i >= 1; i--) if ((b[i] & 0xff) != 0xff) return true;
        return (b[0] & 0xff) < 0xed;
    }

    /** The y coordinates of the small-order points (0, 1, p-1 and the two of order 8) and the non-canonical p, p+1. */
    private static final byte[][] SMALL_ORDER_Y = {
        java.util.HexFormat.of().parseHex("0000000000000000000000000000000000000000000000000000000000000000"),
        java.util.HexFormat.of().parseHex("0100000000000000000000000000000000000000000000000000000000000000"),
        java.util.HexFormat.of().parseHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
        java.util.HexFormat.of().parseHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
        java.util.HexFormat.of().parseHex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
        java.util.HexFormat.of().parseHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
        java.util.HexFormat.of().parseHex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
    };

    private static boolean smallOrderY(byte[] b, int off) {
        for (byte[] y : SMALL_ORDER_Y) {
            if (java.util.Arrays.equals(b, off, off + 31, y, 0, 31) && (b[off + 31] & 0x7f) == y[31]) return true;
        }
        return false;
    }

    /** The resolved native entry point, or why there is none. Immutable after {@link #load()}. */
    private static final class Binding {
        final MethodHandle verify;
        final String library;
        final String version;
        final String reason;

        private Binding(MethodHandle verify, String library, String version, String reason) {
            this.verify = verify;
            this.library = library;
            this.version = version;
            this.reason = reason;
        }

        static Binding load() {
            if ("false".equalsIgnoreCase(System.getProperty(ENABLE_PROPERTY, "true").trim())) {
                return new Binding(null, null, null, "disabled by -D" + ENABLE_PROPERTY + "=false");
            }
            List<String> failures = new ArrayList<>();
            for (String name : LIBRARY_NAMES) {
                SymbolLookup lookup;
                try {
                    // The global arena keeps the library loaded for the life of the JVM, as the handle needs.
                    lookup = SymbolLookup.libraryLookup(name, Arena.global());
                } catch (IllegalArgumentException | IllegalCallerException e) {
                    failures.add(name + ": " + e.getMessage());
                    continue;
                }
                try {
                    return bind(lookup, name);
                } catch (RuntimeException e) {
                    failures.add(name + ": " + e.getMessage());
                }
            }
            return new Binding(null, null, null, "no usable libsodium (" + String.join("; ", failures) + ")");
        }

        private static Binding bind(SymbolLookup lookup, String name) {
            Linker linker = Linker.nativeLinker();
            MethodHandle init = linker.downcallHandle(symbol(lookup, "sodium_init"), FunctionDescriptor.of(ValueLayout.JAVA_INT));
            MethodHandle versionString = linker.downcallHandle(symbol(lookup, "sodium_version_string"), FunctionDescriptor.of(ValueLayout.ADDRESS));
            MethodHandle verify = linker.downcallHandle(symbol(lookup, "crypto_sign_verify_detached"),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
                    Linker.Option.critical(true));
            try {
                int rc = (int) init.invokeExact();
                if (rc < 0) throw new IllegalStateException("sodium_init returned " + rc);
                MemorySegment v = (MemorySegment) versionString.invokeExact();
                String version = v.reinterpret(64).getString(0);
                return new Binding(verify, name, version, "");
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("cannot initialise " + name + ": " + t, t);
            }
        }

        private static MemorySegment symbol(SymbolLookup lookup, String symbol) {
            return lookup.find(symbol).orElseThrow(() -> new IllegalStateException("symbol " + symbol + " not found"));
        }
    }
}
