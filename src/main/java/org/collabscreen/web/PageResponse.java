package org.collabscreen.web;

import java.util.List;

/**
 * One page of a list, with the numbers a client needs to fetch the others. {@code nextCursor} (opaque, null on the
 * last page) fetches the next page by keyset when passed back as {@code cursor}; {@code totalKind} says whether
 * {@code totalItems} is exact or an estimate.
 */
public record PageResponse<T>(
        List<T> items, int page, int size, long totalItems, int totalPages, String nextCursor, TotalKind totalKind) {

    public PageResponse {
        items = List.copyOf(items);
    }

    /** A page whose total was counted exactly and that offers no cursor. */
    public PageResponse(List<T> items, int page, int size, long totalItems, int totalPages) {
        this(items, page, size, totalItems, totalPages, null, TotalKind.EXACT);
    }

    /** One page of a list already held in memory. */
    public static <T> PageResponse<T> of(List<T> all, int page, int size) {
        int fromIndex = (int) Math.min((long) page * size, all.size());
        int toIndex = Math.min(fromIndex + size, all.size());
        return new PageResponse<>(
                all.subList(fromIndex, toIndex), page, size, all.size(), (all.size() + size - 1) / size);
    }
}
