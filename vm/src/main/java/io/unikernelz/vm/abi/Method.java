package io.unikernelz.vm.abi;

import io.unikernelz.core.crypto.Sha3;
import io.unikernelz.core.types.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A contract function. Its id is the first 4 bytes of SHA3-256 (FIPS 202, not Keccak) of the signature
 * {@code Name(type1,type2,...)}; call data is id || head/tail encoded arguments.
 */
public final class Method {
    public static final int ID_SIZE = 4;

    private final String name;
    private final Arguments inputs;
    private final String signature;
    private final byte[] id;

    public Method(String name, List<Argument> inputs) {
        this.name = Objects.requireNonNull(name, "method name");
        if (name.isEmpty()) throw new AbiException("abi: method name is empty");
        this.inputs = new Arguments(inputs);
        this.signature = name + "(" + this.inputs.typeList() + ")";
        this.id = Arrays.copyOf(Sha3.sha3(signature.getBytes(StandardCharsets.UTF_8)), ID_SIZE);
    }

    public String name() {
        return name;
    }

    public Arguments inputs() {
        return inputs;
    }

    /** {@code Name(type1,type2,...)}. */
    public String signature() {
        return signature;
    }

    /** The 4-byte selector (a copy). */
    public byte[] id() {
        return id.clone();
    }

    public String idHex() {
        return Hex.encode(id);
    }

    /** True when {@code data} starts with this method's selector. */
    public boolean matches(byte[] data) {
        return data != null && data.length >= ID_SIZE && Arrays.equals(data, 0, ID_SIZE, id, 0, ID_SIZE);
    }

    /** Call data: selector followed by the encoded arguments (go-zenon PackMethod). */
    public byte[] encode(Object... args) {
        return encodeValues(Arrays.asList(args));
    }

    /** Call data from a list holding one value per input. */
    public byte[] encodeValues(List<?> args) {
        byte[] body = inputs.encodeValues(args);
        byte[] out = new byte[ID_SIZE + body.length];
        System.arraycopy(id, 0, out, 0, ID_SIZE);
        System.arraycopy(body, 0, out, ID_SIZE, body.length);
        return out;
    }

    /**
     * Decodes call data for this method. A method without inputs accepts exactly its 4-byte selector (go-zenon
     * UnpackEmptyMethod, which every argument-less embedded method uses); any other method needs more than 4
     * bytes, its own selector, and arguments that decode (go-zenon UnpackMethod). Trailing bytes are ignored.
     */
    public Values decode(byte[] data) {
        if (inputs.size() == 0) {
            decodeEmpty(data);
            return inputs.decode(new byte[0]);
        }
        if (data == null || data.length <= ID_SIZE) {
            throw new AbiException("unmarshalling empty output: " + name + " call data has " + (data == null ? 0 : data.length)
                    + " bytes, needs more than 4");
        }
        requireSelector(data);
        return inputs.decode(data, ID_SIZE);
    }

    /** go-zenon UnpackEmptyMethod: exactly the 4 selector bytes. */
    public void decodeEmpty(byte[] data) {
        int n = data == null ? 0 : data.length;
        if (n < ID_SIZE) throw new AbiException("unmarshalling empty output: " + name + " call data has " + n + " bytes");
        if (n > ID_SIZE) throw new AbiException("unmarshalling too long input: " + name + "() call data has " + n + " bytes, expected 4");
        requireSelector(data);
    }

    private void requireSelector(byte[] data) {
        if (!matches(data)) {
            throw new AbiException("abi: could not locate named method: selector " + Hex.encode(Arrays.copyOf(data, ID_SIZE))
                    + " is not " + signature + " (" + idHex() + ")");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Method m && m.signature.equals(signature) && m.inputs.list().equals(inputs.list());
    }

    @Override
    public int hashCode() {
        return signature.hashCode();
    }

    @Override
    public String toString() {
        return "onMessage " + name + "(" + inputs + ")";
    }
}
