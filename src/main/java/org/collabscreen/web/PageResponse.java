package org.collabscreen.web;

import java.util.List;

/** One page of a list, with the numbers a client needs to fetch the others. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public PageResponse {
        items = List.copyOf(items);
    }

    /** One page of a list already held in memory. */
    public static <T> PageResponse<T> of(List<T> all, int page, int size) {
        int fromIndex = (int) Math.min((long) page * size, all.size());
        int toIndex = Math.min(fromIndex + size, all.size());
        return new PageResponse<>(
                all.subList(fromIndex, toIndex), page, size, all.size(), (all.size() + size - 1) / size);
    }
}
