package org.collabscreen.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list, with the numbers a client needs to fetch the others: by page number, or by following
 * {@code nextCursor} (stable while items are added, and as fast on the last page as on the first).
 */
public record PageResponse<T>(
        @Schema(description = "The items of this page, in the list's order")
        List<T> items,

        @Schema(description = "Page number, from 0; ignored when the page was fetched by cursor", example = "0")
        int page,

        @Schema(description = "Items per page asked for", example = "20")
        int size,

        @Schema(
                description = "How many items match in all; see totalKind for whether counted or estimated",
                example = "42")
        long totalItems,

        @Schema(description = "How many pages of this size totalItems makes", example = "3")
        int totalPages,

        @Schema(
                description = "Pass as the `cursor` query parameter to fetch the page after this one; null on the "
                        + "last page. Opaque: its content may change between releases.",
                example = "MjAyNi0xMi0wMVQxMDoxNToyMC4xMjM0NTZafGQ5YjJkMmU0LTRmNmEtNGQ1MC05YzFlLTJiM2E0YzVkNmU3Zg")
        String nextCursor,

        @Schema(description = "Whether totalItems was counted or estimated")
        TotalKind totalKind) {

    public PageResponse {
        items = List.copyOf(items);
    }

    /** A page with an exact total and no cursor, as lists paged only by number give. */
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

    /** How many pages of {@code size} items {@code total} makes. */
    public static int pagesFor(long total, int size) {
        return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
