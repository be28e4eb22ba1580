package io.unikernelz.core.nom;

import io.unikernelz.core.types.AccountHeader;
import io.unikernelz.core.types.Hash;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The account headers a momentum confirms (go-zenon chain/nom/momentum_content.go). Built content is sorted by the
 * header bytes {@code address || be8(height) || hash}; decoded content keeps its stored order, because the content
 * hash is taken over the order as stored.
 */
public final class MomentumContent {
    public static final MomentumContent EMPTY = new MomentumContent(List.of());
    /** Bytes per header in the content hash preimage. */
    public static final int HEADER_BYTES = 20 + 8 + 32;

    private final List<AccountHeader> headers;

    private MomentumContent(List<AccountHeader> headers) {
        this.headers = headers;
    }

    /** Content of the given headers, sorted ascending by their byte form (NewMomentumContent). */
    public static MomentumContent sorted(Collection<AccountHeader> headers) {
        List<AccountHeader> list = new ArrayList<>(checked(headers));
        list.sort(null);
        return new MomentumContent(List.copyOf(list));
    }

    /** Content of the blocks' headers (descendant blocks must be passed too), sorted. */
    public static MomentumContent ofBlocks(Collection<AccountBlock> blocks) {
        List<AccountHeader> list = new ArrayList<>(blocks.size());
        for (AccountBlock b : blocks) list.add(Objects.requireNonNull(b, "block").header());
        return sorted(list);
    }

    /** Content exactly in the given order (as decoded from storage or JSON). */
    public static MomentumContent inOrder(List<AccountHeader> headers) {
        return new MomentumContent(List.copyOf(checked(headers)));
    }

    private static Collection<AccountHeader> checked(Collection<AccountHeader> headers) {
        Objects.requireNonNull(headers, "headers");
        int i = 0;
        for (AccountHeader h : headers) {
            if (h == null) throw new IllegalArgumentException("content header " + i + " is null");
            i++;
        }
        return headers;
    }

    public List<AccountHeader> headers() {
        return headers;
    }

    public int size() {
        return headers.size();
    }

    public boolean isEmpty() {
        return headers.isEmpty();
    }

    public boolean isSorted() {
        for (int i = 1; i < headers.size(); i++) {
            if (headers.get(i - 1).compareTo(headers.get(i)) > 0) return false;
        }
        return true;
    }

    /** Concatenated 60-byte header encodings, in stored order. */
    public byte[] bytes() {
        byte[] out = new byte[headers.size() * HEADER_BYTES];
        for (int i = 0; i < headers.size(); i++) {
            System.arraycopy(headers.get(i).toBytes(), 0, out, i * HEADER_BYTES, HEADER_BYTES);
        }
        return out;
    }

    public Hash hash() {
        return Hash.of(bytes());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MomentumContent c && headers.equals(c.headers);
    }

    @Override
    public int hashCode() {
        return headers.hashCode();
    }

    @Override
    public String toString() {
        return "MomentumContent" + headers;
    }
}
