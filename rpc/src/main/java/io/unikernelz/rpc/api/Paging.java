package io.unikernelz.rpc.api;

import java.util.List;

/** go-zenon's list paging ({@code rpc/api/utils.go GetRange}), with its uint32 arithmetic. */
final class Paging {
    private static final long UINT32 = 0xFFFF_FFFFL;

    private Paging() {}

    /** Start (inclusive) and end (exclusive) of page {@code index} of {@code size} in a list of {@code length}. */
    static int[] range(long index, long size, int length) {
        long start = (index * size) & UINT32; // Go multiplies two uint32 and wraps
        if (start >= length) return new int[] {length, length};
        long end = start + size;
        if (end >= length) return new int[] {(int) start, length};
        return new int[] {(int) start, (int) end};
    }

    static <T> List<T> page(List<T> list, long index, long size) {
        int[] r = range(index, size, list.size());
        return list.subList(r[0], r[1]);
    }
}
