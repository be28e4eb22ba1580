package io.unikernelz.vm.abi;

import static org.assertj.core.api.Assertions.assertThat;

import io.unikernelz.core.types.Address;
import io.unikernelz.core.types.Hash;
import io.unikernelz.core.types.TokenStandard;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** decode(encode(x)) == x for arbitrary typed values; hostile bytes only ever raise AbiException. */
class AbiPropertiesTest {

    record Typed(AbiType type, Object value) {}

    private static Arbitrary<byte[]> bytes(int min, int max) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max);
    }

    private static Arbitrary<BigInteger> bits(int n, boolean signed) {
        BigInteger lo = signed ? BigInteger.ONE.shiftLeft(n - 1).negate() : BigInteger.ZERO;
        BigInteger hi = signed ? BigInteger.ONE.shiftLeft(n - 1).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE);
        return Arbitraries.bigIntegers().between(lo, hi).edgeCases(c -> c.includeOnly(lo, hi, BigInteger.ZERO));
    }

    /** Strings: ordinary Unicode text or arbitrary (possibly invalid UTF-8) Go byte strings. */
    private static Arbitrary<String> strings() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80),
                bytes(0, 80).map(GoStrings::decode));
    }

    /** Scalar (element-able) types with values in the codec's Java representation. */
    private static Arbitrary<Typed> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 255).map(v -> new Typed(AbiType.parse("uint8"), v)),
                Arbitraries.integers().between(0, 65535).map(v -> new Typed(AbiType.parse("uint16"), v)),
                Arbitraries.longs().between(0, 0xFFFF_FFFFL).map(v -> new Typed(AbiType.parse("uint32"), v)),
                Arbitraries.longs().map(v -> new Typed(AbiType.parse("uint64"), v)),
                Arbitraries.integers().between(-128, 127).map(v -> new Typed(AbiType.parse("int8"), v)),
                Arbitraries.integers().map(v -> new Typed(AbiType.parse("int32"), v)),
                Arbitraries.longs().map(v -> new Typed(AbiType.parse("int64"), v)),
                bits(256, false).map(v -> new Typed(AbiType.parse("uint256"), v)),
                bits(128, false).map(v -> new Typed(AbiType.parse("uint128"), v)),
                bits(256, true).map(v -> new Typed(AbiType.parse("int256"), v)),
                bits(72, true).map(v -> new Typed(AbiType.parse("int72"), v)),
                Arbitraries.of(true, false).map(v -> new Typed(AbiType.parse("bool"), v)),
                bytes(20, 20).map(b -> new Typed(AbiType.parse("address"), Address.wrap(b))),
                bytes(10, 10).map(b -> new Typed(AbiType.parse("tokenStandard"), TokenStandard.wrap(b))),
                bytes(32, 32).map(b -> new Typed(AbiType.parse("hash"), Hash.wrap(b))),
                bytes(7, 7).map(b -> new Typed(AbiType.parse("bytes7"), b)),
                bytes(32, 32).map(b -> new Typed(AbiType.parse("bytes32"), b)),
                bytes(0, 100).map(b -> new Typed(AbiType.parse("bytes"), b)),
                strings().map(s -> new Typed(AbiType.parse("string"), s)));
    }

    /** Any supported type: scalars, T[] of any scalar, T[3] of static scalars. */
    private static Arbitrary<Typed> typed() {
        Arbitrary<Typed> slice = scalar().flatMap(sample -> {
            AbiType t = sample.type();
            return sameType(t).list().ofMaxSize(6).map(items -> new Typed(AbiType.parse(t + "[]"), values(items)));
        });
        Arbitrary<Typed> array = scalar().filter(s -> !s.type().isDynamic()).flatMap(sample -> {
            AbiType t = sample.type();
            return sameType(t).list().ofSize(3).map(items -> new Typed(AbiType.parse(t + "[3]"), values(items)));
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, scalar()), net.jqwik.api.Tuple.of(2, slice), net.jqwik.api.Tuple.of(1, array));
    }

    private static Arbitrary<Typed> sameType(AbiType t) {
        return scalar().filter(s -> s.type().equals(t));
    }

    private static List<Object> values(List<Typed> items) {
        List<Object> out = new ArrayList<>();
        for (Typed i : items) out.add(i.value());
        return out;
    }

    @Provide
    Arbitrary<List<Typed>> argumentLists() {
        return typed().list().ofMaxSize(6);
    }

    @Property(tries = 400)
    void decodeInvertsEncode(@ForAll("argumentLists") List<Typed> args) {
        List<Argument> defs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) defs.add(new Argument("a" + i, args.get(i).type()));
        Method m = new Method("F", defs);
        List<Object> values = values(args);
        byte[] data = m.encodeValues(values);
        Values decoded = args.isEmpty() ? m.decode(data) : m.inputs().decode(data, Method.ID_SIZE);
        assertThat(Values.deepEquals(decoded.asList(), values)).as("%s -> %s", values, decoded).isTrue();
        assertThat(m.encodeValues(decoded.asList())).isEqualTo(data);
        if (!args.isEmpty()) {
            Variable v = new Variable("v", defs);
            assertThat(Values.deepEquals(v.decode(v.encodeValues(values)).asList(), values)).isTrue();
        }
    }

    @Provide
    Arbitrary<Method> embeddedMethods() {
        List<Method> all = new ArrayList<>();
        Abis.all().values().forEach(a -> all.addAll(a.methods().values()));
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<Variable> embeddedVariables() {
        List<Variable> all = new ArrayList<>();
        Abis.all().values().forEach(a -> all.addAll(a.variables().values()));
        return Arbitraries.of(all);
    }

    /** Random bytes behind a real selector: either a value or an AbiException, never anything else. */
    @Property(tries = 2000)
    void randomCallDataOnlyRaisesAbiException(@ForAll("embeddedMethods") Method m, @ForAll @Size(max = 400) byte[] body,
                                              @ForAll boolean smallWords) {
        byte[] data = new byte[Method.ID_SIZE + body.length];
        System.arraycopy(m.id(), 0, data, 0, Method.ID_SIZE);
        System.arraycopy(body, 0, data, Method.ID_SIZE, body.length);
        if (smallWords) shrinkWords(data, Method.ID_SIZE);
        try {
            Values v = m.decode(data);
            assertThat(v.size()).isEqualTo(m.inputs().size());
        } catch (AbiException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 2000)
    void randomStorageBytesOnlyRaiseAbiException(@ForAll("embeddedVariables") Variable v, @ForAll @Size(max = 400) byte[] data,
                                                 @ForAll boolean smallWords) {
        if (smallWords) shrinkWords(data, 0);
        try {
            assertThat(v.decode(data).size()).isEqualTo(v.fields().size());
        } catch (AbiException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    /** Mutating valid call data byte by byte stays inside the codec's error model. */
    @Property(tries = 1000)
    void mutatedValidDataOnlyRaisesAbiException(@ForAll("argumentLists") List<Typed> args, @ForAll int position, @ForAll byte value) {
        List<Argument> defs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) defs.add(new Argument("a" + i, args.get(i).type()));
        Method m = new Method("F", defs);
        byte[] data = m.encodeValues(values(args));
        data[Math.floorMod(position, data.length)] = value;
        try {
            m.decode(data);
        } catch (AbiException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    /** Clears the high bytes of most words so that offsets and lengths are plausible and reach deeper code paths. */
    private static void shrinkWords(byte[] data, int from) {
        for (int w = from; w + 32 <= data.length; w += 32) {
            for (int i = w; i < w + 30; i++) data[i] = 0;
            data[w + 30] &= 0x01;
        }
    }

    @Property
    void goStringsRoundTripAnyBytes(@ForAll @Size(max = 200) byte[] raw) {
        String s = GoStrings.decode(raw);
        assertThat(GoStrings.encode(s)).isEqualTo(raw);
        assertThat(GoStrings.byteLength(s)).isEqualTo(raw.length);
    }

    @Property
    void goStringsMatchUtf8ForWellFormedText(@ForAll String s) {
        boolean wellFormed = GoStrings.isValidUtf8(s);
        if (wellFormed) {
            byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(GoStrings.encode(s)).isEqualTo(utf8);
            assertThat(GoStrings.decode(utf8)).isEqualTo(s);
            assertThat(GoStrings.byteLength(s)).isEqualTo(utf8.length);
        }
    }

    @Property
    void combinedValuesStayEqual(@ForAll("argumentLists") List<Typed> a) {
        List<Argument> defs = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) defs.add(new Argument("a" + i, a.get(i).type()));
        Arguments args = new Arguments(defs);
        Values v1 = args.decode(args.encodeValues(values(a)));
        Values v2 = args.decode(args.encodeValues(values(a)));
        assertThat(v1).isEqualTo(v2).hasSameHashCodeAs(v2);
    }
}
